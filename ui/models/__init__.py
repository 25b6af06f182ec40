"""Qt item models over core data (no widgets)."""
