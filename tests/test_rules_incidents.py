"""Whole-article rules (extract/pipeline.py): when a sentence tells of an outage, and
which incident a sentence belongs to when an article tells of several.
"""

from __future__ import annotations

import pytest
from pytest import param

from outages.articles import article_from_text
from outages.extract.pipeline import extract


def incidents(text: str, published: str = "2024-10-17") -> list[dict]:
    article = article_from_text(text, "t.txt", {"published": published})
    return [i.model_dump(mode="json") for i in extract(article)]


# ---------------------------------------------------------------- "could not be <verb>ed" with any verb

@pytest.mark.parametrize(
    "text, service, minutes",
    [
        param("Pada Rabu (16/10) malam, layanan GrabFood tidak bisa dipesan dari pukul 18.20 hingga 19.05 WIB.", "Grab", 45, id="id-tidak-bisa-dipesan"),
        param("Pada Selasa (15/10) pagi, aplikasi OVO tak dapat digunakan dari pukul 08.00 hingga 09.30 WIB.", "OVO", 90, id="id-tak-dapat-digunakan"),
        param("Pada Senin (14/10), transfer lewat BRImo gagal diproses sejak pukul 10.00 hingga 11.00 WIB.", "BRI", 60, id="id-gagal-diproses"),
        param("On Tuesday, Oct. 15, Slack messages could not be delivered from 9:00 a.m. to 10:30 a.m. ET.", "Slack", 90, id="en-could-not-be-delivered"),
        param("On Monday, Oct. 14, Steam purchases couldn't be completed from 1:00 p.m. to 1:40 p.m. PT.", "Steam", 40, id="en-couldnt-be-completed"),
    ],
)
def test_a_service_that_could_not_be_used_is_an_outage(text, service, minutes):
    found = incidents(text)
    assert len(found) == 1
    assert service in found[0]["services"]
    assert found[0]["duration"]["minutes"] == minutes


@pytest.mark.parametrize(
    "text",
    [
        param("Pada Rabu (16/10), manajemen Gojek tidak bisa dihubungi untuk dimintai komentar.", id="id-tidak-bisa-dihubungi"),
        param("Tidak bisa dipungkiri, GoPay kini dipakai jutaan orang setiap Senin (14/10) pagi.", id="id-tidak-bisa-dipungkiri"),
        param("Klaim peretas atas X pada Senin (14/10) belum bisa diverifikasi.", id="id-belum-bisa-diverifikasi"),
        param("A Slack spokesperson could not be reached for comment on Tuesday, Oct. 15.", id="en-reached-for-comment"),
        param("Whether Steam will raise prices on Monday, Oct. 14, could not be confirmed.", id="en-could-not-be-confirmed"),
    ],
)
def test_could_not_be_said_of_something_else_is_no_outage(text):
    assert incidents(text) == []


# ---------------------------------------------------------------- several incidents in one article

TWO = """Gojek dan Grab Sama-sama Error dalam Sepekan

Jakarta - Dua aplikasi ojek daring, Gojek dan Grab, bergantian mengalami gangguan pekan ini.

Gangguan pertama menimpa Gojek pada Senin (14/10) pagi. Selama kurang lebih satu jam, pengguna tidak bisa memesan GoRide.

Juru bicara GoTo menjelaskan gangguan Gojek dipicu masalah pada penyedia layanan cloud pihak ketiga.

Dua hari berselang, giliran Grab yang tumbang. Pada Rabu (16/10) malam, layanan GrabCar tidak bisa dipesan dari pukul 18.20 hingga 19.05 WIB.

Grab menyebut gangguan terjadi karena pemeliharaan sistem yang molor.
"""


def test_sentences_go_to_the_incident_of_the_service_they_name():
    found = {i["start"][:10]: i for i in incidents(TWO)}
    assert set(found) == {"2024-10-14", "2024-10-16"}
    gojek, grab = found["2024-10-14"], found["2024-10-16"]
    # the headline and lead name both: each incident keeps only its own service
    assert gojek["services"] == ["Gojek"]
    assert grab["services"] == ["Grab"]
    assert gojek["cause"]["category"] == "third_party"
    assert grab["cause"]["category"] == "maintenance"
    assert grab["duration"]["minutes"] == 45


HISTORY = """WhatsApp Down Lagi Selasa Pagi

Jakarta - WhatsApp mengalami gangguan pada Selasa (15/10) pagi. Pengguna WhatsApp tidak bisa mengirim pesan selama dua jam.

Sebelumnya, WhatsApp juga pernah down pada Oktober 2021 selama enam jam akibat perubahan konfigurasi.

Meta menyebut gangguan WhatsApp pada Selasa terjadi karena masalah pada server.
"""


def test_a_history_of_the_same_service_does_not_take_the_main_story():
    found = {i["start"][:7]: i for i in incidents(HISTORY)}
    now, then = found["2024-10"], found["2021-10"]
    assert now["duration"]["minutes"] == 120
    assert then["duration"]["minutes"] == 360
    assert then["cause"]["category"] == "configuration_change"
    assert now["cause"] is None or now["cause"]["category"] != "configuration_change"


@pytest.mark.parametrize(
    "text, first, second",
    [
        param(
            "OVO sempat error pada Senin (14/10) sore akibat gangguan jaringan, sedangkan DANA menghentikan layanannya "
            "untuk pemeliharaan sistem pada Rabu (16/10) dini hari.",
            ("OVO", "network"), ("DANA", "maintenance"), id="id-sedangkan",
        ),
        param(
            "Slack went down on Monday, Oct. 14, after a faulty configuration change, while Zoom failed on Wednesday, Oct. 16, "
            "because of a power failure at a data center.",
            ("Slack", "configuration_change"), ("Zoom", "power"), id="en-while",
        ),
    ],
)
def test_a_sentence_dating_two_incidents_is_cut_at_the_clause_break(text, first, second):
    found = sorted(incidents(text), key=lambda i: i["start"])
    assert [(i["services"], i["cause"]["category"]) for i in found] == [([first[0]], first[1]), ([second[0]], second[1])]
