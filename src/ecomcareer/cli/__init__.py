"""The command line. `main` is the console script; the Typer app lives in `app.py`.

This module imports nothing heavy, so that Ctrl-C while the rest loads is still caught.
"""

from __future__ import annotations

import sys


def main() -> None:
    """Console-script entry point. The cyclic garbage collector is paused while the app loads
    too (about 4 ms of a run's start), as `run` pauses it for the command."""
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        from ecomcareer.cli.app import run

        run()
    except KeyboardInterrupt:
        from ecomcareer.errors import EXIT_INTERRUPTED  # inside the try: it loads dataclasses

        sys.exit(EXIT_INTERRUPTED)
    finally:
        # The work is done (or stopped): a Ctrl-C while the interpreter shuts down would only
        # print Python's own traceback.
        import signal

        signal.signal(signal.SIGINT, signal.SIG_IGN)
        if enabled:
            gc.enable()
