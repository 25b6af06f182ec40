"""The PySide6 desktop application over the organiser core."""
