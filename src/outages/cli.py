"""The `outages` command: thin commands over the library (parse -> library -> render).

`main` is the entry point. Plain forms of the commands run most often (`list`,
`show`) are parsed here and run `list_` / `show`; everything else goes to the
Typer app in `commands.core` (imported only then: Typer checks parameters with
Pydantic, which alone costs more than the rest of a `list --json`).

Exit codes (documented in README):
  0  success
  1  nothing matched (`show` found no incident)
  2  usage error (unknown option, bad date, missing argument)
  3  data error (a file could not be read; the others' results are still printed)
  70 internal error (a bug)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

EXIT_NO_MATCH = 1
EXIT_USAGE = 2
EXIT_DATA = 3

class UsageProblem(Exception):
    """A bad value given by the user (exit 2)."""


def _err(message: str) -> None:
    from .text import one_line

    sys.stderr.write(f"outages: {one_line(message)}\n")


def _dump(data) -> str:
    from .jsontext import dumps

    return dumps(data)


def _period(value: Optional[str], option: str):
    if value is None:
        return None
    from .query import parse_user_date

    try:
        return parse_user_date(value)
    except ValueError as exc:
        raise UsageProblem(f"{option}: {exc}") from None


def _filters(service, since, until, region, cause):
    from .query import Filters

    if cause:
        from typing import get_args

        from .models import CauseCategory

        known = set(get_args(CauseCategory))
        for c in cause:
            if c not in known:
                raise UsageProblem(f"--cause: unknown category {c!r} (one of: {', '.join(sorted(known))})")
    return Filters(
        services=tuple(service or ()),
        since=_period(since, "--since"),
        until=_period(until, "--until"),
        regions=tuple(region or ()),
        causes=tuple(cause or ()),
    )


def _incidents(db: Optional[Path] = None) -> list[dict]:
    from .progress import refresh_progress
    from .store import incidents_json

    return incidents_json(db, refresh_progress())


def _print_json(data, jsonl: bool = False) -> None:
    if jsonl:
        from .jsontext import dumps

        for item in data:
            sys.stdout.write(dumps(item, indent=None) + "\n")
    else:
        sys.stdout.write(_dump(data) + "\n")


def list_(
    service: Optional[List[str]] = None,
    since: Optional[str] = None,
    until: Optional[str] = None,
    region: Optional[List[str]] = None,
    cause: Optional[List[str]] = None,
    as_json: bool = False,
    jsonl: bool = False,
    db: Optional[Path] = None,
) -> None:
    """`outages list`: the incident timeline, oldest first."""
    if as_json and not jsonl and not (service or since or until or region or cause):
        # the store keeps the JSON text of the whole timeline: no parsing, no re-encoding
        from .progress import refresh_progress
        from .store import incidents_text

        sys.stdout.write(incidents_text(db, refresh_progress()) + "\n")
        return
    incidents = _incidents(db)
    if service or since or until or region or cause:
        filters = _filters(service, since, until, region, cause)
        incidents = [x for x in incidents if filters.match(x)]
    if as_json or jsonl:
        _print_json(incidents, jsonl)
        return
    from . import render

    con = render.console()
    if not incidents:
        _err("no incidents match")
        return
    con.print(render.incident_table(incidents))


def show(query: str, as_json: bool = False, db: Optional[Path] = None) -> None:
    """`outages show`: one incident with every field, its evidence and its sources."""
    from .query import incident_period, parse_user_date

    incidents = _incidents(db)
    by_id = [x for x in incidents if x["id"] == query]
    if by_id:
        matches = by_id
    else:
        try:
            period = parse_user_date(query)
        except ValueError:
            if any(ch.isdigit() for ch in query[:4]) and "-" in query[:8] and not any(c.isalpha() for c in query[:10]):
                raise UsageProblem(f"not a date or an incident id: {query!r} (use YYYY, YYYY-MM, YYYY-MM-DD or an id from 'outages list')") from None
            raise UsageProblem(f"no incident with id {query!r}, and it is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") from None
        matches = []
        for x in incidents:
            p = incident_period(x)
            if p is not None and not (p.last < period.first or p.first > period.last):
                matches.append(x)
        if not matches:
            nearest = sorted(
                (x for x in incidents if incident_period(x) is not None),
                key=lambda x: abs((incident_period(x).first - period.first).days),
            )[:3]
            names = ", ".join(f"{x['id']}" for x in nearest) or "none"
            _err(f"no incident on {query}; nearest: {names}")
            from typer import Exit

            raise Exit(EXIT_NO_MATCH)
    if as_json:
        _print_json(matches[0] if len(matches) == 1 else matches)
        return
    from . import render

    con = render.console()
    if len(matches) == 1:
        con.print(render.incident_detail(matches[0]))
    else:
        con.print(render.matches_list(matches, f"{len(matches)} incidents match {query}; show one by its id:"))
        con.print(render.plain("ids: " + ", ".join(x["id"] for x in matches)))




# -- the fast path ----------------------------------------------------------------
# Typer (0.16 and later) checks every parameter of the command it runs with a
# Pydantic TypeAdapter: importing Pydantic and building the adapters is about
# 0.1 s, half the run of `outages list --json`. The commands run most often, in
# their plain forms, are parsed here instead and call the same functions; any
# other form (help, an unknown or incomplete option, `--`) goes to Typer, which
# also words the usage errors.

_FAST_FLAGS = {
    "list": {"--json": "as_json", "--jsonl": "jsonl"},
    "show": {"--json": "as_json"},
}
_FAST_VALUES = {
    "list": {
        "--service": "service", "-s": "service", "--region": "region", "-r": "region", "--cause": "cause", "-c": "cause",
        "--since": "since", "--until": "until", "--db": "db",
    },
    "show": {"--db": "db"},
}
_FAST_REPEATABLE = {"service", "region", "cause"}


def _fast_parse(args: list[str]) -> Optional[tuple[str, dict]]:
    """(command, keyword arguments) for a plain `list` or `show` command line, else None (Typer's turn)."""
    if not args or args[0] not in _FAST_FLAGS:
        return None
    command, rest = args[0], args[1:]
    flags, values = _FAST_FLAGS[command], _FAST_VALUES[command]
    kwargs: dict = {name: False for name in flags.values()}
    kwargs.update({name: None for name in values.values()})
    positional: list[str] = []
    i = 0
    while i < len(rest):
        arg = rest[i]
        i += 1
        if arg in flags:
            kwargs[flags[arg]] = True
            continue
        value = None
        if arg.startswith("--") and "=" in arg:
            arg, value = arg.split("=", 1)
            if arg not in values:
                return None
        elif arg in values:
            if i >= len(rest):
                return None
            value = rest[i]
            i += 1
        elif arg.startswith("-") or arg == "":
            return None  # help, an unknown option, `--`, or `-` as a query
        else:
            positional.append(arg)
            continue
        if value.startswith("-"):
            return None
        name = values[arg]
        if name in _FAST_REPEATABLE:
            kwargs[name] = [*(kwargs[name] or []), value]
        elif kwargs[name] is not None:
            return None  # given twice
        else:
            kwargs[name] = value
    if kwargs.get("db") is not None:
        kwargs["db"] = Path(kwargs["db"])
    if command == "show":
        if len(positional) != 1:
            return None
        kwargs["query"] = positional[0]
    elif positional:
        return None
    return command, kwargs


def _run(args: list[str]):
    parsed = _fast_parse(args)
    if parsed is None:
        from .commands.core import app

        return app(args=args, prog_name="outages", standalone_mode=False)
    command, kwargs = parsed
    return (list_ if command == "list" else show)(**kwargs)


def main(argv: Optional[list[str]] = None) -> int:
    """Entry point: runs the app and turns every error into one line on stderr."""
    args = sys.argv[1:] if argv is None else argv
    try:
        rv = _run(list(args))
        if isinstance(rv, int) and not isinstance(rv, bool):
            return rv
    except UsageProblem as exc:
        _err(f"error: {exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # click/typer exceptions and everything else
        code = getattr(exc, "exit_code", None)
        if type(exc).__name__ == "Exit":
            return int(code or 0)
        if type(exc).__name__ == "Abort":
            _err("aborted")
            return 130
        if hasattr(exc, "format_message"):
            _err(f"error: {exc.format_message()}")
            return EXIT_USAGE if code in (None, 2) else int(code)
        from .articles import ArticleError
        from .lexicon import DataError

        if isinstance(exc, (ArticleError, DataError, OSError)):
            _err(f"error: {exc}")
            return EXIT_DATA
        _err(f"internal error: {type(exc).__name__}: {exc}")
        return 70
    return 0


def __getattr__(name: str):
    """`app` and the shared options (`DbOpt`, …) live in `commands.core`, imported only when Typer is needed."""
    if name == "app" or name.endswith("Opt"):
        from .commands import core

        return getattr(core, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if __name__ == "__main__":  # pragma: no cover
    # run as `python -m outages.cli`: use the package's module, where every command is registered
    from outages.cli import main as _main

    sys.exit(_main())
