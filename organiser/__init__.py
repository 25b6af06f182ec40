"""Meetup Organiser core: pure Python, never imports Qt."""

from importlib import metadata

try:
    __version__ = metadata.version("meetup-organiser")
except metadata.PackageNotFoundError:  # running from a source tree
    __version__ = "0.1.0"

APP_NAME = "Meetup Organiser"
APP_ID = "meetup-organiser"
