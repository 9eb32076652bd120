"""What extraction holds about one article while it works: the article's context,
the facts of each sentence, the clusters of dates that become incidents, and the
thresholds the stages share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .. import lexicon as lexicon_mod
from .. import text as text_mod
from ..models import Article
from . import causes as C
from . import dates as D
from . import durations as DU
from . import places as P
from . import services as S


# (?<![\d.,/])((?:19|20)\d{2})(?![\d.,/]\d), its look-behind moved after the century: a pattern
# that opens with a look-behind is tried at every character, one that opens with "19|20" only where they stand
_YEAR = re.compile(r"((?:19|20)(?<![\d.,/]..)\d{2})(?![\d.,/]\d)")

# Named thresholds.
CITATION_GAP_WORDS = 4  # "dilansir TechCrunch, Sabtu (4/11/2017)": words between the cue and the date
NEGATION_WINDOW_WORDS = 3  # "takkan lagi mati": words between a negation and an outage cue
CLUSTER_SLACK_DAYS = 1  # anchors a day apart are one incident (a night across midnight, two zones)
MAIN_TITLE_BONUS = 3  # an anchor in the title or the first body sentences supports the main incident
DURATION_AGREEMENT = 0.15  # durations within 15 % are the same statement
RECOVERY_WINDOW_DAYS = 14
RECENT_DAYS = 7  # an incident dated this close before publication is what the article reports
ZONE_ATTACH_CHARS = 12  # "Selasa (2/4) pukul 18.30 GMT": a date this close before a clock time is that time's day
ZONE_ATTACH_BEFORE_CHARS = 6  # "6pm ET on July 18", "18.30 GMT pada Selasa": ... or this close after it
SPEECH_DATE_WORDS = 5  # "said in a statement on Monday": the day of the statement
SPEECH_DATE_FAR_WORDS = 7  # "ujar Bayu kepada CNBC Indonesia, Senin": further, with no word of the outage between


@dataclass
class Facts:
    sentence: text_mod.Sentence
    start: int
    end: int
    outage: bool = False
    recovery: bool = False
    not_incident: bool = False
    services: list[S.ServiceMention] = field(default_factory=list)
    anchors: list[tuple[D.DateMention, D.Resolved]] = field(default_factory=list)
    times: list[D.TimeMention] = field(default_factory=list)
    durations: list[DU.DurationMention] = field(default_factory=list)
    places: list[P.PlaceMention] = field(default_factory=list)
    cause: C.CauseMention | None = None
    symptoms: list[lexicon_mod.Match] = field(default_factory=list)
    began_at: set[int] = field(default_factory=set)  # starts of times that a began-cue introduces
    speech_dates: list[tuple[D.DateMention, D.Resolved]] = field(default_factory=list)
    other_zone_dates: set[int] = field(default_factory=set)  # starts of dates told in another zone's time
    range_ends: set[int] = field(default_factory=set)  # starts of dates that end a range ("sejak X hingga Y")
    continuing: bool = False  # the outage told as still going on ("had remained down", "masih down"): its date is a later point of it

    impact: bool = False  # says where users were affected ("reports came from users in ...")
    hedged: bool = False  # a condition ("jika ada pemeliharaan ...", "if the outage ...")
    separate: bool = False  # tells of another incident than the one before ("a separate and unrelated issue")
    question: bool = False
    unsaid: set[int] = field(default_factory=set)  # starts of services the sentence names but does not say went down: inside an indirect question ("asked whether Shopee was down"), or beside an outage word that only tells when ("during the outage")

    @property
    def reports_outage(self) -> bool:
        return (self.outage or self.recovery or bool(self.symptoms)) and not self.not_incident


@dataclass
class Cluster:
    anchors: list[tuple[int, D.DateMention, D.Resolved]]  # (fact index, mention, interval)
    facts: list[int] = field(default_factory=list)
    ends: list[tuple[int, D.DateMention, D.Resolved]] = field(default_factory=list)  # dates of recovery
    main: bool = False

    @property
    def first(self) -> date:
        return min(r.first for _, _, r in self.anchors)


@dataclass
class Context:
    article: Article
    text: str
    lang: lexicon_mod.Language
    lex: lexicon_mod.Lexicon
    reference: date | None
    published: str | None
    text_years: tuple[int, ...]
    speakers: set[str]
    paragraphs: dict[int, tuple[int, int]]
    quotes: list[tuple[int, int]]
    quote_starts: list[int] = field(default_factory=list)
    byline_line: int | None = None  # the line holding the publication date: no facts from it
    lowercase_words: set[str] = field(default_factory=set)  # words the prose writes in lower case
    name_counts: dict[str, int] = field(default_factory=dict)  # capitalised words of the prose, counted
    makers: set[str] | None = None  # names given as a service's maker ("besutan Nexon Games"), read once (report._makers)
    country_mentions: tuple | None = None  # (count, first place) of each country the article names, read once (report._country_mentions)
    named_keys: set[str] = field(default_factory=set)  # known services the article names anywhere
    outlets: frozenset[str] = frozenset()  # the names of the article's own outlet, lower case (metadata.outlet_names)
    stated_outlets: frozenset[str] = frozenset()  # ... as the article itself states them (front matter, a dateline's wire), lower case
    redefined: tuple[frozenset[str], frozenset[int]] = (frozenset(), frozenset())  # listed names the article uses for another (services.redefined)
    planned: bool = False  # the article dates an outage after its publication: a plan
    announced: bool = False  # the headline announces an outage to come ("X to go offline overnight")
    naive_range: tuple[int, int, int] | None = None  # (minutes, start, end) of a zone-less "6.05am to 9.50am"
    naive_pair: tuple | None = None  # (minutes, start time, end time): zone-less, in two sentences
    cue_starts: list[int] | None = None  # where any cue that makes a sentence worth reading starts (see _CUE_KEYS)
