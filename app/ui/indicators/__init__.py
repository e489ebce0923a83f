"""Uppföljning: the follow-up indicators on screen (exact figures, inside the organisation)."""
