"""Egenvårdsstöd: offline support for egenvård (Lag 2022:1250) plans, reviews and deviations."""

__version__ = "0.1.0"
