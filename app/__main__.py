"""`python -m app` and the `egenvard` command.

Only the standard library is imported here: `egenvard --version` and the no-display sentence
must not wait for Qt, pyHanko or jsonschema (see app.cli for which command imports what).
"""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] == ["--version"]:  # answered before argparse and the CLI are even imported
        from app import __version__

        sys.stdout.write(f"Egenvårdsstöd {__version__}\n")
        sys.exit(0)
    if getattr(sys, "frozen", False):
        import multiprocessing

        # The packaged Windows app starts its helper processes (app.exchange.fhir_process)
        # through its own executable: this lets such a start run the helper instead of the app.
        multiprocessing.freeze_support()
    from app.cli import main as cli_main

    sys.exit(cli_main())


if __name__ == "__main__":
    main()
