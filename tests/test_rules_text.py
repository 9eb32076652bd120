"""Rules of `outages.text`: display cleaning, page furniture, sentences.

Offsets are into the article text as stored: every line and sentence is checked with
`text[start:end]`.
"""

from __future__ import annotations

import pytest
from pytest import param

from outages import text as T


def furniture(text: str) -> list[str]:
    """The stripped text of every furniture line."""
    out = []
    for ln in T.lines(text):
        assert text[ln.start : ln.end] == ln.text
        if ln.furniture:
            out.append(ln.text.strip())
    return out


def prose(text: str) -> list[str]:
    return [ln.text.strip() for ln in T.lines(text) if ln.text.strip() and not ln.furniture]


def split(text: str) -> list[str]:
    out = []
    for s in T.sentences(text):
        assert text[s.start : s.end] == s.text
        out.append(s.text)
    return out


# ---------------------------------------------------------------- clean_for_display

CLEAN = [
    param("red \x1b[31malert\x1b[0m done", "red alert done", id="ansi-sgr"),
    param("\x1b[1;32mgreen\x1b[0m and \x1b[2Jclear", "green and clear", id="ansi-csi-erase"),
    param("a\x1b]0;window title\x07b", "ab", id="osc-bel"),
    param("x\x1b]8;;https://example.com\x1b\\link\x1b]8;;\x1b\\y", "xlinky", id="osc-hyperlink-st"),
    param("up\x1bMline", "upline", id="esc-fe-single-char"),
    param(
        "keep\x1bcreset", "keepreset", id="esc-fs-reset",
    ),
    param("c1\x85nel\x90dcs\x9fapc", "c1neldcsapc", id="c1-controls"),
    param("user \u202eevil\u202c name", "user evil name", id="bidi-override"),
    param("left\u2066isolate\u2069right", "leftisolateright", id="bidi-isolate"),
    param("zero\u200bwidth\ufeffbom", "zerowidthbom", id="invisible-format"),
    param("bell\x07null\x00del\x7f", "bellnulldel", id="c0-and-del"),
    param("tab\there\rcr", "tab here cr", id="tab-and-cr-become-spaces"),
]


@pytest.mark.parametrize("raw, expected", CLEAN)
def test_clean_for_display(raw, expected):
    assert T.clean_for_display(raw) == expected


def test_clean_for_display_keeps_newlines_and_text():
    raw = "Baris satu\nLine two \x1b[4mwith\x1b[24m style\n\nParagraf tiga: WhatsApp down 100%."
    assert T.clean_for_display(raw) == "Baris satu\nLine two with style\n\nParagraf tiga: WhatsApp down 100%."


def test_clean_for_display_keeps_unicode_letters():
    raw = "Gangguan — “WhatsApp” di São Paulo, Zürich, 東京"
    assert T.clean_for_display(raw) == raw


def test_one_line_cleans_collapses_and_truncates():
    assert T.one_line("WhatsApp\n  down \x1b[31mlagi\x1b[0m\tpagi ini") == "WhatsApp down lagi pagi ini"
    assert T.one_line("abcdefghij", limit=6) == "abcde…"


# ---------------------------------------------------------------- furniture: related-headline blocks

RELATED_BLOCKS = [
    param(
        "id",
        "Layanan WhatsApp terganggu sejak pagi.\n"
        "Baca juga:\n"
        "Cara Mengatasi WhatsApp Error\n"
        "Telegram Kebanjiran Pengguna Baru\n"
        "\n"
        "Meta belum memberi penjelasan.",
        ["Baca juga:", "Cara Mengatasi WhatsApp Error", "Telegram Kebanjiran Pengguna Baru"],
        id="id-baca-juga",
    ),
    param(
        "id",
        "Jaringan Telkomsel putus di Sumatera.\n"
        "Berita Terkait\n"
        "IndiHome Gangguan di Jawa Timur\n"
        "\n"
        "Pelanggan diminta menunggu.",
        ["Berita Terkait", "IndiHome Gangguan di Jawa Timur"],
        id="id-berita-terkait",
    ),
    param(
        "id",
        "Aplikasi BRImo tidak bisa diakses.\n"
        "Baca juga: BRI Pastikan Dana Nasabah Aman\n"
        "Nasabah mengeluh sejak siang.",
        ["Baca juga: BRI Pastikan Dana Nasabah Aman"],
        id="id-baca-juga-inline",
    ),
    param(
        "en",
        "Slack users could not send messages on Tuesday.\n"
        "Read more:\n"
        "Slack adds huddles to mobile app\n"
        "How to check if Slack is down\n"
        "\n"
        "The company apologised.",
        ["Read more:", "Slack adds huddles to mobile app", "How to check if Slack is down"],
        id="en-read-more",
    ),
    param(
        "en",
        "Gmail failed for thousands.\n"
        "Related\n"
        "Microsoft Teams suffers outage\n"
        "\n"
        "Google said it was looking into it.",
        ["Related", "Microsoft Teams suffers outage"],
        id="en-related",
    ),
    param(
        "en",
        "Instagram went down in Europe.\n"
        "See also: Meta shares slip after outage\n"
        "Users could not load feeds.",
        ["See also: Meta shares slip after outage"],
        id="en-see-also-inline",
    ),
    param(
        "en",
        "Rogers said it would co-operate.\n\nRELATED STORIES\n- Rogers outage: What we know\n- Why one outage can take down a country",
        ["RELATED STORIES", "- Rogers outage: What we know", "- Why one outage can take down a country"],
        id="en-related-stories-caps",
    ),
    param(
        "en",
        "The BBC has asked Microsoft for comment.\n\nMore on this story\n- Microsoft apologises for Teams outage",
        ["More on this story", "- Microsoft apologises for Teams outage"],
        id="en-more-on-this-story",
    ),
    # a blank line right after the header does not end the block; one after its headlines does
    param(
        "en",
        "Zorkchat was down for an hour.\n\nRelated\n\nKestrel AI is down for some users\nZorkchat launches new models\n\n"
        "This is the second outage this week.",
        ["Related", "Kestrel AI is down for some users", "Zorkchat launches new models"],
        id="en-related-blank-then-headlines",
    ),
    param(
        "id",
        "Layanan Zorkpay terganggu.\n\nBaca Juga\n\nKestrel Pay Down Lagi Hari Ini\n\nZorkpay Pulih Sore Hari",
        ["Baca Juga", "Kestrel Pay Down Lagi Hari Ini"],
        id="id-baca-juga-blank-then-headline",
    ),
]


@pytest.mark.parametrize("code, text, expected", RELATED_BLOCKS)
def test_related_headline_blocks_are_furniture(code, text, expected):
    assert furniture(text) == expected


def test_a_related_block_ends_at_a_full_sentence():
    text = (
        "Layanan WhatsApp terganggu.\n"
        "Baca juga:\n"
        "Cara Mengatasi WhatsApp Error\n"
        "Meta mengatakan layanan telah pulih pada pukul 17.00 WIB.\n"
    )
    assert "Meta mengatakan layanan telah pulih pada pukul 17.00 WIB." in prose(text)


# ---------------------------------------------------------------- furniture: ads, captions, credits

LINE_FURNITURE = [
    param("ADVERTISEMENT", id="advertisement"),
    param("SCROLL TO CONTINUE WITH CONTENT", id="scroll-to-continue"),
    param("Scroll untuk melanjutkan", id="scroll-untuk"),
    param("Foto: Ilustrasi aplikasi WhatsApp (Shutterstock)", id="id-foto-caption"),
    param("Photo: A phone showing the Instagram logo. (Getty Images)", id="en-photo-caption"),
    param("Ilustrasi logo Telkomsel. (dok. Telkomsel)", id="id-ilustrasi"),
    param("Reporting by Ana Cruz; Editing by Tom Bell", id="en-reporting-by"),
    param("Simak Video: Penjelasan Meta soal WhatsApp Down", id="id-simak-video"),
    param("(abc/def)", id="author-initials-two"),
    param("(rtr/ap)", id="author-initials-agencies"),
    param("(ant)", id="author-initials-one"),
    param("( dna / jkt / mhs )", id="author-initials-spaced"),
    # an editor's pick: another article's headline
    param("Pilihan Editor: Sembilan Juta Akun Judi Online Diblokir Sepanjang 2024", id="id-pilihan-editor"),
    param("Editor's pick: Zorkbank app down for hours on payday", id="en-editors-pick"),
]


@pytest.mark.parametrize("line", LINE_FURNITURE)
def test_line_furniture(line):
    text = f"WhatsApp down di Indonesia.\n{line}\nLayanan pulih sore hari."
    assert furniture(text) == [line]


@pytest.mark.parametrize(
    "line",
    [
        param("Pengguna di Jakarta (Indonesia) melapor sejak pagi.", id="id-parenthesis-in-prose"),
        param("The outage (which began at noon) lasted hours.", id="en-parenthesis-in-prose"),
        param("Advertisers said the outage cost them sales.", id="en-advertisers-prose"),
    ],
)
def test_prose_lines_are_not_furniture(line):
    text = f"WhatsApp down di Indonesia.\n{line}\nLayanan pulih sore hari."
    assert furniture(text) == []


# ---------------------------------------------------------------- furniture: embedded posts

EMBEDDED_POSTS = [
    param(
        "WhatsApp down lagi, pesan centang satu semua\n"
        "\u2014 Budi Santoso (@budisan) October 4, 2021",
        id="id-em-dash",
    ),
    param(
        "Instagram error terus dari tadi pagi, ada yang sama?\n"
        "\u2014 Sari (@sari_rahma) June 5, 2023",
        id="id-em-dash-question",
    ),
    param(
        "Mobile banking BCA gak bisa dibuka, gimana ini\n"
        "\u2014 Andi Pratama (@andipratama) 4 Desember 2023",
        id="id-indonesian-date",
    ),
    param(
        "Is Instagram down for everyone else? #instagramdown\n"
        "\u2014 Dana Lee (@danalee) March 14, 2023",
        id="en-em-dash",
    ),
    param(
        "Gmail not loading at all here\n"
        "\u2013 Sam (@samwrites_99) June 6, 2023",
        id="en-en-dash",
    ),
]


@pytest.mark.parametrize("post", EMBEDDED_POSTS)
def test_embedded_post_and_its_attribution_are_furniture(post):
    text = f"Pengguna mengeluhkan gangguan.\n\n{post}\n\nMeta belum berkomentar."
    assert furniture(text) == [line.strip() for line in post.split("\n")]
    assert prose(text) == ["Pengguna mengeluhkan gangguan.", "Meta belum berkomentar."]


# ---------------------------------------------------------------- furniture: FAQ blocks

FAQ_BLOCKS = [
    param(
        "WhatsApp sempat down pada Selasa.\n"
        "-\n"
        "Apakah WhatsApp down hari ini?\n"
        "Ya, sebagian pengguna terdampak.",
        ["-", "Apakah WhatsApp down hari ini?"],
        id="id-after-dash-separator",
    ),
    param(
        "Slack failed on Tuesday.\n"
        "***\n"
        "Is Slack down right now?\n"
        "Slack said service was restored.",
        ["***", "Is Slack down right now?"],
        id="en-after-star-separator",
    ),
    param(
        "BCA Mobile sempat error pada Senin.\n"
        "-\n"
        "Kenapa BCA Mobile tidak bisa dibuka? Sedang ada pemeliharaan.\n"
        "Bank meminta maaf.",
        ["-", "Kenapa BCA Mobile tidak bisa dibuka? Sedang ada pemeliharaan."],
        id="id-after-dash-question-and-answer",
    ),
    param(
        "Gmail went down on Monday.\n"
        "-\n"
        "Why is Gmail not working? Google is investigating.\n"
        "Service came back later.",
        ["-", "Why is Gmail not working? Google is investigating."],
        id="en-after-dash-question-and-answer",
    ),
    param(
        "Instagram tidak bisa diakses.\n"
        "Kenapa Instagram error?\n"
        "Gangguan terjadi di server.\n"
        "Bagaimana cara mengecek status Instagram?\n"
        "Lihat situs status resmi.\n"
        "Kapan Instagram pulih?\n"
        "Belum ada kepastian.",
        ["Kenapa Instagram error?", "Bagaimana cara mengecek status Instagram?", "Kapan Instagram pulih?"],
        id="id-three-questions",
    ),
    param(
        "Gmail went down.\n"
        "What happened to Gmail?\n"
        "A bug.\n"
        "Is my email lost?\n"
        "No.\n"
        "When will Gmail be back?\n"
        "Soon.",
        ["What happened to Gmail?", "Is my email lost?", "When will Gmail be back?"],
        id="en-three-questions",
    ),
    # a headline that asks is no FAQ question, whatever follows
    param(
        "Pinterest Error Rabu Malam, Board Tiba-tiba Kosong? Tenang, Kamu Nggak Sendirian!\n\n"
        "Pinterest mengalami gangguan.\n"
        "Kenapa Pinterest error?\n"
        "Gangguan terjadi di server.\n"
        "Bagaimana cara mengecek status Pinterest?\n"
        "Lihat situs status resmi.\n"
        "Kapan Pinterest pulih?\n"
        "Belum ada kepastian.",
        ["Kenapa Pinterest error?", "Bagaimana cara mengecek status Pinterest?", "Kapan Pinterest pulih?"],
        id="id-asking-headline-then-faq",
    ),
]


@pytest.mark.parametrize("text, expected", FAQ_BLOCKS)
def test_faq_blocks_are_furniture(text, expected):
    assert furniture(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        param("WhatsApp down.\nApa penyebabnya? Meta belum menjelaskan.\nLayanan pulih.", id="id-one-question"),
        param("Slack failed.\nWhat went wrong? Nobody knows yet.\nService returned.", id="en-one-question"),
    ],
)
def test_a_single_question_in_the_body_is_prose(text):
    assert furniture(text) == []


# ---------------------------------------------------------------- title

@pytest.mark.parametrize(
    "text, title",
    [
        param("WhatsApp Down Lagi, Pengguna Tak Bisa Kirim Pesan\n\nLayanan terganggu.", "WhatsApp Down Lagi, Pengguna Tak Bisa Kirim Pesan", id="id-headline"),
        param("\n\nInstagram outage hits Europe\nUsers could not log in.", "Instagram outage hits Europe", id="en-leading-blank-lines"),
        param("Gmail down for thousands\nUsers saw errors.", "Gmail down for thousands", id="en-headline"),
        # headlines may end with "!" or "?"
        param("7 Cara Mengatasi Aplikasi Error, Jangan Panik!\n\nIsi artikel.", "7 Cara Mengatasi Aplikasi Error, Jangan Panik!", id="id-exclamation"),
        param("Is Slack down right now?\n\nUsers saw errors.", "Is Slack down right now?", id="en-question"),
        # a section's kicker above the headline is furniture; the headline is the title
        param("BUSINESS\n\nZorkpay app crashes on payday, leaving customers stranded\n\nUsers saw errors.", "Zorkpay app crashes on payday, leaving customers stranded", id="en-kicker"),
        param("Teknologi\nAplikasi Zorkpay Error Sejak Pagi, Nasabah Mengeluh\n\nIsi artikel.", "Aplikasi Zorkpay Error Sejak Pagi, Nasabah Mengeluh", id="id-kicker"),
        param("News | Business\n\nZorkpay app crashes on payday, leaving customers stranded\n\nUsers saw errors.", "Zorkpay app crashes on payday, leaving customers stranded", id="en-kicker-with-bar"),
        # traps: a short headline above the body stays the title
        param("WhatsApp down\n\nWhatsApp went down on Monday for users worldwide.", "WhatsApp down", id="en-short-headline"),
        param("Zorkpay lumpuh\nZorkpay Tak Bisa Diakses\n\nIsi artikel.", "Zorkpay lumpuh", id="id-short-headline-then-short-deck"),
    ],
)
def test_the_first_short_line_without_a_full_stop_is_the_title(text, title):
    titles = [ln.text.strip() for ln in T.lines(text) if ln.title]
    assert titles == [title]
    assert [s.text for s in T.sentences(text) if s.title] == [title]


def test_a_first_line_that_is_a_sentence_is_no_title():
    text = "WhatsApp went down on Monday for users worldwide.\nIt came back later."
    assert [ln for ln in T.lines(text) if ln.title] == []


# ---------------------------------------------------------------- sentences

SENTENCES = [
    param(
        "The outage began at 9 a.m. Eastern time and lasted hours. Users complained.",
        ["The outage began at 9 a.m. Eastern time and lasted hours.", "Users complained."],
        id="en-a.m.",
    ),
    param(
        # "p.m." ends the sentence here: the period is both the abbreviation's and the
        # sentence's, and no time zone follows (the test once expected one sentence)
        "It ended around 4 p.m. Engineers then posted an update.",
        ["It ended around 4 p.m.", "Engineers then posted an update."],
        id="en-p.m.-before-capital",
    ),
    param(
        "Service came back at 4 p.m. ET on Tuesday. Engineers then posted an update.",
        ["Service came back at 4 p.m. ET on Tuesday.", "Engineers then posted an update."],
        id="en-p.m.-before-zone",
    ),
    param(
        "Services in the U.S. were hit first. Europe followed.",
        ["Services in the U.S. were hit first.", "Europe followed."],
        id="en-U.S.",
    ),
    param(
        "It happened on Oct. 4 in the morning. Then it ended.",
        ["It happened on Oct. 4 in the morning.", "Then it ended."],
        id="en-Oct.",
    ),
    param(
        "Service failed on Sept. 12 and again on Dec. 3. Both were short.",
        ["Service failed on Sept. 12 and again on Dec. 3.", "Both were short."],
        id="en-Sept.-Dec.",
    ),
    param(
        "About 1.5 billion users were hit. It ended.",
        ["About 1.5 billion users were hit.", "It ended."],
        id="en-decimal",
    ),
    param(
        "Mr. Lee of Example Corp. said so. Fine.",
        ["Mr. Lee of Example Corp. said so.", "Fine."],
        id="en-titles-and-corp",
    ),
    param(
        "Gangguan terjadi pukul 10.30 WIB. Layanan pulih.",
        ["Gangguan terjadi pukul 10.30 WIB.", "Layanan pulih."],
        id="id-clock-time",
    ),
    param(
        "Kerugian mencapai Rp 1.5 juta per nasabah. Bank berjanji mengganti.",
        ["Kerugian mencapai Rp 1.5 juta per nasabah.", "Bank berjanji mengganti."],
        id="id-decimal",
    ),
    param(
        "Kantor di Jl. Sudirman ditutup. Karyawan bekerja dari rumah.",
        ["Kantor di Jl. Sudirman ditutup.", "Karyawan bekerja dari rumah."],
        id="id-Jl.",
    ),
    param(
        "PT Bank Central Asia Tbk. menyatakan layanan pulih. Nasabah lega.",
        ["PT Bank Central Asia Tbk. menyatakan layanan pulih.", "Nasabah lega."],
        id="id-Tbk.",
    ),
    param(
        "Gangguan terjadi 5 Okt. lalu. Pengguna kesal.",
        ["Gangguan terjadi 5 Okt. lalu.", "Pengguna kesal."],
        id="id-Okt.",
    ),
    param(
        "Pembaruan ke versi 2.23.10 memperbaiki bug. Bagus!",
        ["Pembaruan ke versi 2.23.10 memperbaiki bug.", "Bagus!"],
        id="id-version",
    ),
    param(
        "Apakah WhatsApp down? Ya! Layanan pulih.",
        ["Apakah WhatsApp down?", "Ya!", "Layanan pulih."],
        id="id-question-and-exclamation",
    ),
    # a weekday right after a.m./p.m. belongs to the time
    param(
        "The app was down from around 11 p.m. Saturday until 6:30 a.m. Sunday. It then recovered.",
        ["The app was down from around 11 p.m. Saturday until 6:30 a.m. Sunday.", "It then recovered."],
        id="en-pm-weekday-until",
    ),
    param(
        "It broke at 3 p.m. Monday, officials said. Then it came back.",
        ["It broke at 3 p.m. Monday, officials said.", "Then it came back."],
        id="en-pm-weekday-comma",
    ),
    # trap: a capitalised word that is no weekday after a.m. opens a sentence
    param(
        "Services resumed at 6 a.m. Thousands had waited.",
        ["Services resumed at 6 a.m.", "Thousands had waited."],
        id="en-am-then-sentence",
    ),
]


@pytest.mark.parametrize("text, expected", SENTENCES)
def test_sentence_splitting(text, expected):
    assert split(text) == expected


def test_sentences_carry_paragraph_index_and_furniture_flag():
    text = "WhatsApp Down\n\nLayanan terganggu. Pengguna mengeluh.\nADVERTISEMENT\nMeta belum berkomentar."
    got = [(s.text, s.paragraph, s.furniture, s.title) for s in T.sentences(text)]
    assert got == [
        ("WhatsApp Down", 0, False, True),
        ("Layanan terganggu.", 2, False, False),
        ("Pengguna mengeluh.", 2, False, False),
        ("ADVERTISEMENT", 3, True, False),
        ("Meta belum berkomentar.", 4, False, False),
    ]


def test_lines_cover_the_text_with_offsets():
    text = "Judul\r\n\nBaris dua.\n  Baris tiga diawali spasi.\n"
    rebuilt = "\n".join(ln.text for ln in T.lines(text))
    assert rebuilt == text
    for ln in T.lines(text):
        assert text[ln.start : ln.end] == ln.text


def test_normalize_unicode_composes():
    assert T.normalize_unicode("Sa\u0303o Paulo") == "S\u00e3o Paulo"


def test_an_asking_headline_with_two_faq_questions_is_still_the_title():
    text = ("Pinterest Error Rabu Malam, Board Tiba-tiba Kosong? Tenang, Kamu Nggak Sendirian!\n\n"
            "Pinterest mengalami gangguan.\nKenapa Pinterest error?\nGangguan di server.\nKapan Pinterest pulih?\nBelum pasti.")
    first = T.lines(text)[0]
    assert first.title and not first.furniture
