"""Aggregates over incidents (works on the JSON form)."""

from __future__ import annotations

from datetime import date
from statistics import median


def _day(incident: dict) -> date | None:
    start = incident.get("start")
    if not start or len(start) < 10:
        return None
    try:
        return date.fromisoformat(start[:10])
    except ValueError:
        return None


def summarize(incidents: list[dict]) -> dict:
    """Counts per service and year, downtime, regions and causes; JSON-ready."""
    services: dict[str, list[dict]] = {}
    years: dict[str, int] = {}
    regions: dict[str, dict] = {}
    causes: dict[str, int] = {}
    total = 0
    longest = None
    for x in incidents:
        for s in x.get("services", []):
            services.setdefault(s, []).append(x)
        year = (x.get("start") or "")[:4] or "unknown"
        years[year] = years.get(year, 0) + 1
        for r in x.get("regions", []):
            entry = regions.setdefault(r["code"], {"code": r["code"], "name": r["name"], "incidents": 0})
            entry["incidents"] += 1
        category = (x.get("cause") or {}).get("category") or "not stated"
        causes[category] = causes.get(category, 0) + 1
        d = x.get("duration")
        if d:
            total += d["minutes"]
            if longest is None or d["minutes"] > longest["duration"]["minutes"]:
                longest = {"id": x["id"], "duration": d}
    per_service = []
    for name, items in services.items():
        minutes = [x["duration"]["minutes"] for x in items if x.get("duration")]
        days = sorted(d for d in (_day(x) for x in items) if d is not None)
        gaps = [(b - a).days for a, b in zip(days, days[1:])]
        per_service.append({
            "service": name,
            "incidents": len(items),
            "downtime_minutes": sum(minutes),
            "median_minutes": int(median(minutes)) if minutes else None,
            "mean_days_between": (sum(gaps) / len(gaps)) if gaps else None,
        })
    per_service.sort(key=lambda s: (-s["incidents"], s["service"].lower()))
    return {
        "incidents": len(incidents),
        "total_downtime_minutes": total,
        "longest": longest,
        "services": per_service,
        "years": dict(sorted(years.items())),
        "regions": sorted(regions.values(), key=lambda r: (-r["incidents"], r["name"]))[:10],
        "causes": dict(sorted(causes.items(), key=lambda kv: (-kv[1], kv[0]))),
    }
