"""Article import and edit mode; `edits` and `articles` are plain Python (no Qt), the rest is the Qt side."""
