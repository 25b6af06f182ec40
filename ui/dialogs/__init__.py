"""Editors and dialogs; validation messages come from organiser/."""
