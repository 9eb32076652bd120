"""Rules of `outages.extract.metadata` (language, publication date, bylines, datelines), and
whole short articles through `outages.extract.pipeline.extract`.

Per-language tables, grouped by language; the articles are written for these tests.
"""

from __future__ import annotations

import pytest
from pytest import param

from outages import lexicon
from outages import text as T
from outages.extract import metadata as M
from outages.extract.pipeline import extract
from outages.models import Article


def _lex():
    return lexicon.load()


def _xfail(reason: str):
    return pytest.mark.xfail(reason="extractor: " + reason, strict=True)


# ---------------------------------------------------------------- detect_language

LANGUAGE = [
    param("id", "Aplikasi ini tidak bisa dibuka oleh para pengguna di sejumlah daerah sejak pagi.", id="id-tidak-bisa"),
    param("id", "Layanan sudah pulih dan bisa digunakan kembali, kata perusahaan itu.", id="id-sudah-pulih"),
    param("id", "Gangguan tersebut juga dirasakan pengguna yang berada di luar negeri.", id="id-gangguan-tersebut"),
    param("id", "Pelanggan mengeluhkan jaringan yang mati dengan alasan yang belum jelas.", id="id-pelanggan"),
    param("en", "The app was down for hours and users were angry about it.", id="en-app-down"),
    param("en", "Users said that the service is working again after the fix.", id="en-working-again"),
    param("en", "Service was restored in the evening, the company said in a statement.", id="en-restored"),
    param("en", "Thousands of customers reported problems with their accounts on Monday.", id="en-customers"),
]


@pytest.mark.parametrize("code, text", LANGUAGE)
def test_detect_language(code, text):
    assert M.detect_language(text, _lex()) == code


@pytest.mark.parametrize("text", ["", "12345 !!! 678", "— · —"])
def test_detect_language_without_words_is_none(text):
    assert M.detect_language(text, _lex()) is None


# ---------------------------------------------------------------- date_from_url

URLS = [
    # a 14-digit timestamp before the article's numbers (CNN Indonesia, CNBC Indonesia)
    param("https://www.example.com/teknologi/20220704153012-185-817463/aplikasi-error", "2022-07-04", id="timestamp-14-digits"),
    param("https://www.example.com/tech/20240910101500-37-570000/layanan-down", "2024-09-10", id="timestamp-14-digits-2"),
    param("https://tekno.example.com/read/2022/10/25/09150067/whatsapp-down", "2022-10-25", id="read-slashes"),
    param("https://www.example.co.id/read/2021/10/05/101500/facebook-tumbang", "2021-10-05", id="read-slashes-2021"),
    param("https://news.example.com/2023/3/7/instagram-outage", "2023-03-07", id="slashes-single-digits"),
    param("https://example.com/tech/2022/10/25/", "2022-10-25", id="slashes-trailing"),
    param("https://example.com/tech/2019/08/04", "2019-08-04", id="slashes-at-end"),
    param("https://example.id/berita/20221025/whatsapp-error", "2022-10-25", id="compact"),
    param("https://example.id/berita/whatsapp-error-20231204.html", "2023-12-04", id="compact-in-slug"),
    param("https://example.id/berita/20190804_listrik-padam", "2019-08-04", id="compact-underscore"),
    param("https://example.com/2023-06-21/instagram-restored", "2023-06-21", id="iso"),
]


@pytest.mark.parametrize("url, expected", URLS)
def test_date_from_url(url, expected):
    got = M.date_from_url(url)
    assert got is not None and got.isoformat() == expected


@pytest.mark.parametrize(
    "url, expected",
    [
        param("https://www.theguardian.com/business/2025/feb/28/bank-outage-compensation", "2025-02-28", id="guardian-month-abbr"),
        param("https://example.com/news/2024/march/5/outage", "2024-03-05", id="month-name"),
        param("https://example.co.id/berita/2023/mei/8/gangguan", "2023-05-08", id="indonesian-month"),
    ],
)
def test_date_from_url_with_a_month_name(url, expected):
    from outages.extract.dates import _lower_months

    months = _lower_months("en")  # every language's month names, lower case
    got = M.date_from_url(url, months)
    assert got is not None and got.isoformat() == expected
    assert M.date_from_url("https://example.com/2024/xyz/5/outage", months) is None


@pytest.mark.parametrize(
    "url",
    [
        param(None, id="none"),
        param("https://example.com/news/whatsapp-down", id="no-date"),
        param("https://example.com/2022/13/40/bad", id="impossible-date"),
        param("https://example.com/article/123456789", id="long-number"),
        param("https://example.com/news/2022/whatsapp", id="year-only"),
        param("https://example.com/news/45/12/2019/x", id="day-first-impossible"),
        param("https://example.com/a/1/2/3", id="small-numbers"),
    ],
)
def test_date_from_url_without_a_date_is_none(url):
    assert M.date_from_url(url) is None


@pytest.mark.parametrize(
    "url, expected",
    [
        # day, month, year in the path (Jawa Pos), after a year-first path is looked for
        param("https://www.jawapos.com/oto-dan-tekno/12/12/2019/jd-id-error/", "2019-12-12", id="day-first"),
        param("https://www.jawapos.com/nasional/31/01/2020/x/", "2020-01-31", id="day-first-31"),
        param("https://example.com/2020/01/31/x/", "2020-01-31", id="year-first-still"),
    ],
)
def test_date_from_url_day_first(url, expected):
    assert M.date_from_url(url).isoformat() == expected


# ---------------------------------------------------------------- find_byline

BYLINES = [
    param("id", "WhatsApp Down Lagi\nKamis, 16 Mar 2023 14:05 WIB\n\nLayanan terganggu.", 1, "2023-03-16T14:05:00+07:00", id="id-weekday-abbr-wib"),
    param("id", "Judul Berita\nSenin, 13 Feb 2023 09:05 WIB\n\nIsi berita.", 1, "2023-02-13T09:05:00+07:00", id="id-senin"),
    param("id", "Judul\nDiterbitkan 12 Apr 2019, 07:45 WIB\n\nIsi berita.", 1, "2019-04-12T07:45:00+07:00", id="id-diterbitkan"),
    param("id", "Judul\nDiperbarui 21 Jul 2022, 16:30 WIB\n\nIsi berita.", 1, "2022-07-21T16:30:00+07:00", id="id-diperbarui"),
    param("id", "Judul\nSabtu, 4 November 2023 | 19:20 WIB\n\nIsi.", 1, "2023-11-04T19:20:00+07:00", id="id-pipe"),
    param("id", "Judul\nJumat, 08 Sep 2023 08:00 WITA\n\nIsi.", 1, "2023-09-08T08:00:00+08:00", id="id-wita"),
    param("id", "Judul\nOleh: Rina Wati\nKamis, 16 Mar 2023 14:05 WIB\nIsi berita.", 2, "2023-03-16T14:05:00+07:00", id="id-after-author"),
    param("en", "Title\nUpdated Mar. 16, 2023 at 2:05 p.m. ET\n\nBody.", 1, "2023-03-16T14:05:00-04:00", id="en-updated-et-summer"),
    param("en", "Title\nUpdated Jan. 9, 2024 at 11:40 a.m. ET\n\nBody.", 1, "2024-01-09T11:40:00-05:00", id="en-updated-et-winter"),
    param("en", "Title\nPublished July 20, 2022 at 6:15 p.m. ET\n\nBody.", 1, "2022-07-20T18:15:00-04:00", id="en-published"),
    param("en", "Title\nPublished 3 May 2023, 14:00 BST\n\nBody.", 1, "2023-05-03T14:00:00+01:00", id="en-bst"),
    param("en", "Title\nNovember 8, 2023 7:30 AM PT\n\nBody.", 1, "2023-11-08T07:30:00-08:00", id="en-pt"),
    param("en", "Title\nBy Jane Roe\nUpdated Mar. 16, 2023 at 2:05 p.m. ET\nBody.", 2, "2023-03-16T14:05:00-04:00", id="en-after-author"),
]


BYLINES += [
    # copied from a page: the year glued to the time, the zone to the next word; GMT+7 is an offset
    param("en", "Title\n\nMarch 5, 20243:42 PM GMT+7Updated 2 hours ago\n\nBody.", 2, "2024-03-05T15:42:00+07:00", id="en-glued-reuters"),
    # a byline in capitals
    param("en", "Title\n\nSue Tan\nUPDATED OCT 15, 2023, 12:51 AM\n\nBody.", 3, "2023-10-15", id="en-caps-updated"),
    param("en", "Title\nPUBLISHED MARCH 3, 2024\n\nBody.", 1, "2024-03-03", id="en-caps-published"),
    # an author byline may carry the author's handle
    param("en", "Title\n\nPosted Mar 4, 2024 by Jo Park (@jopark)\n\nBody.", 2, "2024-03-04", id="en-posted-by-handle"),
    # the outlet's name, a slash, then the time before the date
    param("en", "Title\n\nThe Daily Kestrel / 06:45 PM January 15, 2024\n\nBody.", 2, "2024-01-15", id="en-outlet-slash-time-date"),
    param("en", "Title\n\nMetro Desk / 9:10 AM March 2, 2023\n\nBody.", 2, "2023-03-02", id="en-desk-slash-time-date"),
    # a day written as an ordinal before the month
    param("en", "Title\n\nBy STV News\nThursday, 20th October 2022, 1:52pm\n\nBody.", 3, "2022-10-20", id="en-ordinal-day-first"),
    param("en", "Title\n\nPublished 1st March 2024\n\nBody.", 2, "2024-03-01", id="en-ordinal-published"),
    # month, day and year apart by spaced dashes
    param("en", "Title\n\nBusiness News | Kofi Mensah | Aug - 19 - 2024 , 07:42\n\nBody.", 2, "2024-08-19", id="en-spaced-dashes"),
    param("en", "Title\n\nGeneral News | Mar - 3 - 2021\n\nBody.", 2, "2021-03-03", id="en-spaced-dashes-no-time"),
    # all digits in English: in the order of the place the line names (CLDR through Babel)
    param("en", "Title\n\nThe Jakarta Post - 06/11/2024, 10:15 WIB\n\nBody.", 2, "2024-11-06T10:15:00+07:00", id="en-digits-jakarta-day-first"),
    param("en", "Title\n\nNEW DELHI, 06/11/2024 |\n\nBody.", 2, "2024-11-06", id="en-digits-capitals-day-first"),
    param("en", "Title\n\nPosted 06/11/2024 10:15 AM EST\n\nBody.", 2, "2024-06-11T10:15:00-05:00", id="en-digits-no-place-month-first"),
    param("en", "Title\n\nNEW YORK | 06/11/2024\n\nBody.", 2, "2024-06-11", id="en-digits-us-month-first"),
    param("id", "Judul\n\nKompas.com - 06/11/2024, 10:15 WIB\n\nIsi.", 2, "2024-11-06T10:15:00+07:00", id="id-digits-day-first"),
]


@pytest.mark.parametrize("code, text, line, value", BYLINES)
def test_find_byline(code, text, line, value):
    lex = _lex()
    b = M.find_byline(text, T.lines(text), lex.language(code), lex)
    assert b is not None
    assert (b.line, b.value) == (line, value)
    assert text[b.start : b.end] == T.lines(text)[line].text


@pytest.mark.parametrize(
    "text, value",
    [
        # a long byline that ends in a full stop still counts when a cue opens it or a bar parts it
        param("Title\n\nBy Jane Doe and John Roe, Technology Correspondents | Published 14 May 2024, 10.30 a.m.\n\nBody.", "2024-05-14", id="en-bar"),
        param("Title\n\nPublished by the Zorkshire Gazette news desk on Tuesday, 14 May 2024 at 10.30 a.m.\n\nBody.", "2024-05-14", id="en-cue-first"),
    ],
)
def test_a_long_byline_with_a_cue_or_a_bar(text, value):
    lex = _lex()
    b = M.find_byline(text, T.lines(text), lex.language("en"), lex)
    assert b is not None and b.value[:10] == value


@pytest.mark.parametrize(
    "code, text, value",
    [
        param("id", "Judul\n\nIsi berita pertama.\nIsi kedua.\n\nDiperbarui 21 Jul 2022, 16:30 WIB", "2022-07-21T16:30:00+07:00", id="id-at-the-end"),
        param("en", "Title\n\nBody one.\nBody two.\n\nPublished 3 May 2023, 14:00 BST", "2023-05-03T14:00:00+01:00", id="en-at-the-end"),
    ],
)
def test_find_byline_at_the_end(code, text, value):
    lex = _lex()
    b = M.find_byline(text, T.lines(text), lex.language(code), lex)
    assert b is not None and b.value == value


@pytest.mark.parametrize(
    "code, text",
    [
        param("id", "Judul\n\nIsi berita tanpa tanggal.\nLayanan pulih sore hari.", id="id-no-date"),
        param("id", "Judul\nSenin pagi\n\nIsi berita.", id="id-weekday-only"),
        param("en", "Title\n\nBody without a date.\nMore body.", id="en-no-date"),
        param("en", "Title\nUpdated 5 minutes ago\n\nBody.", id="en-relative-stamp"),
        # an embedded post's signature is the post's date, not the article's
        param("en", "Title\n\nBody.\n\n— Slack Status (@SlackStatus) March 4, 2024\n\nMore body.", id="en-embedded-post"),
        param("id", "Judul\n\nIsi berita.\n\n— Telkomsel (@Telkomsel) 5 Maret 2024\n\nIsi lain.", id="id-embedded-post"),
    ],
)
def test_find_byline_without_a_full_date_is_none(code, text):
    lex = _lex()
    assert M.find_byline(text, T.lines(text), lex.language(code), lex) is None


PROSE_WITH_DATES = [
    param("id", "Judul\n\nLayanan WhatsApp down pada Selasa (14/3/2023) pukul 15.20 WIB.\n\nIsi lain.", id="id-date-and-wib"),
    param("id", "Judul\n\nListrik padam di Jawa pada 4 Agustus 2019 sekitar pukul 11.50 WIB.\n\nIsi lain.", id="id-month-name-and-wib"),
    param("id", "Judul\n\nGmail tidak bisa diakses oleh pengguna di Indonesia pada Senin (4/12/2023) pagi.\n\nIsi lain.", id="id-oleh"),
    param("en", "Title\n\nSlack went down at 9:00 a.m. PT on Feb. 22, 2024.\n\nBody.", id="en-time-and-date"),
    param("en", "Title\n\nThe outage began on March 3, 2023 at 14:00 GMT and lasted two hours.\n\nBody.", id="en-began-gmt"),
    param("en", "Title\n\nInstagram was down on June 21, 2023, as reported by users on Downdetector.\n\nBody.", id="en-by"),
    # "by" in a long sentence of prose that names no service the lexicon knows, nor an outage word
    param("en", "Title\n\nShoppers were unable to pay by card at Zorkmart stores on Tuesday, 14 May 2024.\n\nBody.", id="en-by-card"),
    param("en", "Title\n\nResidents were told by the council to boil their water from Monday, 3 June 2024 onwards.\n\nBody.", id="en-told-by"),
    param("en", "Title\n\nThe ticket gates were left open by staff at most stations on Friday, 7 June 2024, officials said.\n\nBody.", id="en-left-open-by"),
]


@pytest.mark.parametrize("code, text", PROSE_WITH_DATES)
def test_a_prose_sentence_with_a_date_is_no_byline(code, text):
    lex = _lex()
    assert M.find_byline(text, T.lines(text), lex.language(code), lex) is None


# ---------------------------------------------------------------- dateline_span

DATELINES = [
    param("Jakarta - Layanan WhatsApp down.", "Jakarta - ", id="id-city"),
    param("JAKARTA, KOMPAS.com - Pengguna melapor.", "JAKARTA, KOMPAS.com - ", id="id-caps-outlet"),
    param("Liputan6.com, Jakarta - Aplikasi error.", "Liputan6.com, Jakarta - ", id="id-outlet-first"),
    param("Jakarta, CNN Indonesia -- Gangguan terjadi.", "Jakarta, CNN Indonesia -- ", id="id-double-dash"),
    param("Surabaya (ANTARA) - Jaringan putus.", "Surabaya (ANTARA) - ", id="id-agency"),
    param("Jakarta, Beritasatu.com \u2013 Layanan down.", "Jakarta, Beritasatu.com \u2013 ", id="id-en-dash"),
    param("LONDON (Reuters) - Facebook went down.", "LONDON (Reuters) - ", id="en-reuters"),
    param("SAN FRANCISCO, Oct 4 (Reuters) - Users lost access.", "SAN FRANCISCO, Oct 4 (Reuters) - ", id="en-with-date"),
    param("NEW YORK, June 6 (Reuters) - Gmail failed.", "NEW YORK, June 6 (Reuters) - ", id="en-new-york"),
    param("TORONTO \u2014 Rogers customers lost service.", "TORONTO \u2014 ", id="en-em-dash"),
    # a wire's dateline with a date and no dash
    param("Abuja, Dec. 10, 2025 (NAN) The Zorkpay platform failed.", "Abuja, Dec. 10, 2025 (NAN) ", id="en-agency-no-dash"),
    param("Kuala Lumpur, 3 March (Bernama) Zorkbank customers could not log in.", "Kuala Lumpur, 3 March (Bernama) ", id="en-agency-day-first-no-dash"),
]


@pytest.mark.parametrize("text, head", DATELINES)
def test_dateline_span(text, head):
    assert text[: M.dateline_span(text)] == head


NOT_DATELINES = [
    param("Layanan WhatsApp down pada Senin pagi.", id="id-no-dash"),
    param("Pengguna mengeluh: layanan error.", id="id-colon"),
    param("WhatsApp went down on Monday, the company said.", id="en-no-dash"),
    param(
        "WhatsApp - aplikasi milik Meta - down pada Senin.", id="id-parenthetical-dash-after-service",
    ),
    param(
        "Menurut Meta, layanan - termasuk Instagram - sudah pulih.", id="id-parenthetical-dash",
    ),
    param(
        "Slack - the workplace chat app - went down on Tuesday.", id="en-parenthetical-dash-after-service",
    ),
    param(
        "Meanwhile, users said the site - popular in Asia - failed.", id="en-parenthetical-dash",
    ),
    # no dash and no day in the brackets' lead: a company's name
    param("PT Bank Zork, 2024 (Persero) Tbk said its app failed.", id="id-company-year-brackets"),
    param("Zorkpay, Heronpay and 3 others (ZHP) Group said its app failed.", id="en-brackets-no-date"),
]


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_no_dateline(text):
    assert M.dateline_span(text) == 0


# ---------------------------------------------------------------- whole articles through the pipeline

ID_MAIN = """WhatsApp Down, Pengguna Tak Bisa Kirim Pesan

Jakarta - Layanan pesan instan WhatsApp mengalami gangguan pada Selasa (14/3/2023) sejak pukul 15.20 WIB, sehingga banyak pengguna di berbagai kota yang mengeluhkan pesan mereka tidak terkirim dan hanya bercentang satu di layar ponsel.

Pengguna di Indonesia dan Malaysia tidak bisa mengirim pesan selama sekitar 2 jam.

Juru bicara Meta mengatakan gangguan disebabkan kesalahan konfigurasi pada server.

Layanan kembali normal pukul 17.25 WIB."""

ID_MAIN_SHORT_LEAD = """WhatsApp Down, Pengguna Tak Bisa Kirim Pesan

Jakarta - Layanan WhatsApp mengalami gangguan pada Selasa (14/3/2023) sejak pukul 15.20 WIB.

Pengguna di Indonesia dan Malaysia tidak bisa mengirim pesan selama sekitar 2 jam.

Juru bicara Meta mengatakan gangguan disebabkan kesalahan konfigurasi pada server.

Layanan kembali normal pukul 17.25 WIB."""

EN_MAIN = """Instagram restored after outage

Singapore (Reuters) - Instagram was down for thousands of users in Japan and Australia on Wednesday, June 21, 2023, according to outage tracking website Downdetector. The disruption began at 10:15 a.m. ET and lasted nearly three hours.

A Meta spokesperson said a software update caused the outage, and that it was not a cyberattack."""

EN_MAIN_SHORT_LEAD = """Instagram restored after outage

Instagram went down for users in Japan and Australia at 10:15 a.m. ET on June 21, 2023.

The disruption lasted nearly three hours. A Meta spokesperson said a software update caused the outage."""

ID_HISTORY = """Gmail Error, Pengguna Tak Bisa Buka Email

Jakarta - Layanan surel Gmail tidak bisa diakses sejumlah pengguna di Indonesia pada Senin (4/12/2023) pagi, menurut laporan yang masuk ke situs pemantau gangguan Downdetector sejak sekitar pukul 08.00 WIB hingga menjelang siang hari.

Gmail juga pernah down pada Agustus 2020 karena masalah pada sistem penyimpanan."""

EN_HISTORY = """Slack suffers outage

Slack users were unable to send messages on Thursday, Feb. 22, 2024, as the workplace chat app suffered an outage that lasted about four hours, the company said.

Slack also went down in January 2021, on the first working day of the year."""

ID_FEATURE = """WhatsApp Meluncurkan Fitur Baru untuk Grup

Jakarta - WhatsApp meluncurkan fitur baru yang memungkinkan admin grup menyetujui anggota baru. Fitur ini tersedia mulai Kamis (8/6/2023) untuk pengguna Android dan iOS."""

ID_SCAM = """Waspada Penipuan Berkedok Hadiah dari BCA

Jakarta - Nasabah BCA diminta waspada terhadap modus penipuan yang menyebar lewat WhatsApp sejak Senin (12/6/2023). Pelaku mengirim tautan palsu yang meminta data rekening."""

ID_HOWTO = """Cara Mengatasi WhatsApp Error dan Tidak Bisa Kirim Pesan

Jakarta - Jika WhatsApp tidak bisa mengirim pesan, pengguna bisa mencoba beberapa langkah berikut. Pertama, periksa koneksi internet. Kedua, perbarui aplikasi ke versi terbaru."""

EN_SCAM = """Netflix warns of phishing scam

Netflix customers are being targeted by a phishing scam that claims their account has been suspended, the company said on Tuesday. The emails ask users to update their payment details."""

EN_FEATURE = """Spotify launches new feature for podcasts

Spotify on Thursday launched a new feature that lets listeners comment on podcast episodes. The feature is rolling out to users in the US and Canada."""

EN_EARNINGS = """Alphabet earnings beat estimates as YouTube ads grow

Alphabet reported quarterly results on Tuesday that beat analyst estimates, as revenue from YouTube ads rose 12 percent. Shares rose 5 percent in after-hours trading."""

ID_AFTERMATH = """Telkomsel Beri Kompensasi Pelanggan Terdampak Gangguan

Jakarta - Telkomsel memberikan kompensasi berupa kuota gratis kepada pelanggan yang terdampak gangguan jaringan pada Selasa (6/6/2023). Saat itu layanan Telkomsel lumpuh selama 5 jam di Sumatera."""

ID_AFTERMATH_DATED = """Kominfo Jatuhkan Sanksi ke Telkomsel

Jakarta - Kominfo menjatuhkan sanksi kepada Telkomsel pada Kamis (22/6/2023) terkait gangguan jaringan yang terjadi pada Selasa (6/6/2023). Saat itu layanan Telkomsel lumpuh selama 5 jam di Sumatera."""

EN_AFTERMATH = """Optus offers customers free data after outage

Optus will give customers 200GB of free data as compensation for the outage on Wednesday, Nov. 8, which left millions of Australians without mobile service for about 12 hours."""

EN_AFTERMATH_DATED = """Optus to compensate customers

Optus said on Monday it would offer customers extra data as compensation for the nationwide outage on Wednesday, Nov. 8, which left millions of Australians without mobile service for about 12 hours."""

EN_AFTERMATH_REGULATOR = """Rogers outage: regulator orders report

Canada's telecom regulator on Tuesday ordered Rogers to explain the outage that knocked out internet and mobile service for millions of customers across Canada on Friday, July 8, 2022, for about 19 hours."""

# name -> (language, published, text)
ARTICLES = {
    "id-main": ("id", "2023-03-14", ID_MAIN),
    "id-main-short-lead": ("id", "2023-03-14", ID_MAIN_SHORT_LEAD),
    "en-main": ("en", "2023-06-21", EN_MAIN),
    "en-main-short-lead": ("en", "2023-06-21", EN_MAIN_SHORT_LEAD),
    "id-history": ("id", "2023-12-04", ID_HISTORY),
    "en-history": ("en", "2024-02-22", EN_HISTORY),
    "id-feature": ("id", "2023-06-08", ID_FEATURE),
    "id-scam": ("id", "2023-06-13", ID_SCAM),
    "id-howto": ("id", "2023-06-13", ID_HOWTO),
    "en-scam": ("en", "2023-06-13", EN_SCAM),
    "en-feature": ("en", "2023-06-15", EN_FEATURE),
    "en-earnings": ("en", "2023-07-26", EN_EARNINGS),
    "id-aftermath": ("id", "2023-06-09", ID_AFTERMATH),
    "id-aftermath-dated": ("id", "2023-06-22", ID_AFTERMATH_DATED),
    "en-aftermath": ("en", "2023-11-13", EN_AFTERMATH),
    "en-aftermath-dated": ("en", "2023-11-13", EN_AFTERMATH_DATED),
    "en-aftermath-regulator": ("en", "2022-07-12", EN_AFTERMATH_REGULATOR),
}


def run(name: str, language: str | None = "from-table", **kw):
    code, published, text = ARTICLES[name]
    article = Article(file=f"{name}.txt", text=text, published=published, language=code if language == "from-table" else language, **kw)
    return extract(article)



MAIN = [
    param(
        "id-main",
        dict(
            services=["WhatsApp"], start="2023-03-14T15:20:00+07:00", precision="minute", end="2023-03-14T17:25:00+07:00",
            duration=(120, "about"), regions=["ID", "MY"], cause=("configuration_change", "operator"),
            symptoms=["cannot send messages"], estimated=[],
        ),
        id="id-main",
    ),
    param(
        "id-main-short-lead",
        dict(
            services=["WhatsApp"], start="2023-03-14T15:20:00+07:00", precision="minute", end="2023-03-14T17:25:00+07:00",
            duration=(120, "about"), regions=["ID", "MY"], cause=("configuration_change", "operator"),
            symptoms=["cannot send messages"], estimated=[],
        ),
        id="id-main-short-lead",
    ),
    param(
        "en-main",
        dict(
            services=["Instagram"], start="2023-06-21T10:15:00-04:00", precision="minute", end="2023-06-21T13:15:00-04:00",
            duration=(180, "nearly"), regions=["JP", "AU"], cause=("software_bug", "operator"),
            symptoms=[], estimated=["end"],
        ),
        id="en-main",
    ),
    param(
        "en-main-short-lead",
        dict(
            services=["Instagram"], start="2023-06-21T10:15:00-04:00", precision="minute", end="2023-06-21T13:15:00-04:00",
            duration=(180, "nearly"), regions=["JP", "AU"], cause=("software_bug", "operator"),
            symptoms=[], estimated=["end"],
        ),
        id="en-main-short-lead",
    ),
]


@pytest.mark.parametrize("name, expected", MAIN)
def test_main_incident_fields(name, expected):
    incidents = run(name)
    assert len(incidents) == 1
    inc = incidents[0]
    got = dict(
        services=inc.services, start=inc.start, precision=inc.precision, end=inc.end,
        duration=(inc.duration.minutes, inc.duration.qualifier) if inc.duration else None,
        regions=[r.code for r in inc.regions],
        cause=(inc.cause.category, inc.cause.basis) if inc.cause else None,
        symptoms=inc.symptoms, estimated=inc.estimated,
    )
    assert got == expected


HISTORY = [
    param("id-history", ["Gmail"], "2023-12-04", "2020-08", id="id-agustus-2020"),
    param("en-history", ["Slack"], "2024-02-22", "2021-01", id="en-january-2021"),
]


@pytest.mark.parametrize("name, services, main_day, history_month", HISTORY)
def test_history_mention_becomes_a_second_incident_at_month_precision(name, services, main_day, history_month):
    incidents = run(name)
    assert len(incidents) == 2
    main, history = incidents
    assert main.services == services and main.start[:10] == main_day
    assert main.precision in ("day", "minute")
    assert history.services == services
    assert (history.start, history.precision) == (history_month, "month")
    assert history.duration is None


NEGATIVES = [
    param("id-feature", id="id-new-feature"),
    param("id-scam", id="id-scam-warning"),
    param("id-howto", id="id-how-to"),
    param("en-scam", id="en-phishing-warning"),
    param("en-feature", id="en-new-feature"),
    param("en-earnings", id="en-earnings"),
]


@pytest.mark.parametrize("name", NEGATIVES)
def test_announcements_and_warnings_give_no_incident(name):
    assert run(name) == []


AFTERMATH = [
    param("id-aftermath", ["Telkomsel"], "2023-06-06", id="id-kompensasi"),
    param("id-aftermath-dated", ["Telkomsel"], "2023-06-06", id="id-sanksi-with-its-own-date"),
    param("en-aftermath", ["Optus"], "2023-11-08", id="en-compensation"),
    param("en-aftermath-dated", ["Optus"], "2023-11-08", id="en-compensation-said-monday"),
    param(
        "en-aftermath-regulator", ["Rogers"], "2022-07-08", id="en-regulator-on-tuesday",
    ),
]


@pytest.mark.parametrize("name, services, day", AFTERMATH)
def test_aftermath_article_keeps_the_incident_own_date(name, services, day):
    incidents = run(name)
    assert [(i.services, i.start[:10]) for i in incidents] == [(services, day)]
    assert incidents[0].start[:10] != ARTICLES[name][1]


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_evidence_quotes_match_the_text(name):
    text = ARTICLES[name][2]
    for incident in run(name):
        assert len(incident.sources) == 1
        assert incident.sources[0].file == f"{name}.txt"
        for source in incident.sources:
            for e in source.evidence:
                assert text[e.start : e.end] == e.quote, (e.field, e.quote)
                assert 0 <= e.start < e.end <= len(text)


@pytest.mark.parametrize(
    "name",
    [
        param("id-main", id="id-main"),
        param("id-history", id="id-history"),
        param("en-main", id="en-main"),
        param("en-history", id="en-history"),
    ],
)
def test_detected_language_gives_the_same_incidents(name):
    with_language = [i.model_dump() for i in run(name)]
    without = [i.model_dump() for i in run(name, language=None)]
    assert without == with_language


@pytest.mark.parametrize(
    "code, text, url, published, origin",
    [
        param(
            "id",
            "Judul\n\nLayanan BRImo tidak bisa diakses nasabah pada Rabu pagi, dan banyak keluhan masuk ke layanan pelanggan bank.",
            "https://www.example.co.id/read/2023/06/14/080000/brimo-error",
            "2023-06-14", "url", id="id-url",
        ),
        param(
            "id",
            "BRImo Error\nRabu, 14 Jun 2023 09:05 WIB\n\nLayanan BRImo tidak bisa diakses nasabah pada Rabu pagi, dan banyak keluhan masuk ke layanan pelanggan bank.",
            None, "2023-06-14T09:05:00+07:00", "dateline", id="id-byline",
        ),
        param(
            "en",
            "Gmail down\n\nGmail was down for thousands of users on Wednesday morning, and many complained that they could not open their inboxes.",
            "https://news.example.com/2023/6/14/gmail-outage",
            "2023-06-14", "url", id="en-url",
        ),
        param(
            "en",
            "Gmail down\nUpdated June 14, 2023 at 9:05 a.m. ET\n\nGmail was down for thousands of users on Wednesday morning, and many complained that they could not open their inboxes.",
            None, "2023-06-14T09:05:00-04:00", "dateline", id="en-byline",
        ),
        param(
            "en",
            "Gmail down\n\nLagos, June 14, 2023 (NAN) Gmail was down for thousands of users on Wednesday morning, and many complained that they could not open their inboxes.",
            None, "2023-06-14", "dateline", id="en-agency-dateline-no-dash",
        ),
    ],
)
def test_publication_date_from_url_or_byline_anchors_relative_dates(code, text, url, published, origin):
    article = Article(file="p.txt", text=text, url=url, language=code)
    incidents = extract(article)
    assert (article.published, article.published_from) == (published, origin)
    assert len(incidents) == 1
    assert incidents[0].start == "2023-06-14"


@pytest.mark.parametrize(
    "code, text, value",
    [
        param("en", "HBO Go crashed again\n\nBY ISSIE WRITER\n04.07.14 | 12:15 PM\n\nHBO Go went down on Sunday night.", "2014-04-07", id="en-month-first"),
        param("id", "Layanan Zorkpay down\n\nOleh Penulis\n05.03.24 | 10:15 WIB\n\nZorkpay down pada Senin.", "2024-03-05", id="id-day-first"),
        # after a publication cue, in the order of the place the line names (CLDR's short
        # date of that country): day first in India and Britain, month first in the US
        param("en", "Zorkpay down\n\nStaff Reporter\nMumbai | Published 11.04.25, 06:12 AM\n\nZorkpay went down on Thursday.", "2025-04-11", id="en-india-day-first"),
        param("en", "Zorkpay down\n\nBy A Writer\nLondon | Updated 05.03.24 | 10:15\n\nZorkpay went down.", "2024-03-05", id="en-britain-day-first"),
        param("en", "Zorkpay down\n\nBy A Writer\nChicago | Posted 05.03.24, 10:15 AM\n\nZorkpay went down.", "2024-05-03", id="en-us-month-first"),
        param("en", "Zorkpay down\n\nBy A Writer\nPublished 05.03.24 | 10:15\n\nZorkpay went down.", "2024-05-03", id="en-no-place-month-first"),
    ],
)
def test_a_byline_in_two_digit_year_digits(code, text, value):
    lex = _lex()
    b = M.find_byline(text, T.lines(text), lex.language(code), lex)
    assert b is not None and b.value == value


@pytest.mark.parametrize(
    "text",
    [
        # trap: two-digit-year digits that follow no publication cue and open no line
        param("Zorkbook down\n\nMumbai | Version 11.04.25 | 06:12 AM\n\nZorkbook went down.", id="after-another-word"),
        param("Zorkbook down\n\nMumbai | Published: score 11.04.25 | 06:12 AM\n\nZorkbook went down.", id="not-right-after-the-cue"),
    ],
)
def test_two_digit_year_digits_after_no_cue_are_no_byline(text):
    lex = _lex()
    assert M.find_byline(text, T.lines(text), lex.language("en"), lex) is None


def test_a_version_or_score_line_is_no_byline():
    # trap: digits with dots and no bar or clock time beside them
    lex = _lex()
    text = "Zorkbook 12.04.21 released\n\nVersion 12.04.21 fixes a crash.\n\nZorkbook went down on Sunday night."
    assert M.find_byline(text, T.lines(text), lex.language("en"), lex) is None


@pytest.mark.parametrize(
    "line, span",
    [
        param("Jakarta: Layanan Google Cloud mengalami gangguan.", len("Jakarta: "), id="id-place-colon"),
        param("Surabaya: PLN memadamkan listrik.", len("Surabaya: "), id="id-city-colon"),
        # traps: a word or a service before a colon is no dateline
        param("Update: Google says the outage is fixed.", 0, id="en-update-colon"),
        param("Google Cloud: the outage explained.", 0, id="en-service-colon"),
        param("Catatan: artikel ini diperbarui.", 0, id="id-catatan-colon"),
    ],
)
def test_a_place_before_a_colon_is_a_dateline(line, span):
    assert M.dateline_span(line) == span


def test_a_title_only_in_the_front_matter_is_read_and_quoted_as_the_title():
    from outages.articles import article_from_text

    raw = ("---\ntitle: Gerbang Tiket KRL Error Senin Pagi\npublished: 2025-02-10\nlanguage: id\n---\n"
           "Ribuan penumpang mendapati gerbang elektronik di sejumlah stasiun tidak bisa membaca kartu.\n\n"
           "Petugas akhirnya membuka gate secara manual.")
    article = article_from_text(raw, "krl.txt")
    (incident,) = extract(article)
    assert incident.services == ["KRL Commuter Line"] and incident.start == "2025-02-10"
    titled = [e for e in incident.sources[0].evidence if e.part == "title"]
    assert titled and all(article.title[e.start : e.end] == e.quote for e in titled)
    assert all(article.text[e.start : e.end] == e.quote for e in incident.sources[0].evidence if e.part == "text")


def test_a_title_the_text_repeats_is_not_read_twice():
    from outages.articles import article_from_text

    raw = ("---\ntitle: \"WhatsApp Down 'Lagi' Senin Malam\"\n---\n"
           "WhatsApp Down \"Lagi\" Senin Malam\n\nWhatsApp down pada Senin (14/10/2024) malam.")
    article = article_from_text(raw, "wa.txt", {"published": "2024-10-15"})
    (incident,) = extract(article)
    assert all(e.part == "text" for e in incident.sources[0].evidence)


def test_every_fixture_quote_is_at_its_offsets_in_its_part():
    from pathlib import Path

    from outages.articles import load_sources, read_article

    root = Path(__file__).parent / "fixtures"
    for folder in ("articles", "holdout"):
        sources = load_sources(root / folder)
        for path in sorted((root / folder).glob("*.txt")):
            article = read_article(path, sources)
            for incident in extract(article):
                for e in incident.sources[0].evidence:
                    where = article.title if e.part == "title" else article.text
                    assert where[e.start : e.end] == e.quote, (path.name, e.field, e.quote)


@pytest.mark.parametrize(
    "url, outlet, expected",
    [
        param("https://techno.okezone.com/read/2024/03/09/326/1/x", None, {"okezone"}, id="subdomain"),
        param("https://www.bbc.co.uk/news/technology-1", None, {"bbc"}, id="country-code-ending"),
        param("https://inet.detik.com/x", "detikINET", {"detik", "detikinet"}, id="outlet-and-host"),
        param(None, "Kompas.com", {"kompas", "kompas.com"}, id="outlet-with-domain"),
        # traps: no outlet, or a host of nothing but endings
        param(None, None, set(), id="nothing"),
        param("https://co.id/x", None, set(), id="only-endings"),
    ],
)
def test_the_outlet_goes_by_the_names_of_its_metadata(url, outlet, expected):
    from outages import lexicon
    from outages.extract.metadata import outlet_names

    assert outlet_names(url, outlet, lexicon.load().domain_endings) == expected


@pytest.mark.parametrize(
    "last",
    [
        param("Hingga Sabtu sore, pemantauan Zorkline menunjukkan pemain sudah bisa kembali masuk.", id="id-pemantauan-outlet"),
        param('"Sudah tiga jam tidak bisa login," kata seorang pemain kepada Zorkline yang terganggu sejak malam.', id="id-kepada-outlet"),
    ],
)
def test_the_outlet_is_no_service_of_its_own_article(last):
    text = ("---\nurl: https://tekno.zorkline.com/read/2024/03/09/valorant-error\n---\n"
            "Valorant Error, Pemain Gagal Login\n\n"
            "Server Valorant untuk Asia Tenggara mengalami gangguan pada Jumat (8/3/2024) malam.\n\n" + last)
    from outages.articles import article_from_text

    (found,) = extract(article_from_text(text, "t.txt", {}))
    assert found.services == ["Valorant"]


def test_a_name_that_is_not_the_outlet_stays_a_service():
    # trap: the same article from another outlet keeps the service the text names
    text = ("---\nurl: https://tekno.heronpost.com/read/2024/03/09/valorant-error\n---\n"
            "Server Valorant untuk Asia Tenggara mengalami gangguan pada Jumat (8/3/2024) malam.\n\n"
            "Hingga Sabtu sore, pemantauan Zorkline menunjukkan pemain sudah bisa kembali masuk.")
    from outages.articles import article_from_text

    (found,) = extract(article_from_text(text, "t.txt", {}))
    assert "Zorkline" in found.services
