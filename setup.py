"""The package list only; everything else is in pyproject.toml.

``find_packages`` picks up every package under ``organiser/`` and ``ui/``; the
top-level ``resources/`` folder is added under the import name
``meetup_organiser_resources`` (``package-dir`` in pyproject.toml maps it), which
pyproject.toml alone cannot combine with automatic discovery.
"""

from setuptools import find_namespace_packages, find_packages, setup

RESOURCES = "meetup_organiser_resources"

setup(
    packages=[
        *find_packages(include=["organiser", "organiser.*", "ui", "ui.*"]),
        RESOURCES,
        # Its data folders (fonts/, icons/, ...) are listed too, as setuptools asks.
        *(f"{RESOURCES}.{name}" for name in find_namespace_packages(where="resources")),
    ]
)
