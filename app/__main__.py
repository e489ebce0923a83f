"""`python -m app` and the `egenvard` command."""

from __future__ import annotations

import sys


def main() -> None:
    import multiprocessing

    # A packaged Windows app starts its helper processes (app.exchange.fhir_process) through
    # its own executable: this lets such a start run the helper instead of the app.
    multiprocessing.freeze_support()
    from app.cli import main as cli_main

    sys.exit(cli_main())


if __name__ == "__main__":
    main()
