"""Utbyte: identity, partners, export and import wizards, conflicts, history."""
