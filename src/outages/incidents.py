"""The library entry points: articles in, merged incidents out.

    from outages.incidents import bundled_incidents, incidents_from_paths
    for incident in bundled_incidents():
        print(incident.id, incident.services)

Nothing here prints; errors about single files are returned, not raised, so
one bad file never loses the others' results.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .articles import ArticleError, bundled_articles, load_sources, read_article
from .models import Article, Incident


@dataclass
class Result:
    incidents: list[Incident]
    articles: list[Article] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def extract_article(article: Article) -> list[Incident]:
    """The reports one article gives, before merging (ids not yet assigned)."""
    from .extract.pipeline import extract

    return extract(article)


def incidents_from_articles(articles: list[Article]) -> list[Incident]:
    from .merge import merge

    reports: list[Incident] = []
    for article in articles:
        reports.extend(extract_article(article))
    return merge(reports)


def bundled_incidents() -> list[Incident]:
    return incidents_from_articles(bundled_articles())


def read_paths(paths: list[Path]) -> tuple[list[Article], list[str]]:
    """Articles from files (a `sources.toml` beside them gives metadata); errors as one-line messages."""
    articles: list[Article] = []
    errors: list[str] = []
    sources_cache: dict[Path, dict] = {}
    for path in paths:
        folder = path.parent
        try:
            if folder not in sources_cache:
                sources_cache[folder] = load_sources(folder)
            articles.append(read_article(path, sources_cache[folder]))
        except ArticleError as exc:
            errors.append(str(exc))
    return articles, errors


def incidents_from_paths(paths: list[Path]) -> Result:
    articles, errors = read_paths(paths)
    return Result(incidents_from_articles(articles), articles, errors)
