"""Small QPainter-drawn widgets for the dashboard; all colours come from the palette."""
