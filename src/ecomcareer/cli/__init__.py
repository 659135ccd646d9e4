"""The command line. `script` is the console script; the Typer app lives in `app.py`.

This module imports nothing heavy, so that Ctrl-C while the rest loads is still caught.
"""

from __future__ import annotations

import sys
from typing import NoReturn


def script() -> NoReturn:
    """Console-script entry point: `main`, then out of the process at once with its status."""
    try:
        main()
    except SystemExit as done:
        _leave(done.code)
    _leave(0)


def main() -> None:
    """Run the command line in this process, ending in SystemExit with the exit status. The
    cyclic garbage collector is paused while the app loads too (about 4 ms of a run's start),
    as `run` pauses it for the command."""
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


def _leave(code: object) -> NoReturn:
    """Exit with a status once the output is flushed, without tearing the interpreter down:
    freeing the knowledge base and the reader's tables one object at a time is about a tenth
    of a run, and the system frees the process at once. Every file the command wrote is closed
    by then, and nothing is registered to run at exit."""
    import contextlib
    import os

    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # as Python itself does with a message given to sys.exit
        print(code, file=sys.stderr)
        status = 1
    for stream in (sys.stdout, sys.stderr):
        # the reader went away or the stream is closed: nothing left can be said
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(status)
