"""Editors for events, venues, speakers and sessions; messages come from the core."""
