"""One module per lint rule."""
