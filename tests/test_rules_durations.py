"""Rules of `outages.extract.durations`: how long an outage lasted.

Per-language tables: `param(language, text, minutes, qualifier)`, grouped by language.
"""

from __future__ import annotations

import pytest
from pytest import param

from outages import lexicon
from outages.extract import durations as DU


def _lex():
    return lexicon.load()


def durations(code: str, text: str, recovery: bool = False) -> list[DU.DurationMention]:
    lex = _lex()
    return DU.find_durations(text, lex.language(code), lex, recovery=recovery)


def only(code: str, text: str, recovery: bool = False) -> DU.DurationMention:
    found = durations(code, text, recovery)
    assert len(found) == 1, f"expected one duration in {text!r}, got {found}"
    d = found[0]
    assert text[d.start : d.end] == d.text
    return d


def read(code: str, text: str, recovery: bool = False) -> tuple[int, str]:
    d = only(code, text, recovery)
    return d.minutes, d.qualifier


# ---------------------------------------------------------------- digits and units

DIGITS = [
    param("id", "WhatsApp down selama 3 jam.", 180, id="id-jam"),
    param("id", "Layanan mati 45 menit.", 45, id="id-menit"),
    param("id", "Jaringan lumpuh 2 hari.", 2880, id="id-hari"),
    param("id", "Gangguan berlangsung 90 menit.", 90, id="id-menit-over-an-hour"),
    param("id", "Pemadaman terjadi selama 2 pekan.", 20160, id="id-pekan"),
    param("en", "WhatsApp was down for 3 hours.", 180, id="en-hours"),
    param("en", "The app failed for 45 minutes.", 45, id="en-minutes"),
    param("en", "Service was disrupted for 2 days.", 2880, id="en-days"),
    param("en", "Logins failed for 90 minutes.", 90, id="en-minutes-over-an-hour"),
    param("en", "Customers were offline for 1 hour.", 60, id="en-singular"),
]


@pytest.mark.parametrize("code, text, minutes", DIGITS)
def test_digits_and_units(code, text, minutes):
    assert read(code, text) == (minutes, "exact")


DECIMALS = [
    param("id", "WhatsApp down selama 1,5 jam.", 90, id="id-comma-1-5"),
    param("id", "Gangguan berlangsung 2,5 jam.", 150, id="id-comma-2-5"),
    param("id", "Listrik padam selama 0,5 hari.", 720, id="id-comma-half-day"),
    param("en", "WhatsApp was down for 1.5 hours.", 90, id="en-point-1-5"),
    param("en", "The outage lasted 2.5 hours.", 150, id="en-point-2-5"),
    param("en", "Power was out for 0.5 days.", 720, id="en-point-half-day"),
]


@pytest.mark.parametrize("code, text, minutes", DECIMALS)
def test_decimals(code, text, minutes):
    assert read(code, text)[0] == minutes


# ---------------------------------------------------------------- number words

NUMBER_WORDS = [
    param("id", "WhatsApp down selama satu jam.", 60, id="id-satu"),
    param("id", "Layanan mati dua jam.", 120, id="id-dua"),
    param("id", "Pemadaman berlangsung tujuh jam.", 420, id="id-tujuh"),
    param("id", "Gangguan terjadi selama sepuluh menit.", 10, id="id-sepuluh"),
    param("id", "Jaringan putus sebelas jam.", 660, id="id-sebelas"),
    param("id", "Aplikasi error selama lima belas menit.", 15, id="id-belas"),
    param("id", "Layanan lumpuh dua belas jam.", 720, id="id-dua-belas"),
    param("id", "Gangguan berlangsung dua puluh menit.", 20, id="id-puluh"),
    param("id", "Server mati dua puluh lima menit.", 25, id="id-puluh-satuan"),
    param("id", "Layanan terhenti tiga puluh menit.", 30, id="id-tiga-puluh"),
    param("id", "Gangguan berlangsung setengah jam.", 30, id="id-setengah"),
    param("id", "WhatsApp down satu setengah jam.", 90, id="id-satu-setengah"),
    param("en", "WhatsApp was down for one hour.", 60, id="en-one"),
    param("en", "The app failed for two hours.", 120, id="en-two"),
    param("en", "The network was out for eleven hours.", 660, id="en-eleven"),
    param("en", "Service was disrupted for twelve hours.", 720, id="en-twelve"),
    param("en", "It lasted thirteen hours.", 780, id="en-thirteen"),
    param("en", "Logins failed for fifteen minutes.", 15, id="en-fifteen"),
    param("en", "The site was down for twenty minutes.", 20, id="en-twenty"),
    param("en", "WhatsApp was down for an hour.", 60, id="en-an-after-for"),
    param("en", "Some customers were offline for a day.", 1440, id="en-a-after-for"),
    param("en", "The feed froze for half an hour.", 30, id="en-half-an-hour"),
    param("en", "The outage went on for two and a half hours.", 150, id="en-and-a-half"),
]


@pytest.mark.parametrize("code, text, minutes", NUMBER_WORDS)
def test_number_words(code, text, minutes):
    assert read(code, text) == (minutes, "exact")


@pytest.mark.parametrize(
    "code, phrase, value",
    [
        param("id", "dua puluh lima", 25, id="id-25"),
        param("id", "tiga belas", 13, id="id-13"),
        param("id", "satu setengah", 1.5, id="id-1.5"),
        param("id", "sebelas", 11, id="id-11"),
        param("id", "empat puluh", 40, id="id-40"),
        param("en", "twenty", 20, id="en-20"),
        param("en", "two and a half", 2.5, id="en-2.5"),
        param("en", "a dozen", 12, id="en-dozen"),
        param("en", "seventeen", 17, id="en-17"),
    ],
)
def test_parse_number_words(code, phrase, value):
    assert DU.parse_number_words(phrase, _lex().language(code)) == value


@pytest.mark.parametrize(
    "code, text",
    [
        param("en", "WhatsApp sends 100 billion messages a day.", id="en-a-day-rate"),
        param("en", "An hour of downtime costs millions.", id="en-an-hour-no-lead"),
        param("en", "Engineers met a day after the crash.", id="en-a-day-after"),
    ],
)
def test_weak_a_an_counts_only_after_a_lead_or_qualifier(code, text):
    assert durations(code, text) == []


# ---------------------------------------------------------------- whole words

WHOLE = [
    param("id", "WhatsApp mati seharian.", 1440, id="id-seharian"),
    param("id", "Layanan terganggu sepanjang hari.", 1440, id="id-sepanjang-hari"),
    param("id", "Listrik padam semalaman.", 480, id="id-semalaman"),
    param("id", "Jaringan down sehari penuh.", 1440, id="id-sehari-penuh"),
    param(
        "id", "Jaringan lumpuh setengah hari.", 720, id="id-setengah-hari",
    ),
    param("en", "The app was down all day.", 1440, id="en-all-day"),
    param("en", "Users were offline the whole day.", 1440, id="en-whole-day"),
    param(
        "en", "The network was out for half a day.", 720, id="en-half-a-day",
    ),
]


@pytest.mark.parametrize("code, text, minutes", WHOLE)
def test_whole_word_durations(code, text, minutes):
    assert read(code, text) == (minutes, "about")


# ---------------------------------------------------------------- qualifiers

QUALIFIERS = [
    # exact
    param("id", "WhatsApp down selama 3 jam.", 180, "exact", id="id-exact-selama"),
    param("id", "Gangguan berlangsung 4 jam.", 240, "exact", id="id-exact-berlangsung"),
    param("id", "Layanan mati dua jam.", 120, "exact", id="id-exact-bare"),
    # about
    param("id", "Gangguan berlangsung sekitar 4 jam.", 240, "about", id="id-about-sekitar"),
    param("id", "Layanan mati kurang lebih 40 menit.", 40, "about", id="id-about-kurang-lebih"),
    param("id", "Aplikasi error kira-kira 10 menit.", 10, "about", id="id-about-kira-kira"),
    param("id", "Jaringan putus sekira 3 jam.", 180, "about", id="id-about-sekira"),
    # up to
    param("id", "Pemadaman bisa berlangsung hingga 6 jam.", 360, "up_to", id="id-up-to-hingga"),
    param("id", "Perbaikan memakan waktu sampai 8 jam.", 480, "up_to", id="id-up-to-sampai"),
    param("id", "Pemeliharaan berlangsung paling lama 2 jam.", 120, "up_to", id="id-up-to-paling-lama"),
    # nearly
    param("id", "WhatsApp down hampir 3 jam.", 180, "nearly", id="id-nearly-hampir"),
    param("id", "Layanan lumpuh nyaris 7 jam.", 420, "nearly", id="id-nearly-nyaris"),
    param("id", "Gangguan berlangsung mendekati 5 jam.", 300, "nearly", id="id-nearly-mendekati"),
    # at least
    param("id", "Listrik padam lebih dari 5 jam.", 300, "at_least", id="id-at-least-lebih-dari"),
    param("id", "Layanan mati setidaknya 2 jam.", 120, "at_least", id="id-at-least-setidaknya"),
    param("id", "Gangguan berlangsung sedikitnya 90 menit.", 90, "at_least", id="id-at-least-sedikitnya"),
    param(
        "id", "WhatsApp down selama 2 jam lebih.", 120, "at_least", id="id-at-least-postposed-lebih",
    ),
    # English exact
    param("en", "WhatsApp was down for 3 hours.", 180, "exact", id="en-exact-for"),
    param("en", "The outage lasted seven hours.", 420, "exact", id="en-exact-lasted"),
    param("en", "The network failed two hours into the shift.", 120, "exact", id="en-exact-bare"),
    # about
    param("en", "The outage lasted about six hours.", 360, "about", id="en-about-about"),
    param("en", "Service was down around 90 minutes.", 90, "about", id="en-about-around"),
    param("en", "Users were offline roughly two hours.", 120, "about", id="en-about-roughly"),
    param("en", "It took approximately 3 hours to recover.", 180, "about", id="en-about-approximately"),
    # up to
    param("en", "Some users were offline up to four hours.", 240, "up_to", id="en-up-to"),
    param("en", "Outages lasted as long as 10 hours.", 600, "up_to", id="en-up-to-as-long-as"),
    param("en", "The outage ran as much as 3 hours.", 180, "up_to", id="en-up-to-as-much-as"),
    # nearly
    param("en", "The app was down nearly five hours.", 300, "nearly", id="en-nearly-nearly"),
    param("en", "Service failed for almost two hours.", 120, "nearly", id="en-nearly-almost"),
    param("en", "The outage stretched close to 6 hours.", 360, "nearly", id="en-nearly-close-to"),
    param("en", "Users were cut off just under three hours.", 180, "nearly", id="en-nearly-just-under"),
    # at least
    param("en", "The network was down at least three hours.", 180, "at_least", id="en-at-least"),
    param("en", "Customers were offline more than 2 hours.", 120, "at_least", id="en-at-least-more-than"),
    param("en", "Service was disrupted over 7 hours.", 420, "at_least", id="en-at-least-over"),
    param("en", "Some users were offline upwards of 10 hours.", 600, "at_least", id="en-at-least-upwards-of"),
]


@pytest.mark.parametrize("code, text, minutes, qualifier", QUALIFIERS)
def test_qualifiers(code, text, minutes, qualifier):
    assert read(code, text) == (minutes, qualifier)


@pytest.mark.parametrize(
    "code, text, quote",
    [
        param("id", "Layanan mati sekitar 4 jam.", "sekitar 4 jam", id="id-about"),
        param("id", "Listrik padam lebih dari 5 jam.", "lebih dari 5 jam", id="id-at-least"),
        param("id", "WhatsApp down hampir 3 jam.", "hampir 3 jam", id="id-nearly"),
        param("en", "The outage lasted about six hours.", "about six hours", id="en-about"),
        param("en", "Customers were offline more than 2 hours.", "more than 2 hours", id="en-at-least"),
        param("en", "Some users were offline up to four hours.", "up to four hours", id="en-up-to"),
    ],
)
def test_the_quote_includes_the_qualifier(code, text, quote):
    assert only(code, text).text == quote


# ---------------------------------------------------------------- compounds

COMPOUNDS = [
    param("id", "WhatsApp down selama 1 jam 30 menit.", 90, id="id-jam-menit"),
    param("id", "Gangguan berlangsung 2 jam dan 15 menit.", 135, id="id-dan"),
    param("id", "Layanan mati 3 jam 5 menit.", 185, id="id-single-digit-minutes"),
    param("id", "Aplikasi error satu jam 30 menit.", 90, id="id-word-then-digits"),
    param("en", "WhatsApp was down for 1 hour 30 minutes.", 90, id="en-hour-minutes"),
    param("en", "The outage lasted 2 hours and 15 minutes.", 135, id="en-and"),
    param("en", "Service was out for 1 hour and 45 minutes.", 105, id="en-and-45"),
]


@pytest.mark.parametrize("code, text, minutes", COMPOUNDS)
def test_compounds(code, text, minutes):
    assert read(code, text) == (minutes, "exact")


# ---------------------------------------------------------------- a lead word makes it the outage's length

LEADS = [
    param("id", "WhatsApp down selama 3 jam.", True, id="id-selama"),
    param("id", "Gangguan berlangsung 4 jam.", True, id="id-berlangsung"),
    param("id", "Layanan terganggu selama sekitar 2 jam.", True, id="id-selama-before-qualifier"),
    param("id", "Jaringan putus 3 jam.", False, id="id-no-lead"),
    param("en", "WhatsApp was down for 3 hours.", True, id="en-for"),
    param("en", "The outage lasted seven hours.", True, id="en-lasted"),
    param("en", "A disruption lasting 4 hours hit users.", True, id="en-lasting"),
    param("en", "Engineers needed 3 hours.", False, id="en-no-lead"),
]


@pytest.mark.parametrize("code, text, has_lead", LEADS)
def test_duration_lead(code, text, has_lead):
    assert only(code, text).has_lead is has_lead


# ---------------------------------------------------------------- traps: rates, windows, points in time

RATES = [
    param("id", "WhatsApp mengirim 100 miliar pesan sehari.", id="id-pesan-sehari"),
    param("id", "Cadangan data dibuat setiap 6 jam.", id="id-setiap"),
    param("id", "Status diperbarui tiap 15 menit.", id="id-tiap"),
    param("id", "Tarif dihitung per 1 jam pemakaian.", id="id-per"),
    param("en", "WhatsApp handles 100 billion messages a day.", id="en-messages-a-day"),
    param("en", "Backups run every 6 hours.", id="en-every"),
    param("en", "The status page refreshes each 15 minutes.", id="en-each"),
    param("en", "Customers pay per 1 hour of use.", id="en-per"),
]


@pytest.mark.parametrize("code, text", RATES)
def test_rates_are_no_duration(code, text):
    assert durations(code, text) == []


DELAYS = [
    param("id", "Sebanyak 14 penerbangan mengalami keterlambatan antara 30 hingga 90 menit.", id="id-keterlambatan"),
    param("id", "Penumpang harus mengantre hingga dua jam di bandara.", id="id-mengantre"),
    param("en", "Passengers faced delays of up to two hours.", id="en-delays-of"),
    param("en", "Flights were delayed by 45 minutes on average.", id="en-delayed-by"),
    param("en", "Customers waited nearly three hours in queues.", id="en-waited"),
    param("en", "She had lined up for nearly an hour at an automated teller machine.", id="en-lined-up-for"),
    param("en", "Passengers stood in line for two hours at the check-in counters.", id="en-stood-in-line"),
    param("en", "Customers were queuing for 40 minutes outside branches.", id="en-queuing"),
]


@pytest.mark.parametrize("code, text", DELAYS)
def test_delays_and_waits_are_no_outage_length(code, text):
    assert durations(code, text) == []


@pytest.mark.parametrize(
    "code, text, minutes",
    [
        # a word of waiting, of a rule or of a forecast in the sentence before is not this length's
        param("id", "Pemain tidak bisa masuk ke dalam gim maupun antrean pertandingan.\n\nGangguan berlangsung sekitar tiga jam.", 180, id="id-queue-in-the-sentence-before"),
        param("en", "Travellers waited at the gates.\nThe outage lasted about two hours.", 120, id="en-wait-in-the-sentence-before"),
        param("en", "The rules say banks should not be down. The app was down for about four hours.", 240, id="en-rule-in-the-sentence-before"),
    ],
)
def test_a_word_in_the_sentence_before_does_not_reach_the_length(code, text, minutes):
    assert [d.minutes for d in durations(code, text)] == [minutes]


WINDOWS = [
    param("id", "Ada 5.000 laporan dalam 24 jam terakhir.", id="id-dalam-24-jam-terakhir"),
    param("id", "Keluhan melonjak dalam 12 jam terakhir.", id="id-dalam-12-jam"),
    param("id", "Gangguan terjadi dua kali dalam dua hari terakhir.", id="id-dalam-dua-hari"),
    param("en", "There were 5,000 reports in the past 24 hours.", id="en-in-the-past"),
    param("en", "Complaints rose in the last 12 hours.", id="en-in-the-last"),
    param("en", "Two outages hit over the past 48 hours.", id="en-over-the-past"),
    # a deadline moved on is no length of the outage
    param("en", "IRS online systems crash on Tax Day; deadline extended by one day", id="en-extended-by"),
    param("en", "The regulator granted an extension of two weeks after the outage.", id="en-extension-of"),
    param("id", "Batas waktu pelaporan SPT diperpanjang satu hari akibat gangguan.", id="id-diperpanjang"),
    param("id", "Kemenkeu memberi perpanjangan tiga hari setelah sistem error.", id="id-perpanjangan"),
]


@pytest.mark.parametrize("code, text", WINDOWS)
def test_windows_are_no_duration(code, text):
    assert durations(code, text) == []


POINTS_IN_TIME = [
    param("id", "Layanan pulih dua jam kemudian.", id="id-kemudian"),
    param("id", "WhatsApp down sejak tiga jam lalu.", id="id-lalu"),
    param("id", "Peringatan dikirim 30 menit sebelumnya.", id="id-sebelumnya"),
    param("id", "Gangguan serupa terjadi 2 hari yang lalu.", id="id-yang-lalu"),
    param("en", "Service came back two hours later.", id="en-later"),
    param("en", "WhatsApp went down 3 hours ago.", id="en-ago"),
    param("en", "A warning was sent 30 minutes earlier.", id="en-earlier"),
    param("en", "Users noticed five minutes before the crash.", id="en-before"),
    param("en", "I reached three hours early for a 3 pm flight and still barely made it.", id="en-early"),
    param("en", "The train ran two hours late.", id="en-late"),
    param("id", "Saya datang tiga jam lebih awal ke bandara.", id="id-lebih-awal"),
]


@pytest.mark.parametrize("code, text", POINTS_IN_TIME)
def test_points_in_time_are_no_duration(code, text):
    assert durations(code, text) == []


RECOVERY_AFTER = [
    param("id", "Layanan pulih dua jam setelah gangguan dimulai.", 120, "exact", id="id-setelah"),
    param("id", "WhatsApp kembali normal sekitar 3 jam setelah down.", 180, "about", id="id-sekitar-setelah"),
    param("id", "Jaringan pulih 90 menit sesudah pemadaman.", 90, "exact", id="id-sesudah"),
    param("en", "Service was restored about five hours after the problems began.", 300, "about", id="en-about-after"),
    param("en", "The app recovered two hours after it crashed.", 120, "exact", id="en-after"),
    param("en", "Access was restored 90 minutes after the outage started.", 90, "exact", id="en-digits-after"),
]


@pytest.mark.parametrize("code, text, minutes, qualifier", RECOVERY_AFTER)
def test_in_a_recovery_sentence_the_time_back_after_the_start_is_the_length(code, text, minutes, qualifier):
    assert read(code, text, recovery=True) == (minutes, qualifier)
    assert durations(code, text, recovery=False) == []


@pytest.mark.parametrize(
    "code, text, minutes",
    [
        param("id", "WhatsApp down selama dua jam setelah pembaruan.", 120, id="id"),
        param("id", "Layanan mati selama 3 jam setelah pemadaman listrik.", 180, id="id-digits"),
        param("id", "Jaringan lumpuh selama 45 menit sesudah badai.", 45, id="id-sesudah"),
        param("en", "WhatsApp was down for two hours after an update.", 120, id="en"),
        param("en", "The site was offline for 3 hours after a power cut.", 180, id="en-digits"),
        param("en", "Users were cut off for 45 minutes after the storm.", 45, id="en-minutes"),
    ],
)
def test_a_lead_keeps_a_duration_followed_by_after(code, text, minutes):
    assert read(code, text) == (minutes, "exact")


@pytest.mark.parametrize(
    "code, text, minutes",
    [
        param("en", "It was a six-hour outage.", 360, id="en-word-hyphen"),
        param("en", "Users endured a 4-hour outage.", 240, id="en-digit-hyphen"),
        param("en", "The seven-hour disruption hit banks.", 420, id="en-seven-hour"),
    ],
)
def test_hyphenated_duration_adjectives(code, text, minutes):
    assert only(code, text).minutes == minutes


@pytest.mark.parametrize(
    "code, text",
    [
        param("id", "Situs DJP Online sulit diakses pada Kamis, tiga hari menjelang batas akhir pelaporan SPT.", id="id-menjelang"),
        param("en", "The portal crashed on Thursday, three days ahead of the filing deadline.", id="en-ahead-of"),
    ],
)
def test_a_span_before_a_deadline_is_no_length(code, text):
    assert durations(code, text) == []


@pytest.mark.parametrize(
    "code, text, minutes",
    [
        param("en", "Zorkbook was down late Thursday for about two hours.", 120, id="en-late-thursday-is-a-time"),
        param("en", "The site went dark late on Tuesday for nearly three hours.", 180, id="en-late-on-tuesday"),
    ],
)
def test_late_in_a_day_is_no_delay(code, text, minutes):
    assert [d.minutes for d in durations(code, text)] == [minutes]


@pytest.mark.parametrize(
    "code, text",
    [
        param("en", "Flights were late by up to three hours.", id="en-late-by"),
        param("en", "Trains ran late for about two hours.", id="en-ran-late"),
    ],
)
def test_running_late_is_a_delay(code, text):
    assert durations(code, text) == []


@pytest.mark.parametrize(
    "code, text",
    [
        # a rule or a limit is no length that happened
        param("en", "Under the rules, banks' critical systems should not be unavailable for more than four hours a year.", id="en-should-not-be-unavailable"),
        param("en", "Operators are required to restore service within 12 hours.", id="en-required-to-restore"),
        param("id", "Sesuai aturan, sistem bank tidak boleh mati lebih dari empat jam.", id="id-tidak-boleh"),
        param("id", "Operator wajib memulihkan layanan paling lambat 24 jam.", id="id-wajib"),
    ],
)
def test_a_rule_or_limit_is_no_length(code, text):
    assert durations(code, text) == []


@pytest.mark.parametrize(
    "code, text",
    [
        # a forecast is no length that happened
        param("en", "The utility warned that supply could remain short for two to three days.", id="en-could-remain"),
        param("en", "Restoring everything could take three to four weeks, the supplier said.", id="en-could-take"),
        param("en", "Repairs will take about six hours, the operator said.", id="en-will-take"),
        param("id", "Perbaikan kabel diperkirakan akan berlangsung selama tiga hari.", id="id-diperkirakan-akan"),
        param("id", "Pemulihan penuh bisa memakan waktu dua minggu, kata perusahaan.", id="id-bisa-memakan-waktu"),
    ],
)
def test_a_forecast_is_no_length(code, text):
    assert durations(code, text) == []


@pytest.mark.parametrize(
    "code, text, minutes",
    [
        # traps: a length that happened, beside "could" used of something else
        param("en", "The outage lasted about six hours, and customers could not pay.", 360, id="en-could-not-after"),
        param("id", "Layanan terganggu selama tiga jam sehingga nasabah tidak bisa bertransaksi.", 180, id="id-terganggu-selama"),
    ],
)
def test_a_length_that_happened_beside_a_modal_stays(code, text, minutes):
    assert [d.minutes for d in durations(code, text)] == [minutes]


@pytest.mark.parametrize(
    "code, text, minutes",
    [
        # in a recovery sentence, the time it took to come back
        param("en", "95% of the network was operating as normal within 49 minutes.", 49, id="en-normal-within"),
        param("id", "Layanan pulih dalam dua jam setelah tim teknis turun tangan.", 120, id="id-pulih-dalam"),
    ],
)
def test_back_within_a_time_is_the_length_in_a_recovery_sentence(code, text, minutes):
    assert [d.minutes for d in durations(code, text, recovery=True)][:1] == [minutes]


def test_within_a_time_before_a_recovery_word_stays_out():
    # "detected the disruption within one minute": no recovery word just before "within"
    found = durations("en", "Kestrel said it detected the disruption within one minute, and was operating as normal within 49 minutes.", recovery=True)
    assert [d.minutes for d in found] == [49]


@pytest.mark.parametrize(
    "code, text",
    [
        # a length of time given back as credit or compensation is no length of the outage
        param("en", "Rogers promises 5 days of credit to every wireless customer.", id="en-days-of-credit"),
        param("en", "It will credit customers the equivalent of five days of service.", id="en-equivalent-of"),
        param("en", "Subscribers get two weeks worth of free streaming as an apology.", id="en-worth-of"),
        param("en", "Customers will see 3 days in credits on their next bill.", id="en-in-credits"),
        param("id", "Telkomsel memberikan kompensasi 3 hari kuota gratis kepada pelanggan.", id="id-kompensasi"),
        param("id", "Pelanggan mendapat bonus 7 hari masa aktif dari operator.", id="id-bonus-hari"),
        param("en", "Customers will receive a credit equivalent to three days' service on their next bill.", id="en-equivalent-to"),
        param("en", "Each account gets the equivalent to 48 hours of free data.", id="en-the-equivalent-to"),
        param("id", "Pelanggan mendapat potongan tagihan setara tiga hari berlangganan.", id="id-setara"),
        param("id", "Operator memberi kuota senilai 2 hari pemakaian kepada pelanggan terdampak.", id="id-senilai"),
    ],
)
def test_time_given_back_is_no_duration(code, text):
    assert durations(code, text) == []


@pytest.mark.parametrize(
    "code, text, minutes",
    [
        # traps: a length still stands before or after other words
        param("en", "The outage lasted 15 hours, and customers will get a credit.", 900, id="en-lasted-then-credit"),
        param("en", "Customers went five days of outage without a word from the company.", 7200, id="en-days-of-outage"),
        param("id", "Gangguan berlangsung selama lima jam sebelum kompensasi diumumkan.", 300, id="id-selama-lalu-kompensasi"),
        param("id", "Gangguan berlangsung selama tiga jam, dan kompensasinya setara dengan tagihan sehari.", 180, id="id-selama-lalu-setara"),
        param("en", "The outage lasted about six hours, equivalent to a full working day for many firms.", 360, id="en-lasted-then-equivalent-to"),
    ],
)
def test_a_length_beside_words_of_credit_still_counts(code, text, minutes):
    assert only(code, text).minutes == minutes


@pytest.mark.parametrize(
    "code, text",
    [
        # in a sentence of recovery, a recovery yet to come with its time is no length either
        param("en", "The system is expected to be restored within two hours, the official said.", id="en-expected-to-be-restored-within"),
        param("en", "Service should be back within 90 minutes, the bank said.", id="en-should-be-back-within"),
        param("id", "Layanan ditargetkan pulih dalam dua jam, kata perusahaan.", id="id-ditargetkan-pulih-dalam"),
    ],
)
def test_a_recovery_forecast_is_no_length(code, text):
    assert durations(code, text, recovery=True) == []


@pytest.mark.parametrize(
    "code, text",
    [
        # a wait after the service came back is no length of the outage
        param("en", "He received a text saying service had been restored nearly an hour after his connection came back.", id="en-an-hour-after-it-came-back"),
        param("id", "Notifikasi pemulihan baru masuk sekitar satu jam setelah layanan kembali normal.", id="id-satu-jam-setelah-kembali-normal"),
    ],
)
def test_a_wait_after_the_recovery_is_no_length(code, text):
    assert durations(code, text, recovery=True) == []


def test_restored_hours_after_the_start_is_still_the_length():
    # trap: "after" the outage's start, in a recovery sentence, is its length
    assert read("en", "Service was restored about two hours after the outage began.", recovery=True) == (120, "about")


@pytest.mark.parametrize(
    "code, text, expected",
    [
        # hours of supply promised are a service level, no length of an outage
        param("en", "Band A customers are promised at least 20 hours of supply daily.", [], id="en-hours-of-supply"),
        param("en", "Customers get 18 hours of power supply a day under the new tariff.", [], id="en-hours-of-power-supply"),
        # traps: hours without power, or of power cuts, are lengths
        param("en", "Residents were left without power for 20 hours.", [1200], id="en-without-power-for"),
        param("en", "Residents endured 20 hours of power cuts.", [1200], id="en-hours-of-power-cuts"),
    ],
)
def test_hours_of_supply_are_no_length(code, text, expected):
    assert [d.minutes for d in durations(code, text)] == expected


@pytest.mark.parametrize(
    "code, text, expected",
    [
        # the time it took to notice the fault is no length
        param("id", "Dalam waktu satu menit, Fastly sudah mendeteksi gangguan tersebut.", [], id="id-fronted-mendeteksi"),
        param("en", "Within two minutes, engineers had identified the faulty server.", [], id="en-fronted-identified"),
        param("en", "Monitoring systems detected the problem within 90 seconds.", [], id="en-detected-within"),
        param("id", "Tim kami mengidentifikasi masalah dalam 15 menit.", [], id="id-mengidentifikasi-dalam"),
        # traps: a length with a verb of finding later in another clause, or in the next sentence, stays
        param("en", "The app was down for two hours. Engineers later identified a faulty switch.", [120], id="en-next-sentence"),
        param("en", "The app was down for two hours before engineers identified the fault.", [120], id="en-not-fronted"),
        param("id", "Selama tiga jam, layanan BCA mobile tidak bisa diakses.", [180], id="id-fronted-no-finding"),
    ],
)
def test_the_time_to_notice_a_fault_is_no_length(code, text, expected):
    assert [d.minutes for d in durations(code, text)] == expected


@pytest.mark.parametrize(
    "code, text, expected",
    [
        # a length written as a modifier is the outage's only before an outage word
        param("en", "Snapchat down and I've lost a 700-day streak.", [], id="en-700-day-streak"),
        param("en", "Nurses on a 12-hour shift could not clock in when the system failed.", [], id="en-12-hour-shift"),
        param("en", "The 24-hour news cycle moved on.", [], id="en-24-hour-news-cycle"),
        param("en", "The line reopened after a two-day suspension.", [2880], id="en-two-day-suspension"),
        param("en", "Traders blamed a glitch for the four-hour halt.", [240], id="en-four-hour-halt"),
        param("en", "Rogers apologised for the 19-hour outage.", [1140], id="en-19-hour-outage"),
        param("en", "Iran lifted a six-hour nationwide shutdown.", [360], id="en-one-word-between"),
    ],
)
def test_a_length_as_a_modifier_is_the_outage_s_only_before_an_outage_word(code, text, expected):
    assert [d.minutes for d in durations(code, text)] == expected


@pytest.mark.parametrize(
    "code, text",
    [
        # the length of a streak or a trial is no outage's
        param("id", "Streak 742 hari gue jangan sampai hilang cuma gara-gara servernya tumbang.", id="id-streak-742-hari"),
        param("en", "My streak of 412 days is gone because the app went down.", id="en-streak-of"),
        # minutes of calls given as compensation are airtime, no outage's length
        param("en", "Each affected subscriber will receive 2GB of data and 30 minutes of on-net calls.", id="en-minutes-of-on-net-calls"),
        param("en", "Customers get 100 minutes of airtime as an apology.", id="en-minutes-of-airtime"),
        param("id", "Pelanggan terdampak mendapat kuota 2GB dan 30 menit telepon ke sesama operator.", id="id-menit-telepon"),
    ],
)
def test_a_streak_a_trial_or_minutes_of_calls_are_no_length(code, text):
    assert [d.minutes for d in durations(code, text)] == []


def test_an_outage_that_ended_a_streak_keeps_its_length():
    # trap: the streak is named after the length
    assert [d.minutes for d in durations("en", "The app was down for 3 hours, ending my streak.")] == [180]


def test_a_length_before_a_queue_told_after_it_still_counts():
    # trap: the queue comes after the length, which is the outage's
    assert read("en", "The app was down for nearly an hour, and users lined up at branches.")[0] == 60


@pytest.mark.parametrize(
    "code, text",
    [
        # a total over several outages, told by a plural of outage after the length
        param("en", "Figures showed the big lenders had racked up more than 800 hours of IT failures between them.", id="en-hours-of-it-failures"),
        param("en", "Last year the network logged 96 hours of outages in all.", id="en-hours-of-outages"),
        param("en", "Regulators counted 1,200 minutes of service disruptions across the four carriers.", id="en-minutes-of-service-disruptions"),
        param("id", "Bank itu mencatat 800 jam dari gangguan-gangguan sepanjang tahun.", id="id-plural-said-twice"),
        # four digits of a 24-hour clock before "hours" are a time of day
        param("en", "Customers could not buy credit from about 2300 hours on Saturday until 0930 hours on Sunday.", id="en-2300-hours"),
        param("en", "The portal went offline at 0645 hrs and came back at 1010 hrs.", id="en-0645-hrs"),
    ],
)
def test_a_total_of_many_outages_or_a_clock_time_is_no_length(code, text):
    assert [d.minutes for d in durations(code, text)] == []


@pytest.mark.parametrize(
    "code, text, minutes",
    [
        # traps: a singular after "of" is one outage's length; a plural that is no outage
        param("en", "The bank suffered six hours of downtime on Friday.", 360, id="en-hours-of-downtime"),
        param("en", "The app was down for three hours of frustration for customers.", 180, id="en-hours-of-frustration"),
        param("en", "Payments failed for two hours of peak trading, with orders piling up.", 120, id="en-hours-of-trading"),
        param("id", "Layanan down selama tiga jam dari pukul 10.00 WIB.", 180, id="id-dari-before-a-clock-time"),
        # ... lengths in hours that are no clock times
        param("en", "The outage lasted 36 hours.", 2160, id="en-36-hours"),
        param("en", "The outage lasted 100 hours in all.", 6000, id="en-100-hours"),
        param("en", "The network was down for 72 hours.", 4320, id="en-72-hours"),
    ],
)
def test_lengths_beside_totals_and_clock_times_stay(code, text, minutes):
    assert [d.minutes for d in durations(code, text)] == [minutes]
