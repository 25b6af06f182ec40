"""Data files (fonts, layouts, checklists, icons, translations), no code.

Installed by the wheel as the ``meetup_organiser_resources`` package so that
``importlib.resources`` finds them; see ``organiser/resources.py``.
"""
