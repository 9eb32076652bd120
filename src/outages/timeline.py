"""The timeline picture: one lane per service, incidents on a time axis, and a legend (a Rich renderable).

The axis is scaled to the incidents shown and labelled in years, months or
days, chosen by the span. An incident's glyph tells its duration, its colour
(and boldness) how many regions it touched; an incident lasting longer than a
column is drawn as a bar. The picture adapts to the width it is given and stays
readable at 80 columns. Service names come from articles: they are cleaned and
only ever put in `rich.text.Text`, never parsed as markup.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from rich.console import Console, ConsoleOptions, RenderResult
from rich.text import Text

from .text import one_line

# (longest duration in minutes, exclusive; glyph; legend label), shortest first.
DURATION_GLYPHS = ((60, "·", "< 1 h"), (6 * 60, "•", "1–6 h"), (24 * 60, "●", "6–24 h"), (None, "█", "a day or more"))
UNKNOWN_GLYPH = ("○", "duration unknown")
# (most regions; style; legend label), narrowest first. Worldwide (001) counts as the widest.
BREADTH_STYLES = ((1, "cyan", "0–1 region"), (4, "yellow", "2–4 regions"), (None, "bold red", "5+ regions or worldwide"))
WORLD = "001"
LABEL_MAX = 18  # service names longer than this are cut
MIN_PLOT = 20  # columns of the time axis, at the least
YEARS_FROM_DAYS = 3 * 365  # a span longer than this is drawn in years
MONTHS_FROM_DAYS = 90  # ... longer than this (and not years) in months; else days
MIN_DAYS = 7  # a day scale shows at least a week


@dataclass(frozen=True)
class Scale:
    """A time axis: from `first` (inclusive) to `stop` (exclusive), labelled in `unit`s."""

    first: date
    stop: date
    unit: str  # year | month | day

    @property
    def days(self) -> int:
        return max(1, (self.stop - self.first).days)

    def column(self, day: date, width: int) -> int:
        col = math.floor((day - self.first).days / self.days * width)
        return min(max(col, 0), width - 1)


def choose_scale(first: date, last: date) -> Scale:
    """The axis for incidents from `first` to `last` (inclusive): years, months or days by the span."""
    span = (last - first).days
    if span > YEARS_FROM_DAYS:
        return Scale(date(first.year, 1, 1), date(last.year + 1, 1, 1), "year")
    if span > MONTHS_FROM_DAYS:
        return Scale(date(first.year, first.month, 1), _next_month(last), "month")
    pad = max(0, MIN_DAYS - (span + 1))
    return Scale(first - timedelta(days=pad // 2), last + timedelta(days=1 + pad - pad // 2), "day")


def _next_month(d: date) -> date:
    return date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def ticks(scale: Scale, width: int) -> list[tuple[int, str]]:
    """(column, label) pairs along the axis, spaced so that labels do not touch."""
    if scale.unit == "year":
        label_len, steps = 4, (1, 2, 5, 10, 20, 50, 100)
    elif scale.unit == "month":
        label_len, steps = 7, (1, 2, 3, 6, 12, 24, 60)
    else:
        label_len, steps = 5, (1, 2, 7, 14, 28)
    per_day = width / scale.days
    unit_days = {"year": 365.25, "month": 30.44, "day": 1}[scale.unit]
    step = next((s for s in steps if s * unit_days * per_day >= label_len + 2), steps[-1])
    out = []
    for day in _boundaries(scale, step):
        col = math.floor((day - scale.first).days / scale.days * width)
        if 0 <= col < width:
            label = str(day.year) if scale.unit == "year" else f"{day:%Y-%m}" if scale.unit == "month" else f"{day:%m-%d}"
            out.append((col, label))
    return out


def _boundaries(scale: Scale, step: int):
    if scale.unit == "year":
        year = scale.first.year + (-scale.first.year) % step
        while date(year, 1, 1) < scale.stop:
            yield date(year, 1, 1)
            year += step
    elif scale.unit == "month":
        d = scale.first
        while d < scale.stop:
            if (d.month - 1) % step == 0:
                yield d
            d = _next_month(d)
    else:
        d = scale.first
        while d < scale.stop:
            yield d
            d += timedelta(days=step)


# -- incidents --------------------------------------------------------------------


def extent(x: dict) -> tuple[date, date, bool] | None:
    """(first day, last day, precise) of an incident; imprecise = date known only to a month or year."""
    from .query import parse_user_date

    start = x.get("start")
    if not start:
        return None
    try:
        period = parse_user_date(start[:10] if "T" in start else start)
    except ValueError:
        return None
    if period.precision != "day":
        return period.first, period.last, False
    first = last = period.first
    end = x.get("end")
    if end:
        try:
            last = max(last, parse_user_date(end[:10] if "T" in end else end).last)
        except ValueError:
            pass
    minutes = (x.get("duration") or {}).get("minutes")
    if minutes:
        last = max(last, first + timedelta(days=max(1, -(-minutes // 1440)) - 1))
    return first, last, True


def duration_class(x: dict) -> int:
    """0.. by duration (see DURATION_GLYPHS); -1 when unknown."""
    minutes = (x.get("duration") or {}).get("minutes")
    if minutes is None:
        return -1
    for i, (limit, _, _) in enumerate(DURATION_GLYPHS):
        if limit is None or minutes < limit:
            return i
    return len(DURATION_GLYPHS) - 1


def breadth_class(x: dict) -> int:
    regions = x.get("regions", [])
    if any(r.get("code") == WORLD for r in regions):
        return len(BREADTH_STYLES) - 1
    for i, (limit, _, _) in enumerate(BREADTH_STYLES):
        if limit is None or len(regions) <= limit:
            return i
    return len(BREADTH_STYLES) - 1


def _glyph(d_class: int) -> str:
    return UNKNOWN_GLYPH[0] if d_class < 0 else DURATION_GLYPHS[d_class][1]


class Timeline:
    """A renderable: lanes of services over a time axis; lays itself out to the width given."""

    def __init__(self, incidents: list[dict], title: str | None = None):
        self.title = title
        self.placed: list[tuple[dict, date, date, bool]] = []
        self.undated = 0
        for x in incidents:
            ext = extent(x)
            if ext is None:
                self.undated += 1
            else:
                self.placed.append((x, *ext))
        lanes: dict[str, list[int]] = {}
        for i, (x, *_rest) in enumerate(self.placed):
            for s in dict.fromkeys(x.get("services", [])):
                lanes.setdefault(s, []).append(i)
        self.lanes = sorted(lanes.items(), key=lambda kv: (-len(kv[1]), kv[0].lower()))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        if not self.placed:
            yield Text("no dated incidents to draw" + (f" ({self.undated} without a date)" if self.undated else ""))
            return
        first = min(p[1] for p in self.placed)
        last = max(p[2] for p in self.placed)
        scale = choose_scale(first, last)
        count_w = len(str(max(len(v) for _, v in self.lanes)))
        names = [one_line(name) for name, _ in self.lanes]
        label_w = min(LABEL_MAX, max(len(n) for n in names), max(4, width - MIN_PLOT - count_w - 4))
        plot_w = max(MIN_PLOT, width - label_w - count_w - 4)
        prefix_w = label_w + count_w + 2
        yield self._heading(first, last, scale)
        for name, (_, members) in zip(names, self.lanes):
            yield self._lane(name, members, scale, plot_w, label_w, count_w)
        yield from self._axis(scale, plot_w, prefix_w)
        yield from self._legend(width)

    def _heading(self, first: date, last: date, scale: Scale) -> Text:
        text = Text()
        if self.title:
            text.append(one_line(self.title) + "  ", style="bold")
        services = len(self.lanes)
        text.append(
            f"{first} – {last} · {len(self.placed)} incident{'s' * (len(self.placed) != 1)}"
            f" · {services} service{'s' * (services != 1)} · in {scale.unit}s",
            style="dim",
        )
        return text

    def _lane(self, name: str, members: list[int], scale: Scale, plot_w: int, label_w: int, count_w: int) -> Text:
        cells: list[tuple[int, int, str] | None] = [None] * plot_w  # (duration class, breadth, glyph)
        for i in members:
            x, first, last, precise = self.placed[i]
            d_class, b_class = duration_class(x), breadth_class(x)
            if precise:
                a, b = scale.column(first, plot_w), scale.column(last, plot_w)
            else:  # known only to a month or a year: its middle
                a = b = scale.column(first + (last - first) / 2, plot_w)
            glyph = _glyph(d_class)
            for col in range(a, b + 1):
                mark = (d_class, b_class, glyph if col == a or b == a else DURATION_GLYPHS[-1][1])
                if cells[col] is None or mark[:2] > cells[col][:2]:
                    cells[col] = mark
        line = Text(no_wrap=True, overflow="crop")
        shown = name if len(name) <= label_w else name[: label_w - 1] + "…"
        line.append(shown.ljust(label_w), style="bold")
        line.append(" " + str(len(members)).rjust(count_w), style="dim")
        line.append(" │", style="dim")
        for cell in cells:
            if cell is None:
                line.append(" ")
            else:
                line.append(cell[2], style=BREADTH_STYLES[cell[1]][1])
        line.append("│", style="dim")
        return line

    def _axis(self, scale: Scale, plot_w: int, prefix_w: int):
        marks = ticks(scale, plot_w)
        axis = ["─"] * plot_w
        for col, _ in marks:
            axis[col] = "┬"
        yield Text(" " * prefix_w + "└" + "".join(axis) + "┘", style="dim", no_wrap=True, overflow="crop")
        labels = [" "] * (plot_w + 8)
        free_from = 0
        for col, label in marks:
            if col >= free_from and col + len(label) <= len(labels):
                labels[col : col + len(label)] = label
                free_from = col + len(label) + 1
        yield Text(" " * (prefix_w + 1) + "".join(labels).rstrip(), no_wrap=True, overflow="crop")

    def _legend(self, width: int):
        dur = Text("duration  ", style="dim")
        dur.append(UNKNOWN_GLYPH[0] + " " + UNKNOWN_GLYPH[1] + "  ")
        for _, glyph, label in DURATION_GLYPHS:
            dur.append(f"{glyph} {label}  ")
        yield Text("")
        yield dur
        reg = Text("regions   ", style="dim")
        for _, style, label in BREADTH_STYLES:
            reg.append("● " + label, style=style)
            reg.append("  ")
        yield reg
        yield Text("a bar: the days an incident lasted · the number: incidents per service", style="dim")
        if self.undated:
            yield Text(f"{self.undated} incident{'s' * (self.undated != 1)} without a date not shown", style="dim")


def save_svg(renderable, path, width: int = 100, title: str = "outages timeline") -> None:
    """Write a renderable as an SVG picture (Rich's console export)."""
    import io

    console = Console(record=True, width=width, file=io.StringIO(), color_system="truecolor", force_terminal=True, markup=False, highlight=False, emoji=False)
    console.print(renderable)
    console.save_svg(str(path), title=title)
