"""The desktop client (PySide6 Widgets). Everything here talks to the domain through
`app.services`, and only through the single database worker in `worker.py`."""
