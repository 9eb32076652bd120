"""Rules of `outages.extract.services`: which services a sentence names as disrupted.

Per-language tables: `param(language, sentence, disrupted, bystanders)` where both are lists
of service keys from data/services.toml, grouped by language.
"""

from __future__ import annotations

import pytest
from pytest import param

from outages import lexicon
from outages.extract import services as S


def _lex():
    return lexicon.load()


def mentions(code: str, text: str) -> list[S.ServiceMention]:
    lex = _lex()
    found = S.find_services(text, lex.language(code), lex, 0, len(text))
    for m in found:
        assert text[m.start : m.end] == m.text
    return found


def split(code: str, text: str) -> tuple[list[str], list[str]]:
    found = mentions(code, text)
    return [m.key for m in found if not m.bystander], [m.key for m in found if m.bystander]


def _xfail(reason: str):
    return pytest.mark.xfail(reason="extractor: " + reason, strict=True)


# ---------------------------------------------------------------- names and aliases

NAMED = [
    param("id", "WhatsApp dan Instagram down sejak siang.", ["whatsapp", "instagram"], id="id-two-names"),
    param("id", "Layanan BCA Mobile error sejak pagi.", ["bca"], id="id-alias-bca-mobile"),
    param("id", "Jaringan Telkomsel terganggu di Sumatera.", ["telkomsel"], id="id-telkomsel"),
    param("id", "Pengguna WA tidak bisa mengirim pesan.", ["whatsapp"], id="id-alias-WA"),
    param("id", "Aplikasi myBCA dan BRImo tidak bisa diakses.", ["bca", "bri"], id="id-bank-apps"),
    param("id", "Google Search sempat down.", ["google_search"], id="id-multiword"),
    param("en", "WhatsApp and Instagram went down on Monday.", ["whatsapp", "instagram"], id="en-two-names"),
    param("en", "Microsoft Teams was down for hours.", ["teams"], id="en-multiword"),
    param("en", "Google Search and Gmail failed.", ["google_search", "gmail"], id="en-google"),
    param("en", "PlayStation Network went offline.", ["psn"], id="en-psn"),
    param("en", "X (formerly Twitter) was down for thousands.", ["x"], id="en-x-formerly-twitter"),
    # exchanges, in English and as Indonesian writes them
    param("id", "Perdagangan di Bursa Efek Thailand terhenti sejak pagi.", ["set_th"], id="id-bursa-efek-thailand"),
    param("en", "Trading on the Taiwan Stock Exchange was halted for an hour.", ["twse"], id="en-taiwan-stock-exchange"),
    param("en", "The SET halted trading after a system glitch.", ["set_th"], id="en-SET-upper-case"),
    param("id", "Sistem perdagangan HOSE mengalami gangguan.", ["hose"], id="id-hose"),
    # the UK government's site, as its address is written
    param("en", "The outage knocked out the UK government's gov.uk portal for an hour.", ["gov_uk"], id="en-gov-uk-lower-case"),
    param("id", "Portal GOV.UK milik pemerintah Inggris ikut tumbang.", ["gov_uk"], id="id-gov-uk"),
    param("en", "GOV.UK One Login failed for an hour.", ["gov_uk_one_login"], id="en-one-login-is-its-own"),
]


@pytest.mark.parametrize("code, text, expected", NAMED)
def test_named_services(code, text, expected):
    assert split(code, text) == (expected, [])


@pytest.mark.parametrize(
    "code, text",
    [
        param("en", "Engineering teams worked overnight.", id="en-teams-lowercase"),
        param("en", "Users lost signal in rural areas.", id="en-signal-lowercase"),
        param("en", "The app will snap back soon.", id="en-snap-lowercase"),
        param("en", "Users can zoom in on maps.", id="en-zoom-lowercase"),
        param("en", "The outage was set to end by noon.", id="en-set-lowercase"),
        param("en", "Firefighters had to hose down the data centre.", id="en-hose-lowercase"),
        param("id", "Dia bilang wa itu biasa saja.", id="id-wa-lowercase"),
        param("id", "Pengguna mengeluhkan sinyal lemah.", id="id-sinyal"),
        param("id", "Foto itu di-zoom oleh warganet.", id="id-zoom-lowercase"),
    ],
)
def test_case_sensitive_names_do_not_match_common_words(code, text):
    assert mentions(code, text) == []


# ---------------------------------------------------------------- bystanders: rivals

RIVALS = [
    param("id", "Pengguna beralih ke saingan seperti Telegram dan Signal.", [], ["telegram", "signal"], id="id-saingan-seperti"),
    param("id", "Warganet beralih ke saingan seperti Telegram, Signal, atau Line.", [], ["telegram", "signal"], id="id-list-carries"),
    param("id", "Pesaing seperti Telegram dan Signal diuntungkan.", [], ["telegram", "signal"], id="id-pesaing"),
    param("id", "Alternatif seperti Telegram ramai diunduh.", [], ["telegram"], id="id-alternatif"),
    param("id", "Telegram kebanjiran pengguna baru.", [], ["telegram"], id="id-kebanjiran-after"),
    param("en", "Users flocked to rivals such as Signal and Telegram.", [], ["signal", "telegram"], id="en-rivals-such-as"),
    param("en", "Competitors like Signal and Telegram gained users.", [], ["signal", "telegram"], id="en-competitors-like"),
    param("en", "Alternatives such as Telegram saw downloads soar.", [], ["telegram"], id="en-alternatives"),
    param("en", "Telegram gained millions of users.", [], ["telegram"], id="en-gained-after"),
    param("en", "Many users switched to Signal.", [], ["signal"], id="en-switched-to"),
    # a list lead carries the word of gain farther
    param("en", "Commuters turned to taxis and other ride-hailing apps such as Gojek and Grab.", [], ["gojek", "grab"], id="en-turned-to-such-as"),
    # a rival whose own part failed is the victim of its own outage
    param("en", "Back in December 2022, rival Alibaba Cloud's Hong Kong region went down for 15 hours.", ["alibaba_cloud"], [], id="en-rival-s-region-went-down"),
    param("en", "Rival Telegram's user numbers went up.", [], ["telegram"], id="en-rival-s-numbers-up"),
    param("id", "Pengguna beralih ke aplikasi transportasi daring lain seperti Gojek dan Grab.", [], ["gojek", "grab"], id="id-beralih-seperti-far"),
]


@pytest.mark.parametrize("code, text, disrupted, bystanders", RIVALS)
def test_rivals_are_no_disrupted_service(code, text, disrupted, bystanders):
    assert split(code, text) == (disrupted, bystanders)


# ---------------------------------------------------------------- bystanders: where people complained

VENUES = [
    param("id", "Banyak keluhan di Twitter menumpuk.", ["x"], id="id-keluhan-di"),
    param("id", "Warganet mengeluh di Twitter.", ["x"], id="id-mengeluh-di"),
    param("id", "Cuitan di Twitter soal gangguan ramai.", ["x"], id="id-cuitan-di"),
    param("id", "Pengguna ramai mengeluh lewat Instagram.", ["instagram"], id="id-lewat"),
    param("en", "Users took to X to complain.", ["x"], id="en-took-to-x"),
    param("en", "People complained on Twitter about the outage.", ["x"], id="en-complained-on"),
    param("en", "Complaints were trending on Twitter.", ["x"], id="en-trending-on"),
    param("en", "On Reddit and social media, frustrated users described being unable to log in.", ["reddit"], id="en-described-on"),
    # people of any kind before the venue word: where they spoke
    param("en", "Developers on Reddit reported that their deployments had failed.", ["reddit"], id="en-developers-on"),
    param("en", "He replied to one of the stranded owners on Twitter, saying the app was coming back.", ["x"], id="en-owners-on"),
    param("id", "Sejumlah pemain di Twitter mengeluhkan server yang tidak bisa diakses.", ["x"], id="id-pemain-di"),
    # the venue first, its people after the comma
    param("en", "On Twitter, some users speculated that hackers had taken the servers down.", ["x"], id="en-on-venue-comma-users"),
    param("id", "Di Twitter, sejumlah warganet menduga server diretas.", ["x"], id="id-di-venue-comma-warganet"),
    # a group on a social network: where people spoke
    param("en", "One user wrote on the Zorkland Commuters Facebook group, where a post about the glitch drew 900 comments.", ["facebook"], id="en-facebook-group"),
    # a forum on Reddit: "Reddit's r/bayarea", "Reddit r/sysadmin"
    param("en", "On Reddit's r/zorkland forum, a thread titled 'Zorkpay is DOWN' had 900 comments.", ["reddit"], id="en-reddit-subreddit"),
    param("en", "Admins on Reddit r/sysadmin compared notes about the failure.", ["reddit"], id="en-reddit-subreddit-no-possessive"),
    # sharing what they saw
    param("en", "Many shared screenshots of the error message on X.", ["x"], id="en-shared-screenshots-on"),
    param("en", "Players vented about the 'Network Error' pop-up on Facebook.", ["facebook"], id="en-vented-on"),
    param("id", "Banyak yang membagikan tangkapan layar pesan galat di X.", ["x"], id="id-membagikan-di"),
]


# traps: what was shared on the service is what failed there
NOT_VENUES = [
    param("en", "Photos shared on Instagram failed to load for hours on Monday.", ["instagram"], id="en-photos-shared-on"),
    param("en", "Pictures shared on Facebook would not load for hours on Monday.", ["facebook"], id="en-pictures-shared-on"),
]


@pytest.mark.parametrize("code, text, disrupted", NOT_VENUES)
def test_what_was_shared_on_a_service_is_no_venue(code, text, disrupted):
    assert split(code, text) == (disrupted, [])


@pytest.mark.parametrize("code, text, bystanders", VENUES)
def test_complaint_venue_is_no_disrupted_service(code, text, bystanders):
    assert split(code, text) == ([], bystanders)


# ---------------------------------------------------------------- bystanders: owners

OWNERS = [
    param("id", "WhatsApp, layanan milik Facebook, tumbang.", ["whatsapp"], ["facebook"], id="id-layanan-milik"),
    param("id", "Aplikasi pesan milik Facebook itu down.", [], ["facebook"], id="id-aplikasi-milik"),
    param("id", "Instagram yang diakuisisi Facebook juga error.", ["instagram"], ["facebook"], id="id-diakuisisi"),
    param("id", "Instagram, yang dibeli Facebook pada 2012, down.", ["instagram"], ["facebook"], id="id-dibeli"),
    param("en", "Facebook-owned WhatsApp went down.", ["whatsapp"], ["facebook"], id="en-owned-hyphen"),
    param("en", "WhatsApp, which is owned by Facebook, failed.", ["whatsapp"], ["facebook"], id="en-owned-by"),
    param("en", "Instagram, acquired by Facebook in 2012, crashed.", ["instagram"], ["facebook"], id="en-acquired-by"),
    # the owner named first, its part after the apposition
    param("id", "Gojek, induk usaha GoPay, mengakui adanya gangguan.", ["gopay"], ["gojek"], id="id-induk-usaha"),
    param("en", "Gojek, which owns GoPay, said the wallet had failed.", ["gopay"], ["gojek"], id="en-which-owns"),
    param("en", "Telkomsel, the operator of LinkAja's network, said the wallet had failed.", ["linkaja"], ["telkomsel"], id="en-the-operator-of"),
    # a section label of newsletter style holds a service's name as a word
    param("en", "Zoom in: Slack users could not log in for hours.", ["slack"], ["zoom"], id="en-zoom-in-label"),
    param("en", "Zoom out: Slack has gone down three times this year.", ["slack"], ["zoom"], id="en-zoom-out-label"),
]


@pytest.mark.parametrize("code, text, disrupted, bystanders", OWNERS)
def test_owner_is_no_disrupted_service(code, text, disrupted, bystanders):
    assert split(code, text) == (disrupted, bystanders)


# ---------------------------------------------------------------- the victim next to a bystander stays a victim

VICTIM_NEXT_TO_BYSTANDER = [
    param(
        "id", "Banyak keluhan di Twitter soal WhatsApp yang error.", ["whatsapp"], ["x"], id="id-keluhan-soal",
    ),
    param(
        "id", "Cuitan di Twitter menunjukkan WhatsApp down.", ["whatsapp"], ["x"], id="id-cuitan-menunjukkan",
    ),
    param(
        "id", "Pengguna beralih ke Telegram saat WhatsApp down.", ["whatsapp"], ["telegram"], id="id-beralih-saat",
    ),
    param("id", "WhatsApp down, warganet mengeluh di Twitter.", ["whatsapp"], ["x"], id="id-victim-first"),
    param("en", "Users took to X to complain that WhatsApp was down.", ["whatsapp"], ["x"], id="en-took-to-that"),
    param("en", "Users took to Twitter to complain about WhatsApp being down.", ["whatsapp"], ["x"], id="en-took-to-about"),
    param(
        "en", "People complained on Twitter that Gmail was down.", ["gmail"], ["x"], id="en-complained-on-that",
    ),
    param(
        "en", "Users posted on Facebook that Instagram was down.", ["instagram"], ["facebook"], id="en-posted-on-that",
    ),
    param(
        "en", "Users switched to Telegram while WhatsApp was down.", ["whatsapp"], ["telegram"], id="en-switched-while",
    ),
]


@pytest.mark.parametrize("code, text, disrupted, bystanders", VICTIM_NEXT_TO_BYSTANDER)
def test_victim_next_to_a_bystander_stays_disrupted(code, text, disrupted, bystanders):
    got_disrupted, got_bystanders = split(code, text)
    assert got_disrupted == disrupted
    assert got_bystanders == bystanders


# ---------------------------------------------------------------- unaffected services and speakers

UNAFFECTED = [
    param("id", "Gmail tidak terdampak gangguan tersebut.", ["gmail"], id="id-tidak-terdampak"),
    param("id", "Sementara itu, sejumlah pelanggan XL mengaku tidak merasakan gangguan.", ["xl"], id="id-tidak-merasakan-gangguan"),
    param("en", "Vodafone customers said they did not notice any problems.", ["vodafone"], id="en-did-not-notice-any-problems"),
    param("id", "Layanan seluler Telkomsel tidak terganggu.", ["telkomsel"], id="id-tidak-terganggu"),
    param("id", "YouTube tetap normal.", ["youtube"], id="id-tetap-normal"),
    param("en", "Gmail was not affected by the outage.", ["gmail"], id="en-not-affected"),
    param("en", "Google Search was unaffected.", ["google_search"], id="en-unaffected"),
    param("en", "WhatsApp kept working.", ["whatsapp"], id="en-kept-working"),
    param("id", "WhatsApp dan Instagram dilaporkan masih dapat diakses secara normal.", ["whatsapp", "instagram"], id="id-masih-dapat-diakses"),
    param("id", "Aplikasi Gojek masih dapat dibuka seperti biasa.", ["gojek"], id="id-masih-dapat-dibuka"),
    param("en", "Eskom said the national grid remained stable throughout.", ["eskom"], id="en-remained-stable"),
    param("id", "Platform lain, seperti Shopee, juga tidak menunjukkan gangguan berarti.", ["shopee"], id="id-tidak-menunjukkan-gangguan"),
    param("id", "PLN menyebut sistem kelistrikan Jawa-Bali tetap stabil.", ["pln"], id="id-tetap-stabil"),
    # no spike of outage reports for it
    param("id", "Instagram dan Facebook tidak menunjukkan lonjakan laporan gangguan.", ["instagram", "facebook"], id="id-tidak-menunjukkan-lonjakan"),
    param("en", "Instagram and Facebook showed no spike in outage reports, Downdetector data showed.", ["instagram", "facebook"], id="en-showed-no-spike"),
    # the cue spares the whole list before it, not only the service next to it
    param("en", "Xbox Live and Steam were unaffected.", ["xbox_live", "steam"], id="en-list-unaffected"),
    param("en", "Gmail, YouTube and Google Drive kept working.", ["gmail", "youtube", "google_drive"], id="en-three-kept-working"),
    param("id", "Gojek dan Grab tidak terdampak.", ["gojek", "grab"], id="id-list-tidak-terdampak"),
    param("id", "Layanan OVO, DANA, maupun LinkAja tetap normal.", ["ovo", "dana", "linkaja"], id="id-list-maupun-normal"),
    # an owner named between the service and the cue does not cut them apart
    param("id", "WhatsApp yang juga dimiliki Facebook tetap berjalan normal.", ["whatsapp", "facebook"], id="id-owner-between"),
    param("en", "WhatsApp, which is also owned by Facebook, kept working.", ["whatsapp", "facebook"], id="en-owner-between"),
    # the same service named again before the cue does not cut it off
    param("id", "BNI memastikan layanan aplikasi BNI tidak mengalami gangguan.", ["bni", "bni"], id="id-same-service-twice"),
    # a group word before the cue speaks of the services listed before it
    param("en", "T-Mobile and Verizon customers also reported problems, but both companies said their networks were operating normally.", ["tmobile", "verizon"], id="en-both-companies"),
    param("en", "Some Airtel and Jio users saw errors too, though both carriers said service was running normally.", ["airtel", "jio"], id="en-both-carriers"),
    param("id", "Pelanggan XL dan Indosat juga melaporkan gangguan, namun kedua operator memastikan jaringan mereka berjalan normal.", ["xl", "indosat"], id="id-kedua-operator"),
    param("en", "Some users also complained about delays on Swiggy, but the company said its platform had worked without any disruption.", ["swiggy"], id="en-without-any-disruption"),
    param("en", "Zelle payments functioned normally throughout the day.", ["zelle"], id="en-functioned-normally"),
    param("id", "Fitur belanja di aplikasi TikTok tetap bisa digunakan seperti biasa.", ["tiktok"], id="id-tetap-bisa-digunakan"),
    param("id", "Layanan GoPay tetap berfungsi selama gangguan.", ["gopay"], id="id-tetap-berfungsi"),
    param("id", "Sementara itu, bursa Nasdaq tidak melaporkan adanya gangguan dan perdagangan di sana berjalan normal.", ["nasdaq"], id="id-tidak-melaporkan-adanya"),
    # "... were affected, though Mastercard payments ... were not."
    param("en", "Card payments were affected, though Mastercard payments on terminals run by other acquirers were not.", ["mastercard"], id="en-were-not-elliptical"),
    param("id", "Layanan GoPay tidak terkena dampak gangguan itu.", ["gopay"], id="id-tidak-terkena"),
    # "not reported to have had problems"
    param("id", "Google Meet sendiri tidak dilaporkan mengalami kendala.", ["google_meet"], id="id-tidak-dilaporkan-mengalami-kendala"),
    param("id", "Layanan lain seperti Gmail dan YouTube tidak dilaporkan mengalami gangguan pada waktu yang sama.", ["gmail", "youtube"], id="id-list-tidak-dilaporkan"),
    param("id", "Aplikasi GoPay tak dilaporkan bermasalah selama gangguan itu.", ["gopay"], id="id-tak-dilaporkan-bermasalah"),
    # an outage word in an aside that opens with a relative pronoun tells of the service's past
    param("en", "ChatGPT, which has seen its own share of outages, was operating normally on Monday.", ["chatgpt"], id="en-which-aside-with-outage-word"),
    param("en", "Slack, which went down for hours last year, kept working throughout.", ["slack"], id="en-which-aside-went-down"),
    param("id", "Google Meet, yang pernah tumbang tahun lalu, tetap berjalan normal.", ["google_meet"], id="id-yang-aside-tumbang"),
    # a service named in such an aside does not cut the list from its cue
    param("en", "Slack and Zoom, which many Notion-heavy teams use alongside it, were working normally.", ["slack", "zoom", "notion"], id="en-which-aside-names-a-service"),
    param("id", "GoPay dan OVO, yang banyak dipakai pengguna Tokopedia, tetap berjalan normal.", ["gopay", "ovo", "tokopedia"], id="id-yang-aside-names-a-service"),
    # "had not experienced any problems"
    param("en", "Zelle said its customers had not experienced any problems.", ["zelle"], id="en-had-not-experienced-any-problems"),
    param("id", "Layanan GoPay tidak mengalami masalah selama gangguan itu.", ["gopay"], id="id-tidak-mengalami-masalah"),
]

TOUCHED = [
    # the service before the list is the one that failed; only the listed ones are spared
    param("en", "Steam went down, while Xbox Live and PlayStation Network were unaffected.", ["steam"], ["xbox_live", "psn"], id="en-victim-then-spared-list"),
    param("id", "BCA mobile error, sedangkan BRImo dan BNI tidak terdampak.", ["bca"], ["bri", "bni"], id="id-victim-then-spared-list"),
    param("en", "AT&T's network failed for hours; both Verizon and T-Mobile said they were operating normally.", ["att"], ["verizon", "tmobile"], id="en-both-after-victim"),
    # an aside that is no relative clause: its outage word still parts the victim from the spared
    param("en", "ChatGPT, Gemini and Claude went down, while Copilot was operating normally.", ["chatgpt", "gemini", "claude"], ["copilot"], id="en-list-outage-then-spared"),
    # trap: a service in a clause of its own (no relative pronoun) still parts the list from the cue
    param("en", "Slack and Zoom failed, but Notion was working normally.", ["slack", "zoom"], ["notion"], id="en-own-clause-before-cue"),
]

NOT_NORMAL = [
    # a word that the service works, negated, spares nothing: it says the service does not work
    param("en", "Zoom was not operating normally on Monday.", ["zoom"], [], id="en-not-operating-normally"),
    param("en", "Steam went down, and Discord wasn't working properly either.", ["steam", "discord"], [], id="en-wasnt-working-properly"),
    param("id", "Layanan GoPay tidak berjalan normal sejak pagi.", ["gopay"], [], id="id-tidak-berjalan-normal"),
    param("id", "BRImo error, sementara BNI belum sepenuhnya beroperasi normal.", ["bri", "bni"], [], id="id-belum-sepenuhnya"),
    # traps: the negation is of another word
    param("id", "BCA mobile error, sedangkan BRImo tidak terganggu dan berjalan normal.", ["bca"], ["bri"], id="id-tidak-terganggu-dan-berjalan-normal"),
    param("en", "Steam went down, but Discord was not affected and kept working normally.", ["steam"], ["discord"], id="en-not-affected-and-working-normally"),
]


@pytest.mark.parametrize("code, text, disrupted, bystanders", NOT_NORMAL)
def test_a_negated_word_of_normal_working_spares_nothing(code, text, disrupted, bystanders):
    assert split(code, text) == (disrupted, bystanders)


@pytest.mark.parametrize("code, text, disrupted, bystanders", TOUCHED)
def test_unaffected_list_stops_at_the_victim(code, text, disrupted, bystanders):
    assert split(code, text) == (disrupted, bystanders)


@pytest.mark.parametrize("code, text, bystanders", UNAFFECTED)
def test_unaffected_service_is_no_disrupted_service(code, text, bystanders):
    assert split(code, text) == ([], bystanders)


EMPLOYERS = [
    # a service named right before a person's role is that person's employer, one who speaks
    param("en", "The app went down for 40 minutes, according to users and a Telkomsel official.", ["telkomsel"], id="en-service-official"),
    param("en", "An Optus spokesperson said the network was restored by noon.", ["optus"], id="en-service-spokesperson"),
]


@pytest.mark.parametrize("code, text, speakers", EMPLOYERS)
def test_the_employer_before_a_role_speaks(code, text, speakers):
    assert [m.key for m in mentions(code, text) if m.speaker] == speakers


SPEAKERS = [
    param("id", "Telkomsel sebut gangguan sudah pulih.", "telkomsel", id="id-sebut"),
    param("id", "WhatsApp mengatakan layanan pulih.", "whatsapp", id="id-mengatakan"),
    param("id", "BCA menjelaskan gangguan terjadi karena pemeliharaan.", "bca", id="id-menjelaskan"),
    param("en", "Slack said it had fixed the problem.", "slack", id="en-said"),
    param("en", "Cloudflare confirmed the outage.", "cloudflare", id="en-confirmed"),
    param("en", "Netflix wrote on its status page that streaming was restored.", "netflix", id="en-wrote"),
    # the speaker after the quote: '"...," said Google'
    param("en", '"We are investigating reports of slow loading," said Cloudflare.', "cloudflare", id="en-quote-said-after"),
    param("id", '"Kami sedang menelusuri penyebabnya," tulis Cloudflare di blognya.', "cloudflare", id="id-quote-tulis-after"),
    param("id", '"Layanan sudah pulih," kata Telkomsel dalam keterangannya.', "telkomsel", id="id-quote-kata-after"),
]


@pytest.mark.parametrize("code, text, key", SPEAKERS)
def test_a_service_speaking_of_itself_is_a_speaker_and_still_the_victim(code, text, key):
    found = mentions(code, text)
    assert [(m.key, m.speaker, m.bystander) for m in found] == [(key, True, False)]


@pytest.mark.parametrize(
    "code, text, disrupted, speaker",
    [
        param("id", "Telkomsel sebut IndiHome mengalami gangguan.", ["indihome"], "telkomsel", id="id-sebut-other"),
        param("id", "Telkomsel menyatakan IndiHome sempat down.", ["indihome"], "telkomsel", id="id-menyatakan-other"),
        param("id", "Telkomsel mengatakan IndiHome tidak bisa diakses.", ["indihome"], "telkomsel", id="id-mengatakan-other"),
        param("en", "Slack said Zoom was down for some users.", ["zoom"], "slack", id="en-said-other"),
        param("en", "Cloudflare said Discord was unreachable.", ["discord"], "cloudflare", id="en-said-discord"),
        param("en", "Fastly confirmed Spotify was affected.", ["spotify"], "fastly", id="en-confirmed-other"),
    ],
)
def test_a_service_speaking_of_another_is_no_victim(code, text, disrupted, speaker):
    got_disrupted, got_bystanders = split(code, text)
    assert got_disrupted == disrupted
    assert speaker in got_bystanders


# ---------------------------------------------------------------- services added to the lexicon in batch 5

NEW_SERVICES = [
    param("id", "Aplikasi Jenius dan OCTO Mobile error sejak pagi.", ["jenius", "cimb_niaga"], id="id-jenius-octo"),
    param("id", "Perjalanan KRL Commuter Line dan MRT Jakarta terganggu sore ini.", ["krl", "mrt_jakarta"], id="id-krl-mrt"),
    param("id", "Situs Coretax dan DJP Online tidak bisa diakses sejak Senin.", ["coretax", "djp_online"], id="id-coretax-djp"),
    param("id", "Server Mobile Legends dan Free Fire down saat turnamen.", ["mobile_legends", "free_fire"], id="id-games"),
    param("id", "Jaringan Biznet dan First Media terganggu di Bekasi.", ["biznet", "first_media"], id="id-isp"),
    param("id", "Layanan BI-FAST sempat terganggu selama dua jam.", ["bi_fast"], id="id-bi-fast"),
    param("id", "Aplikasi Access by KAI error saat pemesanan dibuka.", ["kai_access"], id="id-kai-access"),
    param("id", "Pelanggan kartu Tri kehilangan sinyal sejak subuh.", ["tri"], id="id-kartu-tri"),
    param("en", "Claude and Gemini were down for thousands of users.", ["claude", "gemini"], id="en-ai"),
    param("en", "Google Maps and Google Meet stopped working on Tuesday.", ["google_maps", "google_meet"], id="en-google-maps-meet"),
    param("en", "Fortnite and Minecraft players could not connect.", ["fortnite", "minecraft"], id="en-games"),
    param("en", "Jira, Confluence and Trello went down for hours.", ["jira", "confluence", "trello"], id="en-atlassian"),
    param("en", "PayPal and Venmo users were unable to send money.", ["paypal", "venmo"], id="en-paypal-venmo"),
    param("en", "United Airlines and Delta Air Lines grounded flights.", ["united_airlines", "delta"], id="en-airlines"),
    param("en", "DBS and Citibank customers could not log in.", ["dbs", "citibank"], id="en-banks"),
    param("en", "Spectrum and Xfinity internet service was down in Texas.", ["spectrum", "xfinity"], id="en-isp"),
]


@pytest.mark.parametrize("code, text, expected", NEW_SERVICES)
def test_new_services_are_found(code, text, expected):
    assert split(code, text) == (expected, [])


NEW_SERVICE_TRAPS = [
    param("en", "Flights to the United States were delayed.", id="en-united-states"),
    param("en", "The delta variant spread quickly.", id="en-delta-variant"),
    param("en", "Engineers blamed a confluence of failures.", id="en-confluence-lowercase"),
    param("en", "The outage hit a broad spectrum of businesses.", id="en-spectrum-lowercase"),
    param("en", "The copilot radioed the tower.", id="en-copilot-lowercase"),
    param("en", "The notion that the network was safe proved wrong.", id="en-notion-lowercase"),
    param("en", "The phone's ring woke him, and a square box sat by the door.", id="en-ring-square-box"),
    param("en", "Travellers could not apply for an e-Visa.", id="en-e-visa"),
    param("id", "Dia memang anak yang jenius.", id="id-jenius-lowercase"),
    param("id", "Tri mengatakan internet di rumahnya lambat.", id="id-tri-person"),
    param("id", "Sinar matahari terik sepanjang hari.", id="id-sinar"),
]


@pytest.mark.parametrize("code, text", NEW_SERVICE_TRAPS)
def test_new_services_do_not_match_common_words(code, text):
    assert mentions(code, text) == []


@pytest.mark.parametrize(
    "code, text, bystander",
    [
        ("en", "Some O2 customers on Twitter suggested the outage was the result of a cyber attack.", "Twitter"),
        ("id", "Pengguna disarankan memantau akun resmi Facebook dan Instagram di Twitter.", "Twitter"),
        ("en", "Telegram gained users, while Twitter's official account greeted users with a joke.", "Twitter"),
    ],
)
def test_the_social_network_people_speak_on_is_a_bystander(code, text, bystander):
    lex = lexicon.load()
    found = {m.text: m.bystander for m in S.find_services(text, lex.language(code), lex, 0, len(text))}
    assert found[bystander] is True


@pytest.mark.parametrize(
    "code, text, disrupted, bystanders",
    [
        # services added to the lexicon: a venue of complaints is none, the service that failed is
        param("en", "WeChat went down on Monday as complaints surged on microblogging platform Weibo.", ["wechat"], ["weibo"], id="en-weibo-venue"),
        param("en", "M-Pesa and Alipay payments failed for hours on Monday.", ["mpesa", "alipay"], [], id="en-mpesa-alipay"),
        param("en", "Hulu and Peacock were down for some viewers on Sunday.", ["hulu", "peacock"], [], id="en-hulu-peacock"),
        param("en", "Battle.net logins failed and World of Warcraft players were disconnected on Sunday.", ["battlenet", "world_of_warcraft"], [], id="en-battlenet-wow"),
        # a brand of a service's operator is that service ("Bell's Fibe TV")
        param("en", "Bell's home internet and Fibe TV services were affected on Tuesday.", ["bell"], [], id="en-fibe-is-bell"),
        param("id", "Server CoD Mobile down usai update season baru.", ["call_of_duty"], [], id="id-cod-mobile"),
        param("en", "Call of Duty: Warzone servers crashed on Tuesday.", ["call_of_duty"], [], id="en-warzone"),
        param("en", "ANA and JAL flights were delayed after the check-in system failed.", ["ana", "jal"], [], id="en-ana-jal"),
    ],
)
def test_more_services_in_the_lexicon(code, text, disrupted, bystanders):
    got, by = split(code, text)
    assert got == disrupted and by == bystanders


def test_an_alias_of_another_language_in_lower_case_is_no_service():
    # Indonesian "hulu" is upstream, not the streaming service
    got, by = split("id", "OpenAI menyebut gangguan disebabkan masalah pada penyedia layanan hulu.")
    assert "hulu" not in got


@pytest.mark.parametrize(
    "code, text, expected",
    [
        # widely used services added to the lexicon on 2026-11-23 (3)
        param("en", "Flipkart and Myntra crashed as the sale opened, while Swiggy orders stalled.", ["flipkart", "myntra", "swiggy"], id="en-indian-apps"),
        param("en", "BT, EE and Vodafone customers on Shetland lost mobile service.", ["bt", "ee", "vodafone"], id="en-uk-telcos"),
        param("id", "Pelanggan StarHub dan Maxis melaporkan gangguan jaringan.", ["starhub", "maxis"], id="id-regional-telcos"),
        param("en", "Crunchyroll, Deezer and Proton Mail were all unreachable for an hour.", ["crunchyroll", "deezer", "proton_mail"], id="en-streaming-and-mail"),
        param("en", "Passengers could not book on easyJet, Ryanair or Trainline during the outage.", ["easyjet", "ryanair", "trainline"], id="en-travel"),
        param("en", "MTN Ghana and Viettel customers lost data service.", ["mtn", "viettel"], id="en-mtn-country-unit"),
        param("en", "Orders on Zerodha Kite and Groww were stuck while 2degrees and One NZ customers lost mobile data.", ["zerodha", "groww", "twodegrees", "one_nz"], id="en-trading-apps-and-nz-telcos"),
        param("id", "Nasabah SeaBank dan Allo Bank mengeluhkan aplikasi error, sementara Ferizy dan Sirekap tidak bisa diakses.", ["seabank", "allo_bank", "ferizy", "sirekap"], id="id-banks-and-portals"),
        param("id", "Pemain Clash of Clans, Clash Royale dan Brawl Stars tidak bisa masuk, sementara Grok juga error.", ["clash_of_clans", "clash_royale", "brawl_stars", "grok"], id="id-supercell-games-and-grok"),
    ],
)
def test_widely_used_services_are_known(code, text, expected):
    assert [m.key for m in mentions(code, text)] == expected


@pytest.mark.parametrize(
    "code, text",
    [
        # traps: common words and a line's colour are no service; names left out on purpose
        param("en", "Three people waited as the Orange Line trains stopped under a clear sky.", id="en-common-words"),
        param("en", "The perplexity of users grew; the maxis of the story was the delta variant.", id="en-lowercase-names"),
        param("en", "Payments through EFTPOS terminals failed at Woolworths.", id="en-eftpos-left-out"),
    ],
)
def test_common_words_and_left_out_names_are_no_service(code, text):
    assert [m.key for m in mentions(code, text)] == []


@pytest.mark.parametrize(
    "code, text, disrupted, bystanders",
    [
        # "access to" names what was lost, not where people spoke
        param("en", "Access to Facebook, Instagram and X was restored on Monday, the minister told reporters.", ["facebook", "instagram", "x"], [], id="en-access-to-restored"),
        param("id", "Akses ke Facebook dan Instagram dipulihkan pada Senin malam, kata menteri kepada wartawan.", ["facebook", "instagram"], [], id="id-akses-ke"),
        # trap: people still spoke on a social network
        param("en", "Users took to X to complain that Zoom was down, the company told reporters.", ["zoom"], ["x"], id="en-took-to-x"),
        # a word of what was lost between the venue word and the service, or just before it
        param("en", "Internet users in Pakistan have been unable to access Twitter since Feb. 17.", ["x"], [], id="en-unable-to-access"),
        param("en", "Users could not log in to Instagram for about two hours on Tuesday.", ["instagram"], [], id="en-log-in-to"),
        param("en", "Many customers could not connect to WhatsApp on Tuesday morning.", ["whatsapp"], [], id="en-connect-to"),
        param("id", "Pengguna tidak bisa masuk ke Instagram selama dua jam, kata pengguna kepada wartawan.", ["instagram"], [], id="id-masuk-ke"),
        # trap: people still posted on a social network
        param("id", "Pengguna mengeluh di Twitter bahwa Gmail tidak bisa diakses, kata pengguna kepada wartawan.", ["gmail"], ["x"], id="id-mengeluh-di-twitter"),
    ],
)
def test_access_to_a_service_is_no_venue(code, text, disrupted, bystanders):
    assert split(code, text) == (disrupted, bystanders)


def test_a_name_listed_after_a_rival_is_a_rival_too():
    from outages.extract.pipeline import extract
    from outages.models import Article

    text = (
        "Grab went down on Sunday, Nov 17, 2024, for about 90 minutes.\n\n"
        "Commuters in Singapore turned to taxis and other ride-hailing apps such as Gojek and Tada during the outage."
    )
    incidents = extract(Article(file="g.txt", text=text, published="2024-11-18", language="en"))
    assert [i.services for i in incidents] == [["Grab"]]


@pytest.mark.parametrize(
    "code, text, disrupted, bystanders",
    [
        # a list spared over a lower-case word or two after its joiner
        param("id", "Rizky memastikan fitur belanja di aplikasi Shopee dan pembayaran ShopeePay tidak terdampak.", [], ["shopee", "shopeepay"], id="id-spared-list-with-nouns"),
        param("en", "The Shopee app and the ShopeePay wallet were unaffected.", [], ["shopee", "shopeepay"], id="en-spared-list-with-nouns"),
        param("en", "Shopee went down and the ShopeePay wallet was unaffected.", ["shopee"], ["shopeepay"], id="en-spared-only-after-the-victim"),
        # where users flee from, and group chats as a venue
        param("en", "Bluesky, which has been soaking up users fleeing X, suffered an outage.", ["bluesky"], ["x"], id="en-users-fleeing"),
        param("id", "Warga menduga pemadaman terjadi karena gas, seperti yang ramai dibicarakan di grup WhatsApp.", [], ["whatsapp"], id="id-grup-whatsapp"),
        param("id", "Fitur grup WhatsApp error sejak pagi.", ["whatsapp"], [], id="id-grup-feature-down"),
    ],
)
def test_more_bystanders(code, text, disrupted, bystanders):
    assert split(code, text) == (disrupted, bystanders)


@pytest.mark.parametrize(
    "code, text, key",
    [
        param("id", "Menanggapi hal ini, Head of Public Affairs Shopee Indonesia, Rizky Amalia, membenarkan adanya kendala.", "shopee", id="id-head-of-title"),
        param("en", "A spokesperson for Telkomsel, Andi Saputra, said the network was back.", "telkomsel", id="en-spokesperson-for"),
        param("id", "Juru bicara Gojek, Rina Hartono, mengatakan aplikasi sudah pulih.", "gojek", id="id-juru-bicara"),
    ],
)
def test_the_employer_in_a_person_s_title_speaks(code, text, key):
    (m,) = [m for m in mentions(code, text) if m.key == key]
    assert m.speaker and not m.bystander


def test_a_service_before_a_person_without_a_title_does_not_speak():
    (m,) = mentions("en", "Users of Telkomsel, Andi Saputra among them, could not call.")
    assert not m.speaker


@pytest.mark.parametrize(
    "code, text, disrupted, bystanders",
    [
        # the app a failed feature lives in is its host, not a victim
        param("id", "Meta AI Error di WhatsApp dan Instagram, Chat Biasa Tetap Lancar", ["meta_ai"], ["whatsapp", "instagram"], id="id-error-di-host"),
        param("en", "Copilot failed in Outlook and Teams for some users on Monday.", ["copilot"], ["outlook", "teams"], id="en-failed-in-host"),
        param("id", "Asisten Meta AI yang tertanam di WhatsApp, Instagram, dan Messenger ngadat sejak Kamis malam.", ["meta_ai"], ["whatsapp", "instagram", "messenger"], id="id-tertanam-di"),
        # traps: "di" before a service with no failed service named before it
        param("id", "Gangguan di WhatsApp membuat pesan tertahan.", ["whatsapp"], [], id="id-gangguan-di-victim"),
        param("en", "Users reported problems in WhatsApp on Monday.", ["whatsapp"], [], id="en-in-with-no-failure-before"),
        param("en", "Signal and WhatsApp went down on Monday.", ["signal", "whatsapp"], [], id="en-list-no-host"),
    ],
)
def test_the_host_of_a_failed_feature_is_a_bystander(code, text, disrupted, bystanders):
    found = mentions(code, text)
    assert [m.key for m in found if not m.bystander] == disrupted
    assert [m.key for m in found if m.bystander] == bystanders


@pytest.mark.parametrize(
    "code, text, key",
    [
        # a name written with "and" is the same written with "&"
        param("en", "Hong Kong Exchanges & Clearing suspended trading on Thursday.", "hkex", id="en-ampersand-for-and"),
        param("en", "Hong Kong Exchanges and Clearing suspended trading on Thursday.", "hkex", id="en-and-as-listed"),
    ],
)
def test_and_and_ampersand_write_one_name(code, text, key):
    assert [m.key for m in mentions(code, text)] == [key]


@pytest.mark.parametrize(
    "code, text, bystanders",
    [
        # a tracking site is where the outage was seen, no victim
        param("id", "Berdasarkan situs pemantau SteamStat, gangguan dialami pengguna di seluruh dunia.", ["~SteamStat"], id="id-situs-pemantau"),
    ],
)
def test_a_tracking_site_is_a_bystander(code, text, bystanders):
    lex = _lex()
    from outages.extract import names as N
    lang = lex.language(code)
    known = mentions(code, text)
    unknown = N.find_unknown_services(text, lang, lex, 0, len(text), known)
    found = S.listed_with_bystanders(text, known + unknown)
    assert [m.key for m in found if not m.bystander and m.key in bystanders] == []


@pytest.mark.parametrize(
    "code, text, disrupted, bystanders",
    [
        # a service right before a handle is where someone posted
        param("id", '"Ternyata YouTube-nya yang down," tulis pengguna Twitter @galih_prasetya.', ["youtube"], ["x"], id="id-pengguna-twitter-handle"),
        param("en", "YouTube is down again, wrote X user @kestrel_fan on Wednesday.", ["youtube"], ["x"], id="en-x-user-handle"),
        # trap: a service with no handle after it
        param("en", "YouTube and Twitter were down on Wednesday.", ["youtube", "x"], [], id="en-no-handle"),
    ],
)
def test_a_service_before_a_handle_is_where_someone_posted(code, text, disrupted, bystanders):
    assert split(code, text) == (disrupted, bystanders)


@pytest.mark.parametrize(
    "code, text, disrupted, bystanders",
    [
        # a channel on a service is where someone posted
        param("en", "Snapchat went down as a group claimed on its Telegram channel that it had attacked the app.", ["snapchat"], ["telegram"], id="en-telegram-channel"),
        param("id", "WhatsApp down, dan admin mengumumkannya lewat kanal Telegram resmi mereka.", ["whatsapp"], ["telegram"], id="id-kanal-telegram-before"),
        param("id", "WhatsApp down, dan pengumuman disebar di Telegram kanal resmi.", ["whatsapp"], ["telegram"], id="id-telegram-kanal"),
        # trap: a channel word far after the service
        param("en", "Telegram went down on Monday, and WhatsApp also crashed for an hour.", ["telegram", "whatsapp"], [], id="en-no-channel-word"),
    ],
)
def test_a_channel_on_a_service_is_where_someone_posted(code, text, disrupted, bystanders):
    assert split(code, text) == (disrupted, bystanders)


@pytest.mark.parametrize(
    "code, text, disrupted, bystanders",
    [
        # the services after a word of still being usable worked
        param("en", "Calls could not be placed on the network, although customers could still use messaging apps such as WhatsApp.", [], ["whatsapp"], id="en-could-still-use"),
        param("id", "Transfer BCA gagal diproses, tetapi nasabah masih bisa menggunakan GoPay untuk membayar.", ["bca"], ["gopay"], id="id-masih-bisa-menggunakan"),
        # trap: an outage word between the words and the service
        param("en", "Customers could still use the app until noon, when WhatsApp went down as well.", ["whatsapp"], [], id="en-outage-word-between"),
    ],
)
def test_a_service_still_usable_is_no_victim(code, text, disrupted, bystanders):
    assert split(code, text) == (disrupted, bystanders)


def test_a_service_followed_by_in_without_a_colon_stays_disrupted():
    # trap: "Zoom in Europe" is the service in a place, no label
    assert split("en", "Users of Zoom in Europe could not join calls.") == (["zoom"], [])


@pytest.mark.parametrize(
    "text, services",
    [
        # an emergency number is matched only in the phrases of one ("911 calls", "emergency number 112")
        param("911 calls failed across four states on Wednesday, Oct. 16, for two hours.", ["911"], id="en-911-calls-failed"),
        param("Calls to the emergency number 112 could not be connected on Wednesday, Oct. 16.", ["112"], id="en-emergency-number-112"),
        param("Layanan 112 Kota Zorkville lumpuh selama dua jam pada Rabu (16/10).", ["112"], id="id-layanan-112"),
        # ... and yields to the carrier it failed through
        param("Rogers went down on Wednesday, Oct. 16, and people could not reach 911 using Rogers phones.", ["Rogers"], id="en-911-through-rogers"),
    ],
)
def test_emergency_numbers(text, services):
    from outages.articles import article_from_text
    from outages.extract.pipeline import extract
    (found,) = extract(article_from_text(text, "t.txt", {"published": "2024-10-17"}))
    assert found.services == services


@pytest.mark.parametrize(
    "text",
    [
        # traps: the bare digits are any number
        param("The Porsche 911 went on sale on Wednesday, Oct. 16.", id="en-porsche-911"),
        param("Power was restored to all 1,112 grid stations on Wednesday, Oct. 16.", id="en-a-count"),
    ],
)
def test_a_bare_emergency_number_is_no_service(text):
    from outages.articles import article_from_text
    from outages.extract.pipeline import extract
    assert all(not {"911", "112", "999"} & set(i.services) for i in extract(article_from_text(text, "t.txt", {"published": "2024-10-17"})))


def test_a_short_form_matched_only_once_the_full_name_is_written():
    # "Nationwide" stands for Nationwide Building Society once the text names it in full;
    # alone it is the word ("Nationwide Internet Shutdown Hits Zorkland")
    from outages.articles import article_from_text
    from outages.extract.pipeline import extract
    text = ("Nationwide Building Society said its app failed on Friday, Oct. 11.\n\n"
            "Nationwide's app and card payments were down for five hours.")
    (found,) = extract(article_from_text(text, "t.txt", {"published": "2024-10-17"}))
    assert found.services == ["Nationwide"]
    trap = "Nationwide Internet Shutdown Hits Zorkland\n\nThe internet was cut across Zorkland on Friday, Oct. 11, for five hours."
    assert all("Nationwide" not in i.services for i in extract(article_from_text(trap, "t.txt", {"published": "2024-10-17"})))


@pytest.mark.parametrize(
    "text",
    [
        # a short name in brackets after a listed service's name is that service, and its
        # people speak for it
        param("Trading at the Philippine Stock Exchange (PSE) was halted for four hours on Thursday, Sept. 19, 2024.\n\n"
              "PSE President Rafael Cruz said a software glitch in the trading engine caused the halt.", id="en-short-name-in-brackets"),
    ],
)
def test_a_short_name_of_a_listed_service_is_that_service(text):
    from outages.articles import article_from_text
    from outages.extract.pipeline import extract

    (found,) = extract(article_from_text(text, "t.txt", {"published": "2024-09-20"}))
    assert found.services == ["Philippine Stock Exchange"]
    assert (found.cause.category, found.cause.basis) == ("software_bug", "operator")


@pytest.mark.parametrize(
    "text, shorts, spelled",
    [
        # a listed short name spelled out as another name than the lexicon's: not that service
        param("Trading on the Nairobi Securities Exchange (NSE) was halted.", {"NSE"}, set(), id="en-other-long-form"),
        # a listed name ending a longer name whose short form follows: that one mention
        param("Customers of Permanent TSB (PTSB) could not log in.", set(), {"TSB"}, id="en-longer-name-around-listed"),
        # traps: the lexicon's own long form, a long form the lexicon never spells out, no brackets
        param("Trading on the National Stock Exchange (NSE) was halted.", set(), set(), id="en-same-long-form"),
        param("Customers of First National Bank (FNB) could not log in.", set(), set(), id="en-unknown-long-form-stays"),
        param("Customers of TSB could not log in, and NSE halted trading.", set(), set(), id="en-no-brackets"),
        param("Nasabah Telkomsel (TSEL) mengeluh.", set(), set(), id="id-ticker-in-brackets"),
    ],
)
def test_a_listed_name_the_article_spells_out_as_another(text, shorts, spelled):
    lex = _lex()
    found_shorts, starts = S.redefined(text, lex)
    assert set(found_shorts) == shorts
    assert {text[a : a + 3] for a in starts} == spelled


@pytest.mark.parametrize(
    "text, published, services",
    [
        param("Customers of Permanent TSB (PTSB) could not log in to the app on Tuesday. PTSB said the outage was fixed by noon.",
              "2017-05-10", ["Permanent TSB"], id="en-permanent-tsb"),
        param("Trading on the Nairobi Securities Exchange (NSE) was halted on Tuesday for two hours. The NSE said a server failed.",
              "2017-05-10", None, id="en-nairobi-nse-is-not-india"),
        # trap: the lexicon's own long form keeps the listed service
        param("Trading on the National Stock Exchange (NSE) was halted on Tuesday for two hours. The NSE said a server failed.",
              "2017-05-10", ["National Stock Exchange of India"], id="en-national-stock-exchange"),
    ],
)
def test_a_listed_name_spelled_out_as_another_is_not_that_service(text, published, services):
    from outages.articles import article_from_text
    from outages.extract.pipeline import extract

    found = extract(article_from_text(text, "t.txt", {"published": published}))
    if services is None:
        assert all("National Stock Exchange of India" not in i.services for i in found)
    else:
        assert [i.services for i in found] == [services]


@pytest.mark.parametrize(
    "code, text, disrupted, bystanders",
    [
        # a former name takes the part of the name before it
        param("en", "On X, formerly Twitter, hundreds of users posted screenshots of failed GoPay payments.", ["gopay"], ["x", "x"], id="en-venue-formerly"),
        param("en", "X, formerly Twitter, was down for two hours on Monday.", ["x", "x"], [], id="en-down-formerly"),
        # trap: another service after "formerly" is no former name of this one
        param("en", "Users on Threads, formerly a quiet app, said Instagram was down.", ["instagram"], ["threads"], id="en-formerly-not-a-name"),
    ],
)
def test_a_former_name_takes_the_part_of_the_name_before_it(code, text, disrupted, bystanders):
    assert split(code, text) == (disrupted, bystanders)


@pytest.mark.parametrize(
    "code, text, disrupted, bystanders",
    [
        # other services "working as normal" are spared
        param("en", "Other social media platforms, including Instagram, WhatsApp and TikTok, appear to be working as normal.", [], ["instagram", "whatsapp", "tiktok"], id="en-working-as-normal"),
        param("en", "Google Pay and PhonePe were operating as normal, the regulator said.", [], ["google_pay", "phonepe"], id="en-operating-as-normal"),
    ],
)
def test_services_working_as_normal_are_spared(code, text, disrupted, bystanders):
    assert split(code, text) == (disrupted, bystanders)


@pytest.mark.parametrize(
    "code, text, disrupted",
    [
        # Indosat's company name and its initials are Indosat
        param("id", "Pelanggan Indosat Ooredoo Hutchison (IOH) di Kalimantan Tengah kehilangan sinyal sejak Rabu sore.", ["indosat", "indosat"], id="id-ioh-in-brackets"),
        param("id", "IOH menyebut layanan sudah pulih pada Kamis dini hari.", ["indosat"], id="id-ioh-alone"),
        # trap: the letters in lower case are no name
        param("id", "Ioh, sinyal hilang lagi.", [], id="id-ioh-lower-case"),
    ],
)
def test_indosat_s_company_name_is_indosat(code, text, disrupted):
    assert split(code, text)[0] == disrupted


def test_duitnow_is_a_service_and_paynet_its_operator():
    from outages.articles import article_from_text
    from outages.extract.pipeline import extract

    text = ("DuitNow QR payments failed across Malaysia for four hours on Sunday, Oct. 12, 2025.\n\n"
            "PayNet, which runs DuitNow, said services were fully restored by 2pm.")
    (found,) = extract(article_from_text(text, "t.txt", {"published": "2025-10-13"}))
    assert found.services == ["DuitNow"]


@pytest.mark.parametrize(
    "code, text, disrupted, bystanders",
    [
        # users of other services reporting no such problems: those services were spared
        param("id", "Pelanggan Maxis dan U Mobile tidak melaporkan masalah serupa pada periode yang sama.", [], ["maxis", "u_mobile"], id="id-tidak-melaporkan-masalah-serupa"),
        # the employer in a person's title, however long its unit's name, speaks and is no victim of another's outage
        param("id", "General Manager PLN Icon Plus Kantor Perwakilan Jawa Bagian Tengah, Wahyu Pramono, membenarkan gangguan layanan Iconnet.",
              [], ["pln"], id="id-long-unit-in-a-title"),
    ],
)
def test_spared_services_and_an_employer_in_a_long_title(code, text, disrupted, bystanders):
    got = split(code, text)
    assert got[1] == bystanders and all(k not in got[0] for k in bystanders)
