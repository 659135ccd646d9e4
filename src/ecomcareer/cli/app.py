"""The Typer app: the command group, the global options, and the one place mapping every
error to a message and an exit code."""

import errno
import importlib
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
import typer.main
from typer.core import TyperGroup

from ecomcareer import __version__
from ecomcareer.cli.commands import cache
from ecomcareer.errors import EXIT_DATA, EXIT_INTERRUPTED, EcomCareerError
from ecomcareer.render import say

#: Options of the whole program, which come before the command's name.
_GLOBAL_OPTIONS = ("--data", "--no-cache")


class _Group(TyperGroup):
    """Maps every error to one stderr line per problem and the documented exit code.

    Overriding `main` puts this in one place for the console script, `python -m` and
    CliRunner alike.
    """

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        kwargs.setdefault("prog_name", "ecomcareer")
        try:
            code = super().main(*args, **kwargs)
            sys.stdout.flush()
        except EcomCareerError as exc:
            say(exc.lines())
            sys.exit(exc.exit_code)
        except typer.TyperException as exc:  # Click's usage errors, through Typer's public base
            ctx = getattr(exc, "ctx", None)
            hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
            option = getattr(exc, "option_name", None)  # Click's NoSuchOption names it
            if option in _GLOBAL_OPTIONS and ctx is not None and ctx.parent is not None:
                hint = f"; {option} goes before the command: 'ecomcareer {option} ... {ctx.info_name} ...'"
            say([exc.format_message() + hint])
            sys.exit(exc.exit_code)
        except typer.Abort:
            sys.exit(EXIT_INTERRUPTED)
        except RuntimeError as exc:
            if isinstance(exc.__cause__, KeyboardInterrupt):
                # Ctrl-C while a module loads lazily, inside a class being made: Python 3.11
                # wraps it ('Error calling __set_name__'), and it is the same interrupt.
                sys.exit(EXIT_INTERRUPTED)
            raise
        except BrokenPipeError:
            # The reader went away (`| head`): it has what it wanted, so stop quietly.
            _discard_stdout()
            sys.exit(0)
        except OSError as exc:
            # Every file the user named is read and written with its own errors, so what is
            # left is standard output failing: closed, full, or a broken device.
            say([f"cannot write output: {exc.strerror or exc}"])
            _discard_stdout()
            sys.exit(EXIT_DATA)
        sys.exit(code if isinstance(code, int) else 0)

    # Typer names Click's types only privately, so the context is typed loosely here.
    def list_commands(self, ctx: Any) -> list[str]:
        return list(dict.fromkeys([*COMMANDS, *super().list_commands(ctx)]))

    def get_command(self, ctx: Any, name: str) -> Any:
        """A command is built when it is asked for, from its module: a run imports and builds
        the one command it runs, not all of them (about 10 ms of start-up). An unknown name
        builds them all, so that the "did you mean" hint has every name to choose from."""
        found = super().get_command(ctx, name)
        if found is None and name in COMMANDS:
            module, function = COMMANDS[name]
            single = typer.Typer(rich_markup_mode=None, add_completion=False)
            single.command(name)(getattr(importlib.import_module(module), function))
            found = typer.main.get_command(single)
            self.add_command(found, name)
        elif found is None:
            for known in COMMANDS:
                self.get_command(ctx, known)
        return found


#: Every command but `cache` (a group of its own): its name, module and function.
COMMANDS = {
    "validate": ("ecomcareer.cli.commands.catalog", "validate"),
    "list": ("ecomcareer.cli.commands.catalog", "list_roles"),
    "show": ("ecomcareer.cli.commands.catalog", "show"),
    "skills": ("ecomcareer.cli.commands.catalog", "list_skills"),
    "path": ("ecomcareer.cli.commands.catalog", "career_path"),
    "match": ("ecomcareer.cli.commands.fit", "match"),
    "gap": ("ecomcareer.cli.commands.fit", "gap"),
    "next": ("ecomcareer.cli.commands.fit", "next_skills"),
    "compare": ("ecomcareer.cli.commands.fit", "compare"),
    "handbook": ("ecomcareer.cli.commands.handbook", "handbook"),
    "extract": ("ecomcareer.cli.commands.documents", "extract"),
    "fit": ("ecomcareer.cli.commands.documents", "fit"),
}


class _ClosedStream:
    """Stands in for a standard stream the program was started without (`>&-`)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.encoding = "utf-8"

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, f"{self.name} is closed")

    def flush(self) -> None:
        return None

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise OSError(errno.EBADF, f"{self.name} is closed")


def _discard_stdout() -> None:
    """Point standard output at the null device, so that nothing left in its buffer fails
    again when the interpreter exits."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        sys.stdout = Path(os.devnull).open("w")  # noqa: SIM115 - lives until exit


def _prepare_streams() -> None:
    """Standard streams that cannot fail in ways the user cannot read: a closed output is
    reported, a closed error stream is silent, and characters the output's encoding lacks
    are escaped instead of raising."""
    if sys.stdout is None:
        sys.stdout = _ClosedStream("standard output")
    if sys.stderr is None:
        sys.stderr = Path(os.devnull).open("w")  # noqa: SIM115 - lives until exit
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


app = typer.Typer(
    cls=_Group,
    name="ecomcareer",
    help="Explore e-commerce careers: match your skills to roles, read sourced role summaries.",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"ecomcareer {__version__}\n")
        raise typer.Exit()


@app.callback()
def _main(
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            envvar="ECOMCAREER_DATA",
            help="Use this knowledge-base YAML file instead of the bundled one.",
            show_envvar=True,
        ),
    ] = None,
    no_cache: Annotated[
        bool,
        typer.Option("--no-cache", help="Parse the knowledge base afresh; neither read nor write the cache."),
    ] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Explore e-commerce careers: match your skills to roles, read sourced role summaries.

    \b
    Examples:
      ecomcareer match --skills "sql, excel, tableau"
      ecomcareer show data-analyst
      ecomcareer --data mine.yaml list --format json | jq '.[].id'
    """


app.add_typer(cache.app, name="cache")


def run() -> None:
    """Run the app in this process.

    The cyclic garbage collector is paused for the life of the command: the knowledge base
    is many long-lived objects without cycles, which its passes would walk again and again
    (at 10,000 roles that cost more than the parsing). The state found is restored.
    """
    import gc

    _prepare_streams()
    enabled = gc.isenabled()
    gc.disable()
    try:
        app()
    finally:
        if enabled:
            gc.enable()
