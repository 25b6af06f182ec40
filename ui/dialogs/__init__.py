"""Dialogs: editors whose validation messages come from organiser/."""
