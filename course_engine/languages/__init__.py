"""Languages: one strings file per language, parity between a page and its translations."""
