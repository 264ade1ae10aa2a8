"""Checklist models, loading with file:line errors, and the bundled resources."""
