"""The Typer app and its core commands: `list`, `show`, `summary`, `extract`, `schema`.

Imported only when Typer parses the command line: `cli.main` runs the plain
forms of `list` and `show` without Typer (`cli._fast_parse`), whose parameter
handling alone costs more than the rest of such a run. `list` and `show` here
are Typer's front for `cli.list_` and `cli.show`. The other modules of
`outages.commands` register their commands on `app` (imported at the end).
"""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from .. import cli
from ..cli import EXIT_DATA, _err, _filters, _print_json

app = typer.Typer(
    name="outages",
    help="Turn news articles about online-service outages into a queryable incident timeline.",
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


ServiceOpt = typer.Option(None, "--service", "-s", help="Only incidents of this service (repeatable).")
SinceOpt = typer.Option(None, "--since", help="Only incidents from this date on (YYYY, YYYY-MM or YYYY-MM-DD).")
UntilOpt = typer.Option(None, "--until", help="Only incidents up to this date (YYYY, YYYY-MM or YYYY-MM-DD).")
RegionOpt = typer.Option(None, "--region", "-r", help="Only incidents affecting this region (code or English name; repeatable).")
CauseOpt = typer.Option(None, "--cause", "-c", help="Only incidents with this cause category (repeatable).")
JsonOpt = typer.Option(False, "--json", help="Print JSON (an array) instead of a table.")
JsonlOpt = typer.Option(False, "--jsonl", help="Print one JSON incident a line.")
DbOpt = typer.Option(None, "--db", envvar="OUTAGES_DB", help="The store (an SQLite file); default: one in the user data folder.")


@app.command("list")
def list_(
    service: Optional[List[str]] = ServiceOpt,
    since: Optional[str] = SinceOpt,
    until: Optional[str] = UntilOpt,
    region: Optional[List[str]] = RegionOpt,
    cause: Optional[List[str]] = CauseOpt,
    as_json: bool = JsonOpt,
    jsonl: bool = JsonlOpt,
    db: Optional[Path] = DbOpt,
) -> None:
    """The incident timeline, oldest first."""
    cli.list_(service, since, until, region, cause, as_json, jsonl, db)


@app.command()
def show(
    query: str = typer.Argument(..., help="A day (2022-10-25), a month (2017-05), a year (2019), or an incident id."),
    as_json: bool = JsonOpt,
    db: Optional[Path] = DbOpt,
) -> None:
    """One incident with every field, its evidence and its sources."""
    cli.show(query, as_json, db)


@app.command()
def summary(
    service: Optional[List[str]] = ServiceOpt,
    since: Optional[str] = SinceOpt,
    until: Optional[str] = UntilOpt,
    region: Optional[List[str]] = RegionOpt,
    cause: Optional[List[str]] = CauseOpt,
    as_json: bool = JsonOpt,
    db: Optional[Path] = DbOpt,
) -> None:
    """Incidents per service and per year, downtime, most affected regions, causes."""
    from ..summary import summarize

    filters = _filters(service, since, until, region, cause)
    data = summarize([x for x in cli._incidents(db) if filters.match(x)])
    if as_json:
        _print_json(data)
        return
    from .. import render

    render.console().print(render.summary_view(data))


@app.command()
def extract(
    paths: List[Path] = typer.Argument(..., help="Article files (plain text, optional YAML front matter)."),
    as_json: bool = JsonOpt,
    jsonl: bool = JsonlOpt,
) -> None:
    """The incidents in the given article files alone, merged among themselves."""
    from ..incidents import incidents_from_paths

    result = incidents_from_paths(list(paths))
    for message in result.errors:
        _err(message)
    data = [x.model_dump(mode="json") for x in result.incidents]
    if as_json or jsonl:
        _print_json(data, jsonl)
    elif data:
        from .. import render

        render.console().print(render.incident_table(data))
    elif not result.errors:
        _err("no incidents found")
    if result.errors:
        raise typer.Exit(EXIT_DATA)


@app.command()
def schema() -> None:
    """The JSON Schema of an incident (the public contract of --json)."""
    from ..models import Incident

    _print_json(Incident.model_json_schema())


from . import corpus as _corpus  # noqa: E402,F401  (registers ingest, sources, export, timeline)
