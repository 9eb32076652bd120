"""Dates typed by users (`show 2022-10`, `--since 2019`) and filtering incidents.

Works on incident dicts (the JSON form) so that `list --json` can filter
stored JSON without building models.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_USER_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?$")


@dataclass(frozen=True)
class Period:
    first: date
    last: date
    precision: str  # day | month | year
    text: str


def parse_user_date(text: str) -> Period:
    """YYYY, YYYY-MM, YYYY-MM-DD (or an ISO datetime: its day). ValueError otherwise."""
    m = _USER_DATE.match(text.strip())
    if not m:
        raise ValueError(f"not a date: {text!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    year = int(m.group(1))
    if not 1 <= year <= 9999:
        raise ValueError(f"not a date: {text!r}")
    if m.group(2) is None:
        return Period(date(year, 1, 1), date(year, 12, 31), "year", text)
    month = int(m.group(2))
    if not 1 <= month <= 12:
        raise ValueError(f"not a date: {text!r} (month {month} does not exist)")
    if m.group(3) is None:
        return Period(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "month", text)
    day = int(m.group(3))
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise ValueError(f"not a date: {text!r} (day {day} does not exist in {year}-{month:02d})")
    d = date(year, month, day)
    return Period(d, d, "day", text)


def incident_period(incident: dict) -> Period | None:
    start = incident.get("start")
    if not start:
        return None
    try:
        return parse_user_date(start[:10])
    except ValueError:
        return None


@dataclass(frozen=True)
class Filters:
    services: tuple[str, ...] = ()
    since: Period | None = None
    until: Period | None = None
    regions: tuple[str, ...] = ()
    causes: tuple[str, ...] = ()

    def match(self, incident: dict) -> bool:
        if self.services:
            have = {s.lower() for s in incident.get("services", [])}
            if not any(s.lower() in have for s in self.services):
                return False
        if self.since or self.until:
            period = incident_period(incident)
            if period is None:
                return False
            if self.since and period.last < self.since.first:
                return False
            if self.until and period.first > self.until.last:
                return False
        if self.regions:
            wanted = {r.lower() for r in self.regions}
            have = set()
            for r in incident.get("regions", []):
                have.add(r.get("code", "").lower())
                have.add(r.get("name", "").lower())
            if not wanted & have:
                return False
        if self.causes:
            cause = incident.get("cause") or {}
            if cause.get("category") not in self.causes:
                return False
        return True

