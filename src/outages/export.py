"""Exports of incidents (their JSON form) to files other programs read: JSON, JSON Lines, CSV, iCalendar, Markdown.

Each `to_<format>(incidents)` returns the whole file as a string. Text that
comes from articles (quotes, cause sentences, outlets, urls) is cleaned of
escape sequences and control characters (`text.clean_for_display`) in every
format. CSV cells that a spreadsheet would run as a formula are prefixed with
an apostrophe. iCalendar follows RFC 5545: CRLF line endings, lines folded at
75 octets, TEXT values escaped.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime, timedelta, timezone

from .text import clean_for_display, one_line

FORMATS = ("json", "jsonl", "csv", "ics", "md")
SUFFIXES = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".ics": "ics", ".md": "md", ".markdown": "md"}
JOIN = "; "

CSV_COLUMNS = (
    "id", "start", "precision", "end", "estimated", "duration_minutes", "duration_qualifier", "duration_text",
    "services", "regions", "region_codes", "cause", "cause_basis", "cause_text", "symptoms",
    "sources", "source_urls", "outlets", "disagreements",
)


def export(incidents: list[dict], fmt: str) -> str:
    """The incidents in one of `FORMATS`, as the text of a file."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (one of: {', '.join(FORMATS)})")
    return _WRITERS[fmt](incidents)


def clean(value):
    """A copy of a JSON value with every string cleaned for display."""
    if isinstance(value, str):
        return clean_for_display(value)
    if isinstance(value, list):
        return [clean(v) for v in value]
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items()}
    return value


# -- JSON ---------------------------------------------------------------------


def to_json(incidents: list[dict]) -> str:
    return json.dumps(clean(incidents), ensure_ascii=False, indent=2) + "\n"


def to_jsonl(incidents: list[dict]) -> str:
    return "".join(json.dumps(clean(x), ensure_ascii=False) + "\n" for x in incidents)


# -- CSV ----------------------------------------------------------------------


def _cell(value) -> str | int:
    if value is None:
        return ""
    if isinstance(value, int):
        return value
    text = one_line(str(value))
    if text[:1] in ("=", "+", "-", "@"):
        return "'" + text  # not a formula when a spreadsheet opens the file
    return text


def csv_row(x: dict) -> dict:
    """One incident as a flat CSV row (lists joined with '; ')."""
    duration = x.get("duration") or {}
    cause = x.get("cause") or {}
    sources = x.get("sources", [])
    return {
        "id": x.get("id"),
        "start": x.get("start"),
        "precision": x.get("precision"),
        "end": x.get("end"),
        "estimated": JOIN.join(x.get("estimated", [])),
        "duration_minutes": duration.get("minutes"),
        "duration_qualifier": duration.get("qualifier"),
        "duration_text": duration.get("text"),
        "services": JOIN.join(x.get("services", [])),
        "regions": JOIN.join(r["name"] for r in x.get("regions", [])),
        "region_codes": JOIN.join(r["code"] for r in x.get("regions", [])),
        "cause": cause.get("category"),
        "cause_basis": cause.get("basis"),
        "cause_text": cause.get("text"),
        "symptoms": JOIN.join(x.get("symptoms", [])),
        "sources": JOIN.join(s["file"] for s in sources),
        "source_urls": JOIN.join(s["url"] for s in sources if s.get("url")),
        "outlets": JOIN.join(dict.fromkeys(s["outlet"] for s in sources if s.get("outlet"))),
        "disagreements": JOIN.join(d["field"] for d in x.get("disagreements", [])),
    }


def to_csv(incidents: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for x in incidents:
        writer.writerow({k: _cell(v) for k, v in csv_row(x).items()})
    return out.getvalue()


# -- iCalendar (RFC 5545) -------------------------------------------------------


def ics_escape(text: str) -> str:
    """A TEXT value: backslash, semicolon, comma and newlines escaped (RFC 5545 3.3.11)."""
    text = clean_for_display(text).replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line: str) -> str:
    """A content line folded at 75 octets (continuations start with a space), never inside a UTF-8 character."""
    out: list[str] = []
    current, size, limit = [], 0, 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append("".join(current))
            current, size, limit = [], 0, 74  # the leading space of a continuation is an octet too
        current.append(ch)
        size += n
    out.append("".join(current))
    return "\r\n ".join(out)


def _ics_datetime(value: str) -> str | None:
    """An ISO datetime as an iCalendar UTC DATE-TIME (or floating local time when it has no offset)."""
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return None
    if dt.tzinfo is None:
        return dt.strftime("%Y%m%dT%H%M%S")
    return dt.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def _period(value: str) -> tuple[date, date] | None:
    """First and last day of YYYY, YYYY-MM, YYYY-MM-DD or an ISO datetime's day."""
    from .query import parse_user_date

    try:
        p = parse_user_date(value[:10] if "T" in value else value)
    except ValueError:
        return None
    return p.first, p.last


def ics_times(x: dict) -> list[str] | None:
    """DTSTART and DTEND / DURATION properties for an incident; None when it has no usable start."""
    start = x.get("start")
    if not start:
        return None
    minutes = (x.get("duration") or {}).get("minutes")
    end = x.get("end")
    if "T" in start and x.get("precision") in ("minute", "hour"):
        begin = _ics_datetime(start)
        if begin is not None:
            props = [f"DTSTART:{begin}"]
            finish = _ics_datetime(end) if end and "T" in end else None
            if finish is not None and finish > begin and finish.endswith("Z") == begin.endswith("Z"):
                props.append(f"DTEND:{finish}")
            elif minutes:
                props.append(f"DURATION:{_ics_duration(minutes)}")
            return props
    span = _period(start)
    if span is None:
        return None
    first, last = span
    if end:
        end_span = _period(end)
        if end_span is not None and end_span[1] > last:
            last = end_span[1]
    if minutes and x.get("precision") == "day":
        last = max(last, first + timedelta(days=max(1, -(-minutes // 1440)) - 1))
    return [f"DTSTART;VALUE=DATE:{first:%Y%m%d}", f"DTEND;VALUE=DATE:{last + timedelta(days=1):%Y%m%d}"]


def _ics_duration(minutes: int) -> str:
    days, rest = divmod(int(minutes), 1440)
    hours, mins = divmod(rest, 60)
    text = "P" + (f"{days}D" if days else "")
    if hours or mins or not days:
        text += "T" + (f"{hours}H" if hours else "") + (f"{mins}M" if mins or not hours else "")
    return text


def _summary_line(x: dict) -> str:
    services = ", ".join(x.get("services", [])) or "unknown service"
    regions = [r["name"] for r in x.get("regions", [])]
    where = f" ({', '.join(regions[:3])}{', …' if len(regions) > 3 else ''})" if regions else ""
    return f"{services} outage{where}"


def _description(x: dict) -> str:
    from .render import duration_label  # a string helper; Rich is only imported with render

    lines = []
    if x.get("precision") in ("month", "year"):
        lines.append(f"Date known only to the {x['precision']}: {x.get('start')}.")
    if x.get("duration"):
        d = x["duration"]
        lines.append(f"Duration: {duration_label(d)} (\"{d.get('text', '')}\")")
    if x.get("regions"):
        lines.append("Regions: " + ", ".join(r["name"] for r in x["regions"]))
    cause = x.get("cause")
    if cause:
        basis = f", {cause['basis']}" if cause.get("basis") else ""
        lines.append(f"Cause: {cause['category'].replace('_', ' ')}{basis}")
    if x.get("symptoms"):
        lines.append("Symptoms: " + ", ".join(x["symptoms"]))
    lines.append("Sources:")
    for s in x.get("sources", []):
        meta = ", ".join(v for v in (s.get("outlet"), s.get("published")) if v)
        lines.append(f"- {s.get('url') or s['file']}" + (f" ({meta})" if meta else ""))
    lines.append(f"outages id: {x.get('id')}")
    return "\n".join(one_line(line) for line in lines)


def _export_time() -> datetime:
    """The time stamped on an export: SOURCE_DATE_EPOCH (seconds since 1970) when it is set,
    for byte-identical exports of the same store (reproducible-builds.org), else now."""
    import os

    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), timezone.utc)
    return datetime.now(timezone.utc)


def to_ics(incidents: list[dict], stamp: datetime | None = None) -> str:
    """One VEVENT per incident that has a start date (undated incidents cannot be placed in a
    calendar). DTSTAMP is `stamp`, else the export time (see _export_time)."""
    stamp = stamp or _export_time()
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//outages//outage timeline//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Outages",
    ]
    for x in incidents:
        times = ics_times(x)
        if times is None:
            continue
        lines += ["BEGIN:VEVENT", f"UID:{ics_escape(x['id'])}@outages", f"DTSTAMP:{stamp.astimezone(timezone.utc):%Y%m%dT%H%M%SZ}"]
        lines += times
        lines.append(f"SUMMARY:{ics_escape(_summary_line(x))}")
        lines.append(f"DESCRIPTION:{ics_escape(_description(x))}")
        url = next((s["url"] for s in x.get("sources", []) if s.get("url")), None)
        if url:
            lines.append(f"URL:{clean_for_display(one_line(url))}")
        lines += ["CATEGORIES:outage", "TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(ics_fold(line) + "\r\n" for line in lines)


def undated(incidents: list[dict]) -> int:
    """How many incidents a calendar export leaves out (no usable start)."""
    return sum(1 for x in incidents if ics_times(x) is None)


# -- Markdown -------------------------------------------------------------------

_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|#"})


def md_text(value) -> str:
    """Article-derived text made inert in Markdown: one line, markup characters escaped."""
    return one_line(str(value)).translate(_MD_SPECIAL)


def to_md(incidents: list[dict]) -> str:
    from .render import date_label, duration_label
    from .summary import summarize

    data = summarize(incidents)
    out = ["# Outage report", ""]
    dated = sorted(x["start"][:10] for x in incidents if x.get("start"))
    span = f", {dated[0]} to {dated[-1]}" if dated else ""
    out.append(f"{len(incidents)} incidents{span}; known downtime {duration_label({'minutes': data['total_downtime_minutes']}) or 'none'}.")
    out += ["", "## Timeline", "", "| date | services | duration | regions | cause | sources |", "| --- | --- | --- | --- | --- | ---: |"]
    for x in incidents:
        out.append("| " + " | ".join([
            md_text(date_label(x)),
            md_text(", ".join(x.get("services", []))),
            md_text(duration_label(x.get("duration"))),
            md_text(", ".join(r["name"] for r in x.get("regions", []))),
            md_text(((x.get("cause") or {}).get("category") or "").replace("_", " ")),
            str(len(x.get("sources", []))),
        ]) + " |")
    if data["services"]:
        out += ["", "## Per service", "", "| service | incidents | downtime | median | mean days between |", "| --- | ---: | ---: | ---: | ---: |"]
        for s in data["services"]:
            gap = s.get("mean_days_between")
            out.append(
                f"| {md_text(s['service'])} | {s['incidents']} | {duration_label({'minutes': s['downtime_minutes']})} | "
                f"{duration_label({'minutes': s['median_minutes']}) if s.get('median_minutes') is not None else ''} | "
                f"{'' if gap is None else f'{gap:.0f}'} |"
            )
    out += ["", "## Incidents"]
    for x in incidents:
        out += ["", f"### {md_text(x['id'])}", ""]
        out.append(f"- **services**: {md_text(', '.join(x.get('services', [])))}")
        out.append(f"- **start**: {md_text(x.get('start') or 'unknown')} ({x.get('precision', 'unknown')})")
        if x.get("end"):
            out.append(f"- **end**: {md_text(x['end'])}")
        if x.get("duration"):
            d = x["duration"]
            out.append(f"- **duration**: {md_text(duration_label(d))} (“{md_text(d.get('text', ''))}”)")
        if x.get("regions"):
            out.append(f"- **regions**: {md_text(', '.join(r['name'] for r in x['regions']))}")
        cause = x.get("cause")
        if cause:
            basis = f" ({cause['basis']})" if cause.get("basis") else ""
            out.append(f"- **cause**: {md_text(cause['category'].replace('_', ' '))}{basis}: {md_text(cause.get('text', ''))}")
        if x.get("symptoms"):
            out.append(f"- **symptoms**: {md_text(', '.join(x['symptoms']))}")
        out.append("- **sources**:")
        for s in x.get("sources", []):
            meta = ", ".join(md_text(v) for v in (s.get("outlet"), s.get("published")) if v)
            url = s.get("url")
            link = f"<{one_line(url).replace('>', '%3E').replace('<', '%3C').replace(' ', '%20')}>" if url else md_text(s["file"])
            out.append(f"  - {link}" + (f" ({meta})" if meta else ""))
    return "\n".join(out) + "\n"


_WRITERS = {"json": to_json, "jsonl": to_jsonl, "csv": to_csv, "ics": to_ics, "md": to_md}
