"""Search per language: the course's worker, one index per language loaded on the first search."""
