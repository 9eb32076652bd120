"""Rules of `outages.extract.dates`: date mentions, their resolution, clock times and zones.

Per-language tables (dateparser style): each row is `param(language, text, expected...)`,
grouped by language, every phrasing written for these tests.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from pytest import param

from outages import lexicon
from outages.extract import dates as D

# A Wednesday; every relative expectation below is computed from it.
REF = date(2023, 6, 14)


# ---------------------------------------------------------------- helpers


def _lex():
    return lexicon.load()


def mentions(code: str, text: str) -> list[D.DateMention]:
    lex = _lex()
    return D.find_dates(text, lex.language(code), lex)


def explicit(code: str, text: str) -> list[D.DateMention]:
    return [d for d in mentions(code, text) if d.kind == "explicit"]


def only(code: str, text: str, kind: str | None = None) -> D.DateMention:
    found = [d for d in mentions(code, text) if kind is None or d.kind == kind]
    assert len(found) == 1, f"expected one date mention in {text!r}, got {found}"
    return found[0]


def interval(code: str, text: str, reference: date | None = REF, years: tuple[int, ...] = (), today: date | None = None):
    d = only(code, text)
    r = D.resolve(d, reference, years, today=today)
    return None if r is None else (r.first.isoformat(), r.last.isoformat(), r.precision)


def ymd(d: D.DateMention) -> tuple:
    return (d.year, d.month, d.day)


def times(code: str, text: str) -> list[D.TimeMention]:
    lex = _lex()
    return D.find_times(text, lex.language(code), lex)


def one_time(code: str, text: str) -> D.TimeMention:
    found = times(code, text)
    assert len(found) == 1, f"expected one time in {text!r}, got {found}"
    return found[0]


# ---------------------------------------------------------------- numerals

NUMERALS = [
    # Indonesian: always day first
    param("id", "Gangguan terjadi 25/10/2022 siang.", (2022, 10, 25), id="id-slash"),
    param("id", "Laporan pertama masuk pada 3-11-2017 malam.", (2017, 11, 3), id="id-dash"),
    param("id", "Layanan kembali normal tanggal 14.03.2023.", (2023, 3, 14), id="id-dot-four-digit-year"),
    param("id", "Aplikasi error sejak 7/8/23 pagi.", (2023, 8, 7), id="id-two-digit-year"),
    param("id", "Tercatat gangguan pada 1.2.2023 lalu.", (2023, 2, 1), id="id-dot-single-digits"),
    # English: day first when the first number cannot be a month, else month first
    param("en", "The outage struck on 13/05/2022.", (2022, 5, 13), id="en-day-first-13"),
    param("en", "Logs from 31.12.2020 show the fault.", (2020, 12, 31), id="en-day-first-dots"),
    param("en", "Users reported errors on 28/2/2021.", (2021, 2, 28), id="en-day-first-28"),
    param("en", "The service failed on 5/27/2023.", (2023, 5, 27), id="en-month-first"),
    param("en", "It went down on 10/4/2021 worldwide.", (2021, 10, 4), id="en-month-first-ambiguous"),
    param("en", "Engineers fixed it by 3/7/2022.", (2022, 3, 7), id="en-month-first-small"),
]


@pytest.mark.parametrize("code, text, expected", NUMERALS)
def test_numeric_dates(code, text, expected):
    assert ymd(only(code, text, "explicit")) == expected


PARENTHESISED = [
    param("id", "WhatsApp down siang tadi (12/4).", (None, 4, 12), id="id-plain"),
    param("id", "Gangguan dilaporkan sejak (30/1) pagi.", (None, 1, 30), id="id-month-january"),
    param("id", "Layanan BRImo pulih ( 9/2 ) malam.", (None, 2, 9), id="id-inner-spaces"),
    param("id", "Gangguan serupa terjadi (3/11/2017) silam.", (2017, 11, 3), id="id-with-year"),
    param("id", "Aplikasi sempat error (28/12/2021) sore.", (2021, 12, 28), id="id-with-year-december"),
]


@pytest.mark.parametrize("code, text, expected", PARENTHESISED)
def test_parenthesised_dates(code, text, expected):
    assert ymd(only(code, text, "explicit")) == expected


# ---------------------------------------------------------------- month names and CLDR abbreviations

MONTH_NAMES = [
    param("id", "Gangguan terjadi pada 25 Oktober 2022.", (2022, 10, 25), id="id-wide"),
    param("id", "Layanan down pada 5 Okt 2021 malam.", (2021, 10, 5), id="id-abbr-okt"),
    param("id", "Pemadaman terjadi 3 Nov 2017.", (2017, 11, 3), id="id-abbr-nov"),
    param("id", "Sejak 12 Agu 2020 layanan terganggu.", (2020, 8, 12), id="id-abbr-agu"),
    param("id", "Pada 1 Des 2019 jaringan putus.", (2019, 12, 1), id="id-abbr-des"),
    param("id", "Tercatat 17 Sept 2021 sebagai hari gangguan.", (2021, 9, 17), id="id-alias-sept"),
    param("id", "Server mati 9 Nop 2018.", (2018, 11, 9), id="id-alias-nop"),
    param("en", "The outage began on Oct. 5, 2021.", (2021, 10, 5), id="en-abbr-oct-dot"),
    param("en", "It happened on Sept 3, 2022.", (2022, 9, 3), id="en-abbr-sept"),
    param("en", "Services failed on 5 October 2021.", (2021, 10, 5), id="en-day-month-year"),
    param("en", "On November 12th, 2020 users saw errors.", (2020, 11, 12), id="en-ordinal"),
    param("en", "The network went dark on Aug. 30.", (None, 8, 30), id="en-abbr-no-year"),
    param("en", "Logins failed on Dec 1 for hours.", (None, 12, 1), id="en-abbr-dec-no-year"),
    # the year after a comma with no space, as some bylines print it
    param("en", "Staff Correspondent | Published: 00:12, Aug 13,2025", (2025, 8, 13), id="en-comma-no-space-year"),
    param("en", "Updated March 4,2024 at 9:14 a.m.", (2024, 3, 4), id="en-comma-no-space-year-2"),
    # trap: a count after the comma is no year
    param("en", "On March 4,200 users complained.", (None, 3, 4), id="en-comma-count-no-year"),
]


@pytest.mark.parametrize("code, text, expected", MONTH_NAMES)
def test_month_names(code, text, expected):
    assert ymd(only(code, text, "explicit")) == expected


WEEKDAY_AND_DATE = [
    param("id", "Gangguan terjadi Rabu, 9 November 2022.", "Rabu, 9 November 2022", (2022, 11, 9), 2, id="id-comma"),
    param("id", "Layanan down pada Minggu (4/6/2023).", "Minggu (4/6/2023", (2023, 6, 4), 6, id="id-parenthesised"),
    param("id", "Pada Jumat (3/11/2017) WhatsApp error.", "Jumat (3/11/2017", (2017, 11, 3), 4, id="id-parenthesised-friday"),
    param("id", "Senin, 12 Juni 2023 pukul 10.00 WIB.", "Senin, 12 Juni 2023", (2023, 6, 12), 0, id="id-monday"),
    param("en", "It went down on Monday, Oct. 4, 2021.", "Monday, Oct. 4, 2021", (2021, 10, 4), 0, id="en-comma"),
    param("en", "Errors began on Tuesday, March 14.", "Tuesday, March 14", (None, 3, 14), 1, id="en-no-year"),
    param("en", "Users complained on Friday (Nov. 3, 2017).", "Friday (Nov. 3, 2017", (2017, 11, 3), 4, id="en-parenthesised"),
    param("en", "The fault hit on Thursday, 1 June 2023.", "Thursday, 1 June 2023", (2023, 6, 1), 3, id="en-day-first"),
]


@pytest.mark.parametrize("code, text, quote, expected, weekday", WEEKDAY_AND_DATE)
def test_weekday_joins_the_date_after_it(code, text, quote, expected, weekday):
    d = only(code, text)
    assert d.text == quote
    assert ymd(d) == expected
    assert d.weekday == weekday
    assert text[d.start : d.end] == d.text


# ---------------------------------------------------------------- ranges

RANGES = [
    param("id", "Gangguan berlangsung Rabu-Kamis (7-8/6/2023).", ("2023-06-07", "2023-06-08", "day"), id="id-weekdays-numeric"),
    param("id", "BRImo error Kamis-Jumat (1-2/6) lalu.", ("2023-06-01", "2023-06-02", "day"), id="id-weekdays-no-year"),
    param("id", "Pemadaman terjadi 3-5 Mei 2021.", ("2021-05-03", "2021-05-05", "day"), id="id-month-name"),
    param("id", "Layanan terganggu (21-22/4).", ("2023-04-21", "2023-04-22", "day"), id="id-parenthesised"),
    param("en", "Outages hit on March 13-14, 2019.", ("2019-03-13", "2019-03-14", "day"), id="en-month-first"),
    param("en", "It was down Oct 4-5 in places.", ("2022-10-04", "2022-10-05", "day"), id="en-no-year"),
    param("en", "Service failed on 13-14 March 2019.", ("2019-03-13", "2019-03-14", "day"), id="en-day-first"),
    param("en", "Users lost access Nov. 20\u201321, 2022.", ("2022-11-20", "2022-11-21", "day"), id="en-en-dash"),
]


@pytest.mark.parametrize("code, text, expected", RANGES)
def test_ranges(code, text, expected):
    assert interval(code, text) == expected


# ---------------------------------------------------------------- month + year, bare month, year

MONTH_YEAR = [
    param("id", "WhatsApp juga down pada Oktober 2021.", "2021-10", id="id-wide"),
    param("id", "Gangguan besar terjadi Mei 2019.", "2019-05", id="id-mei"),
    param("id", "Pada Des 2020 layanan mati.", "2020-12", id="id-abbr"),
    param("id", "Sejak Agustus 2018 tidak ada gangguan.", "2018-08", id="id-agustus"),
    param("en", "Instagram also failed in March 2019.", "2019-03", id="en-wide"),
    param("en", "A similar outage hit in Oct. 2021.", "2021-10", id="en-abbr"),
    param("en", "The last failure was December, 2020.", "2020-12", id="en-comma"),
]


@pytest.mark.parametrize("code, text, expected", MONTH_YEAR)
def test_month_and_year(code, text, expected):
    d = only(code, text, "explicit")
    assert d.precision == "month"
    r = D.resolve(d, REF)
    assert (r.iso(), r.precision) == (expected, "month")


BARE_MONTH = [
    param("id", "Gangguan terjadi bulan Juni.", ("2023-06-01", "2023-06-30", "month"), id="id-bulan"),
    param("id", "Layanan sempat down Juni lalu.", ("2022-06-01", "2022-06-30", "month"), id="id-lalu-excludes-current"),
    param("id", "Gangguan terjadi awal Maret.", ("2023-03-01", "2023-03-31", "month"), id="id-awal"),
    param("id", "Pemadaman terjadi akhir Januari silam.", ("2023-01-01", "2023-01-31", "month"), id="id-silam"),
    param("id", "WhatsApp pernah down pada Agustus.", ("2022-08-01", "2022-08-31", "month"), id="id-future-month-last-year"),
    param("id", "Gangguan pertengahan Mei yang lalu.", ("2023-05-01", "2023-05-31", "month"), id="id-yang-lalu"),
    param("en", "A similar outage happened in March.", ("2023-03-01", "2023-03-31", "month"), id="en-in"),
    param("en", "The service failed last July.", ("2022-07-01", "2022-07-31", "month"), id="en-last"),
    param("en", "Users have complained since February.", ("2023-02-01", "2023-02-28", "month"), id="en-since"),
    param("en", "Another outage struck early May.", ("2023-05-01", "2023-05-31", "month"), id="en-early"),
    param("en", "It went down in late November.", ("2022-11-01", "2022-11-30", "month"), id="en-late-future-month"),
    param("en", "The app crashed in June.", ("2023-06-01", "2023-06-30", "month"), id="en-current-month"),
    param(
        "en", "The app also crashed last June.", ("2022-06-01", "2022-06-30", "month"), id="en-last-current-month",
    ),
]


@pytest.mark.parametrize("code, text, expected", BARE_MONTH)
def test_bare_month_with_lead_or_past_word(code, text, expected):
    assert interval(code, text) == expected


NOT_A_MONTH = [
    param("id", "CEO WhatsApp Jan Koum mengatakan layanan pulih.", id="id-jan-koum"),
    param("id", "Menurut Jan, gangguan sudah teratasi.", id="id-jan-alone"),
    param("id", "Hal itu disampaikan Juni Ardianto kepada wartawan.", id="id-name-juni"),
    param("en", "WhatsApp co-founder Jan Koum said the app was fine.", id="en-jan-koum"),
    param("en", "Jan, a user in Berlin, said the app froze.", id="en-jan-alone"),
    param("en", "The outage may have hit millions of users.", id="en-may-have"),
    param("en", "Recovery may take several hours.", id="en-may-verb"),
    param("en", "Users may 2x their data allowance.", id="en-may-before-number"),
]


@pytest.mark.parametrize("code, text", NOT_A_MONTH)
def test_names_and_modal_verbs_are_no_month(code, text):
    assert mentions(code, text) == []


YEAR_WITH_LEAD = [
    param("id", "WhatsApp pernah down pada 2019.", 2019, id="id-pada"),
    param("id", "Gangguan serupa terjadi tahun 2020.", 2020, id="id-tahun"),
    param("id", "Tidak ada gangguan sejak 2018.", 2018, id="id-sejak"),
    param("id", "Sepanjang 2022 layanan stabil.", 2022, id="id-sepanjang"),
    param("en", "Instagram also went down in 2019.", 2019, id="en-in"),
    param("en", "There was no outage since 2018.", 2018, id="en-since"),
    param("en", "Errors were common during 2020.", 2020, id="en-during"),
    param("en", "The network was stable throughout 2021.", 2021, id="en-throughout"),
]


@pytest.mark.parametrize("code, text, year", YEAR_WITH_LEAD)
def test_year_with_lead(code, text, year):
    d = only(code, text)
    assert d.text == str(year)
    assert interval(code, text) == (f"{year}-01-01", f"{year}-12-31", "year")


YEAR_WITHOUT_LEAD = [
    param("id", "Sebanyak 2020 laporan masuk ke Downdetector.", id="id-count"),
    param("id", "Kode galat 2019 muncul di layar.", id="id-error-code"),
    param("id", "Nomor 2021 tertera di kuitansi.", id="id-number"),
    param("en", "The 2020 outage was worse.", id="en-adjective"),
    param("en", "About 2021 users reported problems.", id="en-count"),
    param("en", "Error 2019 appeared on screens.", id="en-error-code"),
]


@pytest.mark.parametrize("code, text", YEAR_WITHOUT_LEAD)
def test_bare_year_without_lead_is_no_date(code, text):
    assert mentions(code, text) == []


# ---------------------------------------------------------------- relative words

RELATIVE = [
    param("id", "WhatsApp down hari ini.", ("2023-06-14", "2023-06-14", "day"), id="id-hari-ini"),
    param("id", "Layanan error kemarin.", ("2023-06-13", "2023-06-13", "day"), id="id-kemarin"),
    param("id", "Instagram tumbang semalam.", ("2023-06-13", "2023-06-13", "day"), id="id-semalam"),
    param("id", "Gangguan terjadi kemarin lusa.", ("2023-06-12", "2023-06-12", "day"), id="id-kemarin-lusa"),
    param("id", "Gangguan terjadi pekan lalu.", ("2023-06-05", "2023-06-11", "day"), id="id-pekan-lalu"),
    param("id", "Pemadaman terjadi bulan lalu.", ("2023-05-01", "2023-05-31", "month"), id="id-bulan-lalu"),
    param("id", "Gangguan serupa terjadi tahun lalu.", ("2022-01-01", "2022-12-31", "year"), id="id-tahun-lalu"),
    param("id", "Ini gangguan ketiga tahun ini.", ("2023-01-01", "2023-06-14", "year"), id="id-tahun-ini"),
    param("en", "WhatsApp is down today.", ("2023-06-14", "2023-06-14", "day"), id="en-today"),
    param("en", "The app crashed yesterday.", ("2023-06-13", "2023-06-13", "day"), id="en-yesterday"),
    param("en", "Users lost service last night.", ("2023-06-13", "2023-06-13", "day"), id="en-last-night"),
    param("en", "It failed the day before yesterday.", ("2023-06-12", "2023-06-12", "day"), id="en-day-before-yesterday"),
    param("en", "A similar outage hit last week.", ("2023-06-05", "2023-06-11", "day"), id="en-last-week"),
    param("en", "The network failed last month.", ("2023-05-01", "2023-05-31", "month"), id="en-last-month"),
    param("en", "The same thing happened last year.", ("2022-01-01", "2022-12-31", "year"), id="en-last-year"),
    param("en", "Slack has failed twice this week.", ("2023-06-12", "2023-06-14", "day"), id="en-this-week"),
    # a few days back, the count in words or digits
    param("en", "The app went down two days ago.", ("2023-06-12", "2023-06-12", "day"), id="en-two-days-ago"),
    param("en", "It failed 3 days ago.", ("2023-06-11", "2023-06-11", "day"), id="en-3-days-ago"),
    param("id", "Gangguan terjadi dua hari lalu.", ("2023-06-12", "2023-06-12", "day"), id="id-dua-hari-lalu"),
    param("id", "Layanan down lima hari yang lalu.", ("2023-06-09", "2023-06-09", "day"), id="id-lima-hari-yang-lalu"),
]


@pytest.mark.parametrize("code, text, expected", RELATIVE)
def test_relative_words_resolve_against_the_reference(code, text, expected):
    d = only(code, text)
    assert d.kind == "relative"
    assert interval(code, text) == expected


@pytest.mark.parametrize(
    "code, text",
    [
        param("id", "WhatsApp down hari ini.", id="id-hari-ini"),
        param("id", "Layanan error kemarin.", id="id-kemarin"),
        param("id", "Gangguan terjadi tahun lalu.", id="id-tahun-lalu"),
        param("en", "WhatsApp is down today.", id="en-today"),
        param("en", "The app crashed yesterday.", id="en-yesterday"),
        param("en", "A similar outage hit last week.", id="en-last-week"),
    ],
)
def test_relative_words_without_reference_stay_unknown(code, text):
    assert interval(code, text, reference=None) is None


# ---------------------------------------------------------------- bare weekdays

BARE_WEEKDAY = [
    param("id", "WhatsApp down pada Senin.", "2023-06-12", id="id-senin"),
    param("id", "Gangguan terjadi Rabu sore.", "2023-06-14", id="id-same-day-as-reference"),
    param("id", "Layanan pulih pada Minggu.", "2023-06-11", id="id-minggu"),
    param("id", "Aplikasi error sejak Kamis.", "2023-06-08", id="id-kamis-after-reference-weekday"),
    param("id", "Instagram tumbang Jumat malam.", "2023-06-09", id="id-jumat"),
    param("en", "WhatsApp went down on Monday.", "2023-06-12", id="en-monday"),
    param("en", "The outage started on Wednesday.", "2023-06-14", id="en-same-day-as-reference"),
    param("en", "Service returned on Sunday.", "2023-06-11", id="en-sunday"),
    param("en", "Users lost access Thursday night.", "2023-06-08", id="en-thursday"),
]


@pytest.mark.parametrize("code, text, expected", BARE_WEEKDAY)
def test_bare_weekday_is_the_latest_such_day_on_or_before_the_reference(code, text, expected):
    d = only(code, text)
    assert d.kind == "weekday"
    assert interval(code, text) == (expected, expected, "day")


@pytest.mark.parametrize(
    "code, text",
    [
        param("id", "WhatsApp down pada Senin.", id="id"),
        param("id", "Layanan pulih pada Minggu.", id="id-minggu"),
        param("id", "Gangguan terjadi Rabu sore.", id="id-rabu"),
        param("en", "WhatsApp went down on Monday.", id="en"),
        param("en", "Service returned on Sunday.", id="en-sunday"),
        param("en", "The outage started on Wednesday.", id="en-wednesday"),
    ],
)
def test_bare_weekday_without_reference_stays_unknown(code, text):
    assert interval(code, text, reference=None) is None


def test_lowercase_minggu_is_the_week_not_sunday():
    assert [d for d in mentions("id", "Gangguan terjadi dua kali minggu depan.") if d.kind == "weekday"] == []


# ---------------------------------------------------------------- inferring a missing year

BARE_DAY_MONTH = [
    param("id", "Gangguan terjadi (25/10).", id="id-parenthesised"),
    param("id", "Layanan down pada 25 Oktober.", id="id-month-name"),
    param("id", "Aplikasi error sejak 25 Okt.", id="id-abbr"),
    param("en", "The outage hit on Oct. 25.", id="en-abbr"),
    param("en", "Service failed on October 25.", id="en-wide"),
    param("en", "Users lost access on 25 October.", id="en-day-first"),
]


@pytest.mark.parametrize("code, text", BARE_DAY_MONTH)
def test_bare_day_and_month_need_a_reference_for_the_year(code, text):
    d = only(code, text)
    assert d.year is None
    assert D.resolve(d, None) is None
    assert interval(code, text, reference=date(2023, 6, 14)) == ("2022-10-25", "2022-10-25", "day")
    assert interval(code, text, reference=date(2023, 11, 2)) == ("2023-10-25", "2023-10-25", "day")


WEEKDAY_PICKS_YEAR = [
    # 25 October: a Wednesday in 2023, a Tuesday in 2022, a Monday in 2021
    param("id", "Gangguan terjadi Selasa (25/10).", "2022-10-25", id="id-selasa-parenthesised"),
    param("id", "Layanan down Selasa, 25 Oktober.", "2022-10-25", id="id-selasa-month-name"),
    param("id", "Pemadaman terjadi Senin (25/10).", "2021-10-25", id="id-senin"),
    param("id", "Gangguan terjadi Rabu (25/10).", "2023-10-25", id="id-rabu-no-skip"),
    param("en", "It went down on Tuesday, Oct. 25.", "2022-10-25", id="en-tuesday"),
    param("en", "The outage hit on Monday, October 25.", "2021-10-25", id="en-monday"),
    param("en", "Service failed on Wednesday, Oct 25.", "2023-10-25", id="en-wednesday"),
]


@pytest.mark.parametrize("code, text, expected", WEEKDAY_PICKS_YEAR)
def test_weekday_must_match_when_the_year_is_inferred_from_the_reference(code, text, expected):
    assert interval(code, text, reference=date(2024, 1, 10)) == (expected, expected, "day")


WEEKDAY_SLIPS = [
    # written on Tuesday 5 November 2024; 4 November 2024 is a Monday, and no year of the six
    # before has a Tuesday 4 November: the weekday is a slip, the recent day and month stand
    param("id", "Gangguan terjadi Selasa (4/11).", "2024-11-04", id="id-selasa-parenthesised"),
    param("id", "Aplikasi tidak bisa dibuka pada Selasa, 4 November.", "2024-11-04", id="id-month-name"),
    param("en", "Customers could not log in on Tuesday, Nov. 4.", "2024-11-04", id="en-month-first"),
    param("en", "The app was down on Tuesday 4 November.", "2024-11-04", id="en-day-first"),
    param("id", "Layanan terganggu Rabu (9/10).", "2024-10-09", id="id-four-weeks-back"),  # a Wednesday in 2024: fits anyway
    param("id", "Layanan terganggu Selasa (15/10).", "2024-10-15", id="id-three-weeks-back"),  # Tuesday 15 Oct 2024 fits
    param("en", "The portal failed on Wednesday, Oct. 15.", "2024-10-15", id="en-three-weeks-back-slip"),  # a Tuesday: slip
]


@pytest.mark.parametrize("code, text, expected", WEEKDAY_SLIPS)
def test_a_weekday_that_fits_no_year_is_a_slip_when_the_date_is_just_before_the_reference(code, text, expected):
    assert interval(code, text, reference=date(2024, 11, 5)) == (expected, expected, "day")


WEEKDAY_SLIP_TRAPS = [
    # a weekday that fits a year within six back picks it: Friday 4 November is 2022's
    param("en", "It went down on Friday, Nov. 4.", "2022-11-04", id="en-fits-2022"),
    param("id", "Gangguan terjadi Jumat (4/11).", "2022-11-04", id="id-fits-2022"),
    # a date months back whose weekday fits no year: unknown, not guessed
    param("en", "It went down on Tuesday, July 15.", None, id="en-months-back"),
    param("id", "Gangguan terjadi Selasa (15/7).", None, id="id-months-back"),
    # a full date keeps its year whatever its weekday
    param("en", "It went down on Tuesday, Nov. 4, 2023.", "2023-11-04", id="en-full-date"),
]


@pytest.mark.parametrize("code, text, expected", WEEKDAY_SLIP_TRAPS)
def test_a_weekday_slip_is_read_only_close_before_the_reference(code, text, expected):
    got = interval(code, text, reference=date(2024, 11, 5))
    assert got == ((expected, expected, "day") if expected else None)


def test_without_weekday_the_latest_year_before_the_reference_wins():
    assert interval("id", "Gangguan terjadi (25/10).", reference=date(2024, 1, 10)) == ("2023-10-25", "2023-10-25", "day")


TEXT_YEARS = [
    param("id", "Gangguan terjadi Selasa, 25 Oktober.", (2020,), "2022-10-25", id="id-selasa"),
    param("id", "Layanan down Selasa (25/10).", (2019, 2020), "2022-10-25", id="id-selasa-parenthesised"),
    param("id", "Pemadaman terjadi Kamis, 4 Mei.", (2019,), "2023-05-04", id="id-kamis"),
    param("en", "It went down on Tuesday, October 25.", (2020,), "2022-10-25", id="en-tuesday"),
    param("en", "The outage hit on Tuesday, Oct. 25.", (2018, 2021), "2022-10-25", id="en-tuesday-abbr"),
    param("en", "Service failed on Thursday, May 4.", (2019,), "2023-05-04", id="en-thursday"),
]


@pytest.mark.parametrize("code, text, years, expected", TEXT_YEARS)
def test_weekday_and_text_years_pick_the_one_fitting_year(code, text, years, expected):
    got = interval(code, text, reference=None, years=years, today=date(2024, 3, 1))
    assert got == (expected, expected, "day")


@pytest.mark.parametrize(
    "code, text, years",
    [
        # 25 October was a Tuesday in both 2016 and 2022
        param("id", "Gangguan terjadi Selasa, 25 Oktober.", (2015,), id="id-two-fitting-years"),
        param("en", "It went down on Tuesday, October 25.", (2015,), id="en-two-fitting-years"),
        # without a weekday nothing tells the year
        param("id", "Gangguan terjadi 25 Oktober.", (2022,), id="id-no-weekday"),
        param("en", "It went down on October 25.", (2022,), id="en-no-weekday"),
        # without years in the text there is no floor
        param("id", "Gangguan terjadi Selasa, 25 Oktober.", (), id="id-no-text-years"),
        param("en", "It went down on Tuesday, October 25.", (), id="en-no-text-years"),
    ],
)
def test_year_stays_unknown_when_text_years_do_not_decide(code, text, years):
    assert interval(code, text, reference=None, years=years, today=date(2024, 3, 1)) is None


# ---------------------------------------------------------------- things that look like dates

NOT_DATES = [
    param("id", "Layanan pelanggan tersedia 24/7.", id="id-24-7"),
    param("id", "Layanan 24/7 tetap berjalan.", id="id-24-7-mid"),
    param("id", "Pembaruan ke versi 2.23.10 memperbaiki bug.", id="id-version"),
    param("id", "WhatsApp versi 2.22.24.78 bermasalah.", id="id-version-four-parts"),
    param("id", "Kerugian mencapai Rp 1.500.000 per nasabah.", id="id-money"),
    param("id", "Gangguan terjadi pukul 10.30 WIB.", id="id-clock-time"),
    param("en", "Support is available 24/7.", id="en-24-7"),
    param("en", "A 24/7 operations team responded.", id="en-24-7-adjective"),
    param("en", "Version 2.23.10 fixed the crash.", id="en-version"),
    param("en", "Users on iOS 16.4.1 saw the bug.", id="en-os-version"),
    param("en", "About 1.5 billion users were affected.", id="en-decimal"),
]


@pytest.mark.parametrize("code, text", NOT_DATES)
def test_counters_versions_and_times_are_no_date(code, text):
    assert mentions(code, text) == []


# ---------------------------------------------------------------- clock times

TIMES = [
    # Indonesian zones
    param("id", "Gangguan mulai pukul 14.30 WIB.", (14, 30, "WIB"), id="id-wib"),
    param("id", "Layanan pulih pukul 08.15 WITA.", (8, 15, "WITA"), id="id-wita"),
    param("id", "Listrik padam pukul 19.05 WIT.", (19, 5, "WIT"), id="id-wit"),
    param("id", "Sejak sekitar pukul 00.30 WIB aplikasi error.", (0, 30, "WIB"), id="id-wib-after-midnight"),
    param("id", "Pada pukul 10:45 WIB layanan kembali.", (10, 45, "WIB"), id="id-colon"),
    # Indonesian parts of the day
    param("id", "Gangguan terjadi pukul 9 malam.", (21, 0, None), id="id-9-malam"),
    param("id", "WhatsApp down jam 7 malam.", (19, 0, None), id="id-7-malam-jam"),
    param("id", "Layanan pulih pukul 5 sore.", (17, 0, None), id="id-5-sore"),
    param("id", "Listrik padam pukul 6 petang.", (18, 0, None), id="id-6-petang"),
    param("id", "Gangguan mulai pukul 10 pagi.", (10, 0, None), id="id-10-pagi"),
    param("id", "Aplikasi error pukul 1 siang.", (13, 0, None), id="id-1-siang"),
    param("id", "Server mati pukul 02.00 dini hari.", (2, 0, None), id="id-dini-hari"),
    param(
        "id", "Layanan pulih pukul 4 sore.", (16, 0, None), id="id-4-sore",
    ),
    param(
        "id", "Gangguan berlangsung hingga pukul 12 malam.", (0, 0, None), id="id-12-malam-midnight",
    ),
    # English
    param("en", "Service came back at 3:20 p.m.", (15, 20, None), id="en-pm-dots"),
    param("en", "It went down at 11:45 a.m. ET.", (11, 45, "ET"), id="en-am-et"),
    param("en", "Errors began at 2 p.m. PT.", (14, 0, "PT"), id="en-pm-pt"),
    param("en", "The outage started at 16:00 GMT.", (16, 0, "GMT"), id="en-gmt"),
    param("en", "Users lost access at 9:30 BST.", (9, 30, "BST"), id="en-bst"),
    param("en", "The fault began at 12:30 a.m. ET.", (0, 30, "ET"), id="en-half-past-midnight"),
    param("en", "It was fixed at 12:15 p.m.", (12, 15, None), id="en-quarter-past-noon"),
    param("en", "Reports spiked at 9am.", (9, 0, None), id="en-am-no-space"),
    param("en", "Service returned at 8 pm.", (20, 0, None), id="en-pm-no-dots"),
    # offsets after GMT/UTC
    param("en", "The outage began at 9:15 a.m. UTC-5.", (9, 15, "UTC-5"), id="en-utc-minus-5"),
    param("id", "Gangguan mulai pukul 10.00 GMT+7.", (10, 0, "GMT+7"), id="id-gmt-plus-7"),
    # a colon clock needs no lead word
    param("en", "NATS said it was fully restored by 15:15.", (15, 15, None), id="en-colon-by"),
    param("id", "Layanan kembali normal menjelang 21:40 malam itu.", (21, 40, None), id="id-colon-no-lead"),
    # a wire's four-digit clock, always with its zone
    param("en", "Trading opened late, at 0840 GMT.", (8, 40, "GMT"), id="en-wire-gmt"),
    param("en", "The fault was fixed by 2215 UTC on Friday.", (22, 15, "UTC"), id="en-wire-utc"),
    param("id", "Gangguan dimulai sekitar pukul 0130 GMT.", (1, 30, "GMT"), id="id-wire-gmt"),
    # ... written close up to the zone
    param("en", "The disruption began at around 1550GMT, users said.", (15, 50, "GMT"), id="en-wire-glued-gmt"),
    param("id", "Layanan pulih pukul 0245UTC.", (2, 45, "UTC"), id="id-wire-glued-utc"),
    # ... or before a word for hours (military style, no zone)
    param("en", "Vending stopped from about 2300 hours on Saturday.", (23, 0, None), id="en-2300-hours"),
    param("en", "The portal came back at 0930 hrs.", (9, 30, None), id="en-0930-hrs"),
    param("en", "Power returned at 1745 Hours, the utility said.", (17, 45, None), id="en-1745-Hours"),
]


@pytest.mark.parametrize("code, text, expected", TIMES)
def test_clock_times(code, text, expected):
    t = one_time(code, text)
    assert (t.hour, t.minute, t.zone) == expected
    assert text[t.start : t.end] == t.text


NOT_TIMES = [
    param("en", "The router model 2350GT failed.", id="en-model-number-no-zone"),
    param("id", "Sebanyak 10 pengguna melapor.", id="id-count"),
    param("id", "Layanan tersedia 24/7.", id="id-24-7"),
    param("id", "Harga naik 1,5 persen.", id="id-percent-like"),
    param("id", "Pembaruan versi 2.23 dirilis.", id="id-version"),
    param("en", "About 10 people reported errors.", id="en-count"),
    param("en", "Support runs 24/7.", id="en-24-7"),
    param("en", "Version 2.23 shipped.", id="en-version"),
    param("en", "Shares fell 3.5% after the outage.", id="en-percent"),
    # a colon without two-digit minutes, or past 23:59, is no clock
    param("en", "The screen uses a 16:9 ratio.", id="en-ratio"),
    param("en", "Read John 3:16 again.", id="en-verse"),
    param("en", "The match ended 27:45 on points.", id="en-not-an-hour"),
    # four digits with no zone are a year or a count; past 23:59 no clock
    param("en", "The outage of 2015 hit Europe.", id="en-year-no-zone"),
    param("en", "About 1200 users reported problems.", id="en-count-no-zone"),
    param("en", "Flight 2375 GMT-bound was late.", id="en-no-hour-75"),
    # ... and before a word for hours, past 23:59 or as a count, a length
    param("en", "Engineers spent 2475 hours on the fix.", id="en-2475-hours"),
    param("en", "The outage lasted 36 hours.", id="en-36-hours"),
    param("id", "Gangguan berlangsung 2300 jam.", id="id-no-clock-hours-word"),
]


@pytest.mark.parametrize("code, text", NOT_TIMES)
def test_numbers_without_lead_zone_or_am_pm_are_no_time(code, text):
    assert times(code, text) == []


ZONES = [
    param("WIB", date(2023, 1, 5), "+07:00", id="WIB"),
    param("WITA", date(2023, 1, 5), "+08:00", id="WITA"),
    param("WIT", date(2023, 7, 5), "+09:00", id="WIT"),
    param("ET", date(2021, 7, 1), "-04:00", id="ET-summer"),
    param("ET", date(2021, 12, 1), "-05:00", id="ET-winter"),
    param("PT", date(2022, 8, 15), "-07:00", id="PT-summer"),
    param("PT", date(2022, 1, 15), "-08:00", id="PT-winter"),
    param("GMT", date(2022, 7, 1), "+00:00", id="GMT"),
    param("BST", date(2022, 7, 1), "+01:00", id="BST"),
]


@pytest.mark.parametrize("zone, day, expected", ZONES)
def test_zone_offset(zone, day, expected):
    tz = D.zone_offset(zone, day, _lex())
    assert tz is not None
    assert datetime(day.year, day.month, day.day, 12, tzinfo=tz).isoformat().endswith(expected)


@pytest.mark.parametrize("zone", [None, "XYZ", "wib"])
def test_zone_offset_of_an_unknown_zone_is_none(zone):
    assert D.zone_offset(zone, date(2023, 1, 1), _lex()) is None


AWARE = [
    param("id", "Gangguan mulai pukul 14.30 WIB.", date(2023, 6, 14), "2023-06-14T14:30:00+07:00", id="id-wib"),
    param("id", "Layanan pulih pukul 08.15 WITA.", date(2022, 3, 1), "2022-03-01T08:15:00+08:00", id="id-wita"),
    param("id", "Listrik padam pukul 19.05 WIT.", date(2021, 11, 20), "2021-11-20T19:05:00+09:00", id="id-wit"),
    param("en", "It went down at 11:45 a.m. ET.", date(2021, 10, 4), "2021-10-04T11:45:00-04:00", id="en-et-summer"),
    param("en", "It went down at 9:05 a.m. ET.", date(2022, 1, 24), "2022-01-24T09:05:00-05:00", id="en-et-winter"),
    param("en", "Errors began at 2 p.m. PT.", date(2023, 2, 1), "2023-02-01T14:00:00-08:00", id="en-pt-winter"),
    param("en", "Service returned at 6:10 p.m. BST.", date(2022, 7, 19), "2022-07-19T18:10:00+01:00", id="en-bst"),
    # US usage: the zone's name alone after the time
    param("en", "The agency said just after 5 p.m. Eastern that its systems were back.", date(2018, 4, 17), "2018-04-17T17:00:00-04:00", id="en-eastern-alone"),
    param("en", "Errors began at 9 a.m. Pacific on Tuesday.", date(2023, 2, 7), "2023-02-07T09:00:00-08:00", id="en-pacific-alone"),
    param("en", "Logins failed from 10:15 a.m. Central Time.", date(2024, 7, 2), "2024-07-02T10:15:00-05:00", id="en-central-time"),
]


@pytest.mark.parametrize("code, text, day, expected", AWARE)
def test_times_with_zone_become_aware_datetimes(code, text, day, expected):
    t = one_time(code, text)
    tz = D.zone_offset(t.zone, day, _lex())
    moment = datetime(day.year, day.month, day.day, t.hour, t.minute, tzinfo=tz)
    assert moment.isoformat() == expected


# ---------------------------------------------------------------- offsets

@pytest.mark.parametrize(
    "code, text",
    [
        param("id", "Rabu (14/6/2023) pukul 15.20 WIB WhatsApp down, pulih kemarin lusa.", id="id"),
        param("en", "On Monday, Oct. 4, 2021 at 11:40 a.m. ET Facebook went down; last week too.", id="en"),
    ],
)
def test_mention_offsets_point_into_the_text(code, text):
    for d in mentions(code, text):
        assert text[d.start : d.end] == d.text
    for t in times(code, text):
        assert text[t.start : t.end] == t.text


@pytest.mark.parametrize(
    "text, expected",
    [
        # a day written as an ordinal before the month ("20th October 2022", "the 4th of October")
        param("on Thursday, 20th October 2022", (2022, 10, 20), id="en-20th-october-year"),
        param("on the 4th of October", (None, 10, 4), id="en-4th-of-october"),
        param("from 1st March 2023", (2023, 3, 1), id="en-1st-march"),
        param("on the 22nd of July, 2024", (2024, 7, 22), id="en-22nd-of-july-comma-year"),
    ],
)
def test_an_ordinal_day_before_the_month(text, expected):
    (d,) = explicit("en", text)
    assert ymd(d) == expected


@pytest.mark.parametrize(
    "code, text, expected",
    [
        # a holiday on a fixed date names that day; its year is inferred like a date's without one
        param("en", "servers buckled on Christmas Day", (None, 12, 25), id="en-christmas-day"),
        param("en", "the outage on New Year's Eve", (None, 12, 31), id="en-new-years-eve"),
        # ... unless a year follows it
        param("en", "down on Boxing Day, 2023", (2023, 12, 26), id="en-boxing-day-year"),
        param("en", "the most infamous came on Christmas Day 2014, when hackers struck", (2014, 12, 25), id="en-christmas-day-year"),
        param("en", "on Christmas Day 3,000 users complained", (None, 12, 25), id="en-christmas-day-then-a-count"),
        param("id", "gangguan pada malam Natal", (None, 12, 24), id="id-malam-natal"),
        param("id", "error saat perayaan Hari Kemerdekaan", (None, 8, 17), id="id-hari-kemerdekaan"),
    ],
)
def test_a_holiday_on_a_fixed_date_names_its_day(code, text, expected):
    found = [d for d in mentions(code, text) if d.month is not None and d.day is not None]
    assert [ymd(d) for d in found] == [expected]


@pytest.mark.parametrize(
    "code, text",
    [
        # traps: a holiday on a moving date, a season, a shopping event
        param("id", "GoPay error saat Tahun Baru Imlek", id="id-imlek"),
        param("en", "ahead of the Christmas shopping season", id="en-christmas-season"),
        param("id", "promo Natal dan Lebaran", id="id-natal-lebaran"),
    ],
)
def test_a_holiday_without_a_fixed_date_names_no_day(code, text):
    assert [d for d in mentions(code, text) if d.day is not None] == []


@pytest.mark.parametrize(
    "code, text",
    [
        # a day named with a weekday that is not its own to tell names no weekday
        param("en", "the app went down on Good Friday", id="en-good-friday"),
        param("en", "card payments failed on Black Friday", id="en-black-friday"),
        param("en", "checkouts stalled on Cyber Monday", id="en-cyber-monday"),
        param("id", "layanan error saat Jumat Agung", id="id-jumat-agung"),
    ],
)
def test_a_named_day_with_a_weekday_in_it_is_no_weekday(code, text):
    assert [d for d in mentions(code, text) if d.weekday is not None] == []


def test_a_plain_weekday_beside_a_named_day_stays():
    # trap: "Friday" of its own, after a named day
    found = [d for d in mentions("en", "sales began on Black Friday and the site crashed on Friday night") if d.weekday is not None]
    assert [d.text for d in found] == ["Friday"]


def test_a_holiday_resolves_to_the_last_such_day():
    (d,) = mentions("en", "on Christmas Day")
    r = D.resolve(d, date(2025, 12, 27))
    assert (r.first.isoformat(), r.precision) == ("2025-12-25", "day")


def test_a_range_to_a_day_the_month_does_not_have_ends_on_its_first_day():
    # found by the property tests: "Januari 1-32" raised instead of dating the first day
    from outages.articles import article_from_text
    from outages.extract.pipeline import extract

    article = article_from_text("Januari Januari Januari kata Januari 1-32-0 ", "t.txt", {})
    assert extract(article) == []
    lex = lexicon.load()
    (d,) = [d for d in D.find_dates("WhatsApp down pada 1-32 Januari 2024.", lex.language("id"), lex) if d.month == 1]
    r = D.resolve(d, None, ())
    assert r is not None and r.first == r.last


@pytest.mark.parametrize(
    "code, text, reference, expected",
    [
        # a day and month without a year a few days after the reference are the coming ones
        param("id", "pada 1 Mei", date(2024, 4, 24), ("2024-05-01", "2024-05-01", "day"), id="id-1-mei-a-week-ahead"),
        param("en", "on May 1", date(2024, 4, 24), ("2024-05-01", "2024-05-01", "day"), id="en-may-1-a-week-ahead"),
        # traps: further ahead, or just past, is last year's / this year's past day
        param("id", "pada 1 Juni", date(2024, 4, 24), ("2023-06-01", "2023-06-01", "day"), id="id-1-juni-five-weeks-ahead"),
        param("en", "on April 20", date(2024, 4, 24), ("2024-04-20", "2024-04-20", "day"), id="en-april-20-just-past"),
    ],
)
def test_a_day_just_ahead_of_the_reference_is_the_coming_one(code, text, reference, expected):
    r = D.resolve(only(code, text), reference, near=True)  # a sentence with no word of the past
    assert (r.first.isoformat(), r.last.isoformat(), r.precision) == expected


def test_a_day_just_ahead_in_a_sentence_of_the_past_is_last_year_s():
    r = D.resolve(only("en", "on May 1"), date(2024, 4, 24), near=False)
    assert r.first == date(2023, 5, 1)


def test_a_weekday_date_without_reference_takes_the_one_year_the_text_names_that_fits():
    # "Kamis (22/6)" in a text that names 2017 and no publication date: 22 June 2017 was a Thursday
    r = D.resolve(only("id", "pada Kamis (22/6) malam"), None, (2017,), today=date(2026, 11, 23))
    assert r is not None and r.first == date(2017, 6, 22)


def test_a_weekday_date_without_reference_reads_from_the_latest_of_several_named_years():
    # "Selasa, 25 Oktober" in a text naming 2016 and 2020 (for other things): 2022, the first
    # Tuesday 25 October from the latest named year on, not 2016
    r = D.resolve(only("id", "pada hari Selasa, 25 Oktober"), None, (2016, 2020), today=date(2026, 11, 23))
    assert r is not None and r.first == date(2022, 10, 25)


def test_a_weekday_date_without_reference_stays_unknown_when_no_named_year_fits():
    # trap: 22 June 2018 was a Friday; the text names only 2018
    r = D.resolve(only("id", "pada Kamis (22/6) malam"), None, (2018,), today=date(2026, 11, 23))
    assert r is None or r.first.year != 2018


@pytest.mark.parametrize(
    "code, text, zone",
    [
        # a country of several zones, its places, then the zone named in brackets
        param("id", "Gangguan dimulai sekitar pukul 09:30 waktu Sydney dan Melbourne (AEST), atau pukul 06:30 WIB.", "AEST", id="id-waktu-sydney-dan-melbourne-aest"),
        param("id", "Layanan terhenti pukul 10.15 waktu Toronto (EDT).", "EDT", id="id-waktu-toronto-edt"),
        # trap: no zone in brackets leaves a country of several zones without one
        param("id", "Gangguan dimulai sekitar pukul 09:30 waktu Sydney.", None, id="id-waktu-sydney-no-zone"),
    ],
)
def test_a_zone_in_brackets_after_the_places_of_a_time(code, text, zone):
    assert times(code, text)[0].zone == zone


@pytest.mark.parametrize(
    "code, text",
    [
        # traps: a count of days that is a length, a count too far back to date a day
        param("en", "The app was down for two days.", id="en-a-length"),
        param("en", "It failed 30 days ago.", id="en-too-far-back"),
        param("id", "Layanan down selama dua hari.", id="id-a-length"),
    ],
)
def test_no_days_ago_date(code, text):
    assert not any(d.kind == "relative" for d in mentions(code, text))
