"""Pydantic models: the public shape of articles and incidents. No I/O here.

The JSON form of `Incident` is the public contract of `outages` (see README,
"JSON schema"); fields may be added, never renamed or removed.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1

Precision = Literal["minute", "hour", "day", "month", "year", "unknown"]
Qualifier = Literal["exact", "about", "up_to", "nearly", "at_least"]
CauseCategory = Literal[
    "software_bug",
    "configuration_change",
    "network",
    "dns",
    "power",
    "hardware",
    "datacenter",
    "capacity",
    "cyberattack",
    "maintenance",
    "third_party",
    "government",
    "natural_disaster",
    "undisclosed",
]
CauseBasis = Literal["operator", "media", "speculation"]
PublishedFrom = Literal["front_matter", "sources_toml", "url", "dateline", "none"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Article(_Model):
    """One news article as read from disk (or the store)."""

    file: str = Field(description="File name (or store id) the article came from.")
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = Field(
        None, description="Publication date or datetime, ISO 8601, as precise as known."
    )
    published_from: PublishedFrom = Field(
        "none", description="Where the publication date was found."
    )
    language: str | None = Field(None, description="BCP 47 language code: 'id', 'en'.")
    text: str


class Evidence(_Model):
    """A quote in an article's text that supports one field of an incident."""

    field: str = Field(description="The incident field: start, end, duration, services, regions, cause, symptoms.")
    quote: str
    start: int = Field(description="Character offset of the quote in the article text (or title, see part).")
    end: int = Field(description="Character offset just past the quote: text[start:end] == quote.")
    part: Literal["text", "title"] = Field(
        "text", description="Where the quote is: the article's text, or its title (front matter) when the text does not repeat it."
    )


class Duration(_Model):
    minutes: int
    qualifier: Qualifier = "exact"
    text: str = Field(description="The words the duration was read from.")


class Region(_Model):
    code: str = Field(description="CLDR territory code: ISO 3166-1 alpha-2, or a UN M49 region (001 world).")
    name: str = Field(description="English CLDR name.")


class Cause(_Model):
    category: CauseCategory
    text: str = Field(description="The sentence that states the cause.")
    basis: CauseBasis | None = Field(
        None, description="Who says it: the operator, the media, or speculation."
    )


class Source(_Model):
    file: str
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Variant(_Model):
    """One value of a field as reported by some of the sources."""

    value: str
    files: list[str]


class Disagreement(_Model):
    """Sources that report different values for one field, and which one was chosen."""

    field: str
    chosen: str
    rule: str = Field(description="Why the chosen value won.")
    variants: list[Variant]


class Incident(_Model):
    """One outage, merged from every article that reports it."""

    id: str = Field(description="Stable id: start date, then the services, e.g. 2022-10-25-whatsapp.")
    services: list[str]
    start: str | None = Field(
        None,
        description="YYYY, YYYY-MM, YYYY-MM-DD, or an ISO datetime with UTC offset; null when unknown.",
    )
    precision: Precision = "unknown"
    end: str | None = Field(None, description="Same forms as start; null when unknown.")
    estimated: list[str] = Field(
        default_factory=list,
        description="Fields derived rather than stated (e.g. start computed from end and duration).",
    )
    duration: Duration | None = None
    regions: list[Region] = Field(default_factory=list)
    cause: Cause | None = None
    symptoms: list[str] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    disagreements: list[Disagreement] = Field(default_factory=list)
