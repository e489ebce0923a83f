"""First start (wizard) and unlocking."""
