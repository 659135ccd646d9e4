"""The cache of parsed knowledge bases: where it lives, and clearing it."""

import typer

app = typer.Typer(no_args_is_help=True, rich_markup_mode=None)


@app.callback()
def cache() -> None:
    """Where the cache of parsed knowledge bases lives, and how to clear it.

    The cache only saves parsing time; clearing it changes no output.

    \b
    Examples:
      ecomcareer cache path
      ecomcareer cache clear
    """


@app.command("path")
def cache_path() -> None:
    """Print the cache folder.

    \b
    Examples:
      ecomcareer cache path
    """
    from ecomcareer import cache
    from ecomcareer.render import write

    write(f"{cache.directory()}\n")


@app.command("clear")
def cache_clear() -> None:
    """Remove the cache's files (and nothing else from its folder).

    \b
    Examples:
      ecomcareer cache clear
    """
    from ecomcareer import cache
    from ecomcareer.render import phrases, say

    folder, removed = cache.clear()
    say([f"removed {phrases.count(removed, 'cache file')} from {folder}"])
