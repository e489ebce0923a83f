"""The desktop client (PySide6 Widgets). Everything here talks to the domain through
`app.services`, and only through the single database worker in `worker.py`."""

from app.ui.qtfix import immortalise_singletons

immortalise_singletons()  # before any widget exists; see qtfix for the PySide6 6.12.0 bug
