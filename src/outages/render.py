"""The only module that imports Rich: it turns incidents into renderables.

Article text is untrusted. It is cleaned of escape sequences and control
characters (`text.clean_for_display`) and always wrapped in `rich.text.Text`,
which Rich never parses as markup, so "[bold]" or "[link=...]" in an article
is shown as written.
"""

from __future__ import annotations

import os
import sys

from rich import box
from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from .text import clean_for_display, one_line


def console(stderr: bool = False, width: int | None = None, record: bool = False) -> Console:
    """A console made when a command runs (never at import), honouring NO_COLOR and COLUMNS."""
    no_color = "NO_COLOR" in os.environ and os.environ["NO_COLOR"] != ""
    return Console(
        file=sys.stderr if stderr else sys.stdout,
        no_color=no_color,
        highlight=False,
        markup=False,
        emoji=False,
        width=width,
        record=record,
        soft_wrap=False,
    )


def _t(value: object, style: str = "") -> Text:
    return Text(one_line(str(value)), style=style)


def format_duration(minutes: int | None) -> str:
    if minutes is None:
        return ""
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 48 * 60:
        hours, rest = divmod(minutes, 60)
        return f"{hours} h" if rest == 0 else f"{hours} h {rest} min"
    days = minutes / 1440
    return f"{days:.1f} d".replace(".0 d", " d")


_QUALIFIER = {"exact": "", "about": "~", "up_to": "≤", "nearly": "<", "at_least": ">"}


def duration_label(duration: dict | None) -> str:
    if not duration:
        return ""
    return _QUALIFIER.get(duration.get("qualifier", "exact"), "") + format_duration(duration.get("minutes"))


def date_label(incident: dict) -> str:
    start = incident.get("start")
    if not start:
        return "unknown"
    if "T" in start:
        day, time = start.split("T", 1)
        if "start" in incident.get("estimated", []):
            return day  # an estimated time stays out of the timeline (shown by `show`)
        return f"{day} {time[:5]}"
    return start


def incident_table(incidents: list[dict]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False)
    table.add_column("date", no_wrap=True)
    table.add_column("services", max_width=24)
    table.add_column("duration", no_wrap=True)
    table.add_column("regions", ratio=1, min_width=14)
    table.add_column("cause", max_width=14)
    table.add_column("src", justify="right", no_wrap=True)
    for x in incidents:
        regions = ", ".join(r["name"] for r in x.get("regions", []))
        cause = (x.get("cause") or {}).get("category", "")
        table.add_row(
            _t(date_label(x)),
            _t(", ".join(x.get("services", [])), "bold"),
            _t(duration_label(x.get("duration"))),
            _t(regions),
            _t(cause.replace("_", " ")),
            _t(len(x.get("sources", []))),
        )
    return table


def incident_detail(x: dict) -> Group:
    rows = Table.grid(padding=(0, 2))
    rows.add_column(style="bold", no_wrap=True)
    rows.add_column()
    rows.add_row("id", _t(x["id"]))
    rows.add_row("services", _t(", ".join(x.get("services", []))))
    start = x.get("start") or "unknown"
    rows.add_row("start", _t(f"{start}  ({x.get('precision', 'unknown')})" + ("  estimated" if "start" in x.get("estimated", []) else "")))
    if x.get("end"):
        rows.add_row("end", _t(x["end"] + ("  estimated" if "end" in x.get("estimated", []) else "")))
    if x.get("duration"):
        d = x["duration"]
        rows.add_row("duration", _t(f"{duration_label(d)}  ({d['qualifier'].replace('_', ' ')}; \"{d['text']}\")"))
    rows.add_row("regions", _t(", ".join(f"{r['name']} ({r['code']})" for r in x.get("regions", [])) or "none named"))
    cause = x.get("cause")
    if cause:
        basis = {"operator": "stated by the operator", "media": "reported by the media", "speculation": "speculation"}.get(cause.get("basis") or "", "")
        rows.add_row("cause", _t(f"{cause['category'].replace('_', ' ')}" + (f"  ({basis})" if basis else "")))
    else:
        rows.add_row("cause", _t("not stated"))
    if x.get("symptoms"):
        rows.add_row("symptoms", _t(", ".join(x["symptoms"])))
    parts: list = [rows]
    for dis in x.get("disagreements", []):
        parts.append(Text(""))
        parts.append(_t(f"Sources disagree on {dis['field']}: chose {dis['chosen']} ({dis['rule']})", "yellow"))
        for v in dis["variants"]:
            parts.append(Padding(_t(f"{v['value']}: {', '.join(v['files'])}"), (0, 0, 0, 2)))
    for source in x.get("sources", []):
        parts.append(Text(""))
        head = source["file"]
        meta = ", ".join(v for v in (source.get("outlet"), source.get("published"), source.get("url")) if v)
        parts.append(_t(f"source {head}" + (f"  ({meta})" if meta else ""), "bold"))
        # the same quote for the same field (a service named eight times) is one line
        grouped: dict[tuple[str, str], list[dict]] = {}
        for e in source.get("evidence", []):
            grouped.setdefault((e["field"], e["quote"]), []).append(e)
        for (field_name, quote), items in grouped.items():
            line = Text()
            line.append(f"{field_name:>9} ", style="dim")
            line.append(one_line(quote, 160))
            spans = ", ".join(("title " if e.get("part") == "title" else "") + f"{e['start']}:{e['end']}" for e in items[:3]) + (", …" if len(items) > 3 else "")
            line.append(f"  [{spans}]" + (f" ×{len(items)}" if len(items) > 1 else ""), style="dim")
            parts.append(Padding(line, (0, 0, 0, 2)))
    return Group(*parts)


def matches_list(incidents: list[dict], heading: str) -> Group:
    return Group(_t(heading), incident_table(incidents))


def summary_view(summary: dict) -> Group:
    parts: list = []
    totals = Table.grid(padding=(0, 2))
    totals.add_column(style="bold")
    totals.add_column()
    totals.add_row("incidents", _t(summary["incidents"]))
    totals.add_row("known downtime", _t(format_duration(summary["total_downtime_minutes"]) or "none"))
    longest = summary.get("longest")
    if longest:
        totals.add_row("longest", _t(f"{duration_label(longest['duration'])}  {longest['id']}"))
    parts.append(totals)
    per_service = Table(title="per service", box=box.SIMPLE_HEAD, show_edge=False, title_justify="left")
    for col in ("service", "incidents", "downtime", "median", "mean gap"):
        per_service.add_column(col, justify="left" if col == "service" else "right")
    for s in summary["services"]:
        gap = s.get("mean_days_between")
        per_service.add_row(
            _t(s["service"]),
            _t(s["incidents"]),
            _t(format_duration(s["downtime_minutes"])),
            _t(format_duration(s.get("median_minutes"))),
            _t(f"{gap:.0f} d" if gap is not None else ""),
        )
    parts.append(per_service)
    per_year = Table(title="per year", box=box.SIMPLE_HEAD, show_edge=False, title_justify="left")
    per_year.add_column("year")
    per_year.add_column("incidents", justify="right")
    for year, n in summary["years"].items():
        per_year.add_row(_t(year), _t(n))
    parts.append(per_year)
    regions = Table(title="most affected regions", box=box.SIMPLE_HEAD, show_edge=False, title_justify="left")
    regions.add_column("region")
    regions.add_column("incidents", justify="right")
    for r in summary["regions"]:
        regions.add_row(_t(f"{r['name']} ({r['code']})"), _t(r["incidents"]))
    parts.append(regions)
    causes = Table(title="causes", box=box.SIMPLE_HEAD, show_edge=False, title_justify="left")
    causes.add_column("cause")
    causes.add_column("incidents", justify="right")
    for c, n in summary["causes"].items():
        causes.add_row(_t(c.replace("_", " ")), _t(n))
    parts.append(causes)
    return Group(*parts)


def plain(message: str) -> Text:
    return Text(clean_for_display(message))


def sources_table(articles: list[dict]) -> Table:
    """Stored articles (`store.Store.articles`): id, outlet, date, title, incidents found."""
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False)
    table.add_column("id", no_wrap=True)
    table.add_column("outlet", max_width=20)
    table.add_column("date", no_wrap=True)
    table.add_column("title", ratio=1)
    table.add_column("incidents", justify="right", no_wrap=True)
    for a in articles:
        table.add_row(
            _t(a["id"][:12]),
            _t(a.get("outlet") or ""),
            _t((a.get("published") or "")[:10]),
            _t(a.get("title") or a.get("file") or ""),
            _t("error" if a.get("error") else ("" if a.get("incidents") is None else a["incidents"])),
        )
    return table
