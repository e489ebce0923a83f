"""Domain records and their rules: frozen dataclasses, no Qt, no SQL."""
