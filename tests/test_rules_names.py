"""Services the lexicon lacks (extract/names.py), through the whole pipeline.

A capitalised name counts as a disrupted service when the text makes it the subject
of an outage word, names it after a service noun or "including", or makes it the
object of a verb of harm. People the article introduces with a role, places, and
names the text says were not hit never count. None of these names is in
data/services.toml, so every hit here comes from the name rules.
"""

from __future__ import annotations

import pytest
from pytest import param

from outages.articles import article_from_text
from outages.extract.pipeline import extract


def services(text: str, published: str = "2024-05-14") -> list[list[str]]:
    article = article_from_text(text, "t.txt", {"published": published})
    return [sorted(incident.services) for incident in extract(article)]


@pytest.mark.parametrize(
    "text, name",
    [
        param("Zorkbook was down for about three hours on Monday, users said.", "Zorkbook", id="en-subject-was-down"),
        param("Users could not log in after an outage hit Kestrel Pay on Tuesday morning.", "Kestrel Pay", id="en-object-of-hit"),
        param("Aplikasi dompet digital KoinKu error sejak Senin pagi, kata pengguna.", "KoinKu", id="id-after-service-noun"),
        param("Gangguan menimpa Kestrel Pay pada Selasa (14/5) siang.", "Kestrel Pay", id="id-object-of-menimpa"),
    ],
)
def test_a_name_the_text_says_failed_is_a_service(text, name):
    found = services(text)
    assert found and name in found[0]


@pytest.mark.parametrize(
    "text, person",
    [
        # a spokesperson introduced with a role, then named again as a sentence subject
        param(
            "Aplikasi KoinKu error sejak Senin pagi. EVP Corporate Communication KoinKu Hana W Susilo membenarkan "
            "gangguan tersebut. Hana menyebut layanan KoinKu tidak bisa diakses selama dua jam. "
            "Hana menambahkan transaksi di ATM tidak terdampak gangguan.",
            "Hana", id="id-spokesperson-first-name",
        ),
        param(
            "Zorkbook was down for three hours on Monday. Zorkbook spokesperson Maya Ortiz confirmed the outage. "
            "Ortiz said the outage affected logins. Ortiz added the outage was fixed by noon.",
            "Ortiz", id="en-spokesperson-surname",
        ),
    ],
)
def test_a_person_introduced_with_a_role_is_no_service(text, person):
    for incident in services(text):
        assert person not in " ".join(incident)


@pytest.mark.parametrize(
    "text, spared",
    [
        # a name listed after "including"/"termasuk", then said to be unaffected
        param(
            "Sistem check-in maskapai Garuda Indonesia error pada Selasa pagi. Penerbangan maskapai lain, "
            "termasuk Pelita Air, tidak terdampak gangguan tersebut.",
            "Pelita Air", id="id-termasuk-tidak-terdampak",
        ),
        param(
            "Kestrel Pay went down on Tuesday morning. Other wallets, including Heron Cash, were not affected by the outage.",
            "Heron Cash", id="en-including-not-affected",
        ),
    ],
)
def test_a_name_the_text_says_was_spared_is_no_service(text, spared):
    for incident in services(text):
        assert spared not in incident


@pytest.mark.parametrize(
    "text, place",
    [
        # places the lexicon lacks: after a place word, or listed with a known place
        param("Listrik padam pada Jumat (2/5) sore. Lampu lalu lintas di Tabanan dan Klungkung mati selama tiga jam.", "Klungkung", id="id-di-list"),
        param("Listrik padam pada Jumat (2/5) sore di Denpasar, Tabanan, hingga Bangli.", "Bangli", id="id-listed-with-known-city"),
        param("Pemadaman melanda wilayah Lubuklinggau pada Selasa (4/6) siang.", "Lubuklinggau", id="id-wilayah"),
        param("Power went out on Tuesday across Westbrook and Millford, the utility said.", "Millford", id="en-across-list"),
        param("Traffic lights in Sacramento and Elk Grove went dark on Tuesday afternoon.", "Elk Grove", id="en-listed-with-known-city"),
    ],
)
def test_a_place_the_lexicon_lacks_is_no_service(text, place):
    for incident in services(text):
        assert place not in incident


@pytest.mark.parametrize(
    "text, component",
    [
        # a name inside the cause clause is what broke, not a service users lost
        param("Listrik padam pada Selasa (4/6) siang karena gangguan pada jaringan transmisi Saluran Udara Tegangan Tinggi.", "Saluran Udara Tegangan", id="id-karena-component"),
        param("Kestrel Pay went down on Tuesday because of a fault in its Helios Gateway cluster.", "Helios Gateway", id="en-because-component"),
    ],
)
def test_a_name_in_the_cause_clause_is_no_service(text, component):
    found = services(text)
    for incident in found:
        assert component not in incident


def test_a_three_letter_acronym_the_article_keeps_naming_is_a_service():
    text = ("QRB customers locked out after IT meltdown\n\nQRB customers could not log in to online banking on Monday, 4 March 2024. "
            "QRB said the outage lasted about five hours. QRB apologised to customers.")
    found = services(text, published="2024-03-05")
    assert found and "QRB" in found[0]


@pytest.mark.parametrize(
    "text",
    [
        # acronyms of things stay out, however often they are named
        param("The API went down on Monday, 4 March 2024. The API returned errors. Developers said the API was slow.", id="en-api"),
        param("Layanan SMS down pada Senin (4/3/2024). SMS tidak terkirim. Operator menyebut SMS pulih sore hari.", id="id-sms"),
    ],
)
def test_acronyms_of_things_are_no_services(text):
    for incident in services(text, published="2024-03-05"):
        assert "API" not in incident and "SMS" not in incident


@pytest.mark.parametrize(
    "text, name",
    [
        # the owner of the thing that failed: "<Name>'s <thing> went down"
        param("In December 2018, Kestrel Telecom's mobile network went down for about four hours.", "Kestrel Telecom", id="en-possessive-network"),
        param("On Monday, 4 March 2024, Zorkbook’s payment system failed for two hours.", "Zorkbook", id="en-curly-possessive-system"),
        param("On Monday, 4 March 2024, Kestrel Movers' booking app was down for two hours.", "Kestrel Movers", id="en-plural-possessive"),
    ],
)
def test_the_owner_of_what_failed_is_the_service(text, name):
    found = services(text, published="2024-03-05")
    assert found and name in found[0]


@pytest.mark.parametrize(
    "text, name",
    [
        # a cause stated before the subject leaves the subject a service
        param("Following a storm on Monday, 4 March 2024, Zorkbook went down for three hours.", "Zorkbook", id="en-following-a-storm"),
        param("Akibat pemadaman listrik pada Senin (4/3/2024), aplikasi KoinKu error selama tiga jam.", "KoinKu", id="id-akibat-first"),
    ],
)
def test_a_cause_before_the_subject_leaves_it_a_service(text, name):
    found = services(text, published="2024-03-05")
    assert found and name in found[0]


def test_a_name_after_root_cause_is_the_component():
    text = ("Kestrel Cloud went down on Monday, 4 March 2024. Kestrel Cloud said the root cause was a DNS failure "
            "in its Helix Store database service.")
    for incident in services(text, published="2024-03-05"):
        assert "Helix Store" not in incident


@pytest.mark.parametrize(
    "text, thing",
    [
        param("Kestrel Cloud went down on Monday, 4 March 2024, and its Service Health Dashboard was down too.", "Health", id="en-dashboard"),
        param("Kestrel Cloud went down on Monday, 4 March 2024; the Kestrel Status Page showed errors.", "Status", id="en-status-page"),
    ],
)
def test_a_status_page_is_no_service(text, thing):
    for incident in services(text, published="2024-03-05"):
        assert not any(thing in name for name in incident)


@pytest.mark.parametrize(
    "text",
    [
        # where people complained is no disrupted service
        param("Keluhan pengguna YouTube membanjiri Twitter pada Kamis (12/11/2020) pagi saat video tak bisa diputar.", id="id-membanjiri"),
        param("Complaints flooded Twitter on Thursday, Nov. 12, 2020, as YouTube videos failed to load.", id="en-flooded"),
    ],
)
def test_the_platform_complaints_flood_is_no_service(text):
    for incident in services(text, published="2020-11-12"):
        assert "X" not in incident


def test_a_short_form_of_a_service_named_in_full_is_that_service():
    text = ("Sistem check-in Garuda Indonesia error pada Senin (4/3/2024) pagi. "
            "Garuda sempat error selama dua jam di Bandara Soekarno-Hatta.")
    found = services(text, published="2024-03-05")
    assert found == [["Garuda Indonesia"]]


def test_a_short_form_alone_stays_as_written():
    # without the full name in the article, the first word is not taken for the known service
    text = "Garuda sempat error selama dua jam pada Senin (4/3/2024) pagi. Garuda meminta maaf. Garuda memulihkan layanan."
    for incident in services(text, published="2024-03-05"):
        assert "Garuda Indonesia" not in incident
