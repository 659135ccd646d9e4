"""The command line. `main` is the console script; the Typer app lives in `app.py`.

This module imports nothing heavy, so that Ctrl-C while the rest loads is still caught.
"""

from __future__ import annotations

import sys

from ecomcareer.errors import EXIT_INTERRUPTED


def main() -> None:
    """Console-script entry point."""
    try:
        from ecomcareer.cli.app import run

        run()
    except KeyboardInterrupt:
        sys.exit(EXIT_INTERRUPTED)
