"""Dyadic events: structure, modality, dates, captions, statements as evidence, and the seed.

Every test also checks that each reported span indexes ``an.article.text``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import alignkit

ARTICLES = Path(__file__).parent / "articles"
PUB = "2025-03-01"


# ---------------------------------------------------------------------------- helpers


def check_spans(an) -> None:
    text = an.article.text
    for m in an.mentions.itertuples():
        assert text[m.start : m.end] == m.text
    for s in an.statements.itertuples():
        assert text[s.cue_start : s.cue_end] == s.cue, s
        assert text[s.content_start : s.content_end] == s.content, s
    for e in an.events.itertuples():
        assert e.trigger and e.trigger in text[e.start : e.end], e
        if e.date_text:
            assert e.date_text in text, e
        assert e.sign in (1, -1, 0)
        assert e.mode in ("actual", "expected", "proposed", "claimed", "denied")
    for r in an.timeline.itertuples():
        assert 0 <= r.start < r.end <= len(text)
        if r.kind == "milestone":
            assert text[r.start : r.end] == r.date_text, r


def analyze(text: str, publication_date: str | None = PUB):
    an = alignkit.analyze_text(text, publication_date=publication_date)
    check_spans(an)
    return an


def load(name: str):
    an = alignkit.analyze(ARTICLES / name)
    check_spans(an)
    return an


def events(an, **where) -> list:
    return [e for e in an.events.itertuples() if all(getattr(e, k) == v for k, v in where.items())]


def pair(e) -> frozenset:
    return frozenset((e.source_country, e.target_country))


def edge_sign(an, a: str, b: str):
    g = an.network
    return g.edges[a, b]["sign"] if g.has_edge(a, b) else None


def dump(an) -> list[dict]:
    cols = ["source", "target", "source_country", "target_country", "type", "mode", "origin"]
    return an.events[cols].to_dict("records")


# ---------------------------------------------------------------------------- structure


def test_coordinated_subject_gives_one_mutual_event():
    an = analyze("Russia and Iran are expanding their military cooperation.")
    found = events(an, origin="event")
    assert len(found) == 1, dump(an)
    e = found[0]
    assert pair(e) == {"RUS", "IRN"}
    assert e.type == "COOPERATE"
    assert e.sign == 1
    assert e.mode == "actual"
    assert list(an.network.edges()) and edge_sign(an, "RUS", "IRN") == 1
    assert an.network.number_of_edges() == 1


def test_between_x_and_y():
    an = analyze("Talks between Japan and South Korea resumed in Tokyo.")
    found = events(an, type="CONSULT")
    assert len(found) == 1, dump(an)
    assert pair(found[0]) == {"JPN", "KOR"}
    assert edge_sign(an, "JPN", "KOR") == 1


def test_possessive_conflict_with():
    an = analyze("North Korea's conflict with South Korea has simmered for decades.")
    found = events(an, type="FIGHT")
    assert len(found) == 1, dump(an)
    e = found[0]
    assert (e.source_country, e.target_country) == ("PRK", "KOR")
    assert e.sign == -1
    assert edge_sign(an, "PRK", "KOR") == -1


@pytest.mark.parametrize(
    "text",
    [
        "Russia has bolstered its partnerships with nations like Iran and North Korea.",
        "Russia is deepening ties with countries such as Iran and North Korea.",
    ],
    ids=["nations-like", "countries-such-as"],
)
def test_listed_partners_are_each_a_target_never_a_pair(text):
    an = analyze(text)
    pairs = {pair(e) for e in events(an, type="COOPERATE")}
    assert pairs == {frozenset({"RUS", "IRN"}), frozenset({"RUS", "PRK"})}, dump(an)
    for e in an.events.itertuples():
        assert pair(e) != {"IRN", "PRK"}
    assert not an.network.has_edge("IRN", "PRK")
    assert edge_sign(an, "RUS", "IRN") == edge_sign(an, "RUS", "PRK") == 1


def test_a_person_stands_for_their_country():
    an = analyze("Putin hosted Pezeshkian at his residence outside Moscow.")
    found = events(an, type="CONSULT")
    assert len(found) == 1, dump(an)
    e = found[0]
    assert e.source == "vladimir-putin"
    assert e.source_country == "RUS"
    assert e.target == "masoud-pezeshkian"
    assert e.target_country == "IRN"
    assert edge_sign(an, "RUS", "IRN") == 1


def test_a_population_stands_for_no_state():
    an = analyze("Keith Kellogg urged Japan to support the Iranian people.")
    support = events(an, type="SUPPORT", origin="event")
    assert len(support) == 1, dump(an)
    assert support[0].source_country == "JPN"
    assert not support[0].target_country  # the Iranian people: a group, not the state
    assert not an.network.has_edge("JPN", "IRN")
    assert not an.network.has_edge("USA", "IRN")
    assert "IRN" not in an.network


def test_urged_the_us_to_support_a_population_adds_no_state_edge():
    an = analyze("Sergei Lavrov urged the US to support the Iranian people.")
    assert not an.network.has_edge("USA", "IRN")
    for e in an.events.itertuples():
        assert e.target_country != "IRN", dump(an)


# ---------------------------------------------------------------------------- modality


def test_expected_to_meet():
    an = analyze("Wang Yi and Sergei Lavrov are expected to meet in Beijing.")
    found = events(an, type="CONSULT")
    assert len(found) == 1, dump(an)
    assert found[0].mode == "expected"
    assert pair(found[0]) == {"CHN", "RUS"}


def test_advocated_sanctions_are_proposed():
    text = "Jake Sullivan has advocated for sanctions on North Korea."
    an = analyze(text)
    stmt = an.statements.iloc[0]
    found = events(an, type="SANCTION", origin="event")
    assert len(found) == 1, dump(an)
    e = found[0]
    assert e.mode == "proposed"
    assert (e.source_country, e.target_country) == ("USA", "PRK")
    assert e.trigger == "sanctions"
    assert e.source == "jake-sullivan"  # the proposal acts for its speaker
    assert stmt.content_start <= text.index("sanctions") < stmt.content_end


@pytest.mark.parametrize(
    "text",
    [
        "Putin has not met Zelenskyy since the invasion.",
        "Putin did not meet Zelenskyy in Istanbul.",
        "Wang Yi did not meet Antony Blinken during the forum.",
    ],
    ids=["has-not-met", "did-not-meet", "did-not-meet-ministers"],
)
def test_denied_meeting_is_coded_but_not_evidence(text):
    an = analyze(text)
    found = events(an, type="CONSULT")
    assert len(found) == 1, dump(an)
    e = found[0]
    assert e.mode == "denied"
    assert not an.network.has_edge(e.source_country, e.target_country)
    assert an.network.number_of_edges() == 0


# ---------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "text, date, date_text, basis",
    [
        ("Russia and Iran signed a treaty last year.", "2024", "last year", "publication"),
        ("Putin met Kim Jong Un on June 19.", "2024-06-19", "June 19", "publication"),
        ("Putin will meet Kim Jong Un on June 19.", "2025-06-19", "June 19", "publication"),
        ("China and Russia held talks in August of '23.", "2023-08", "August of '23", "printed"),
        (
            "Putin met Pezeshkian in Moscow days before Trump's return to the White House.",
            "2025-01",
            "days before Trump's return to the White House",
            "codebook",
        ),
    ],
    ids=["last-year", "june-19-past", "june-19-future", "august-of-23", "days-before-return"],
)
def test_dates_normalized_against_publication_date(text, date, date_text, basis):
    an = analyze(text)
    found = events(an, origin="event")
    assert found, dump(an)
    for e in found:
        assert e.date == date
        assert e.date_text == date_text
        assert e.date_basis == basis
    tl = an.timeline[an.timeline["kind"] == "event"]
    assert set(tl["date"]) == {date}


def test_relative_date_without_publication_date_stays_open():
    an = analyze("Russia and Iran signed a treaty last year.", publication_date=None)
    found = events(an, origin="event")
    assert len(found) == 1, dump(an)
    assert found[0].date is None
    assert found[0].date_basis == "open"
    assert an.timeline.empty


def test_estimated_publication_date_marks_the_basis(tmp_path):
    path = tmp_path / "estimated.txt"
    path.write_text(
        "Talks in Tehran\n\nChina and Iran signed an energy agreement last year.\n",
        encoding="utf-8",
    )
    (tmp_path / "estimated.meta.json").write_text(
        json.dumps({"publication_date": "2025-02-10", "publication_date_status": "estimated"}),
        encoding="utf-8",
    )
    art = alignkit.load_article(path)
    assert art.date_status == "estimated"
    an = alignkit.analyze(art)
    check_spans(an)
    found = events(an, origin="event")
    assert found, dump(an)
    for e in found:
        assert e.date == "2024"
        assert e.date_basis == "estimated"
    assert set(an.timeline["date_basis"]) == {"estimated"}


# ---------------------------------------------------------------------------- captions


def test_caption_picturing_two_leaders_is_no_event():
    an = load("events-caption-copresence.txt")
    caps = [s for s in an.article.sentences if s.block == "caption"]
    assert len(caps) == 1
    # The same words as a body sentence would be an event: the caption rule is what stops it.
    control = analyze(f"Leaders met.\n\n{caps[0].text}.")
    assert events(control, origin="event"), dump(control)
    assert not any(e.sentence == caps[0].index for e in an.events.itertuples()), dump(an)
    assert an.network.number_of_edges() == 0


def test_caption_handshake_is_an_event():
    an = load("events-caption-handshake.txt")
    caps = [s for s in an.article.sentences if s.block == "caption"]
    assert len(caps) == 1
    found = [e for e in an.events.itertuples() if e.sentence == caps[0].index]
    assert len(found) == 1, dump(an)
    assert pair(found[0]) == {"CHN", "RUS"}
    assert found[0].sign == 1
    assert edge_sign(an, "CHN", "RUS") == 1


@pytest.mark.parametrize(
    "name", ["events-caption-signing-at.txt", "events-caption-signing-attend.txt"]
)
def test_caption_treaty_signing_is_an_event(name):
    an = load(name)
    caps = [s for s in an.article.sentences if s.block == "caption"]
    assert len(caps) == 1
    found = [e for e in an.events.itertuples() if e.sentence == caps[0].index]
    assert len(found) == 1, dump(an)
    assert found[0].type == "AGREE"
    assert pair(found[0]) == {"RUS", "PRK"}
    assert edge_sign(an, "RUS", "PRK") == 1


# ---------------------------------------------------------------------------- statements


@pytest.mark.parametrize(
    "text, a, b, sign",
    [
        (
            "Dmitry Peskov said Japan's new missile deployments were a provocation.",
            "RUS",
            "JPN",
            -1,
        ),
        ("Wang Yi criticized Japan for expanding its military budget.", "CHN", "JPN", -1),
        (
            "Masoud Pezeshkian warned that the United States would regret any strike.",
            "IRN",
            "USA",
            -1,
        ),
        ("Kim Jong Un praised Russia for its unwavering friendship.", "PRK", "RUS", 1),
    ],
    ids=["negative-said", "criticized", "warned-that", "praised"],
)
def test_statements_feed_the_network(text, a, b, sign):
    an = analyze(text)
    made = events(an, origin="statement")
    assert made, dump(an)
    assert any((e.source_country, e.target_country) == (a, b) and e.sign == sign for e in made), (
        dump(an)
    )
    for e in made:
        assert e.trigger in set(an.statements["cue"])
    assert edge_sign(an, a, b) == sign


# ---------------------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed_an():
    an = alignkit.analyze(alignkit.SEED)
    check_spans(an)
    return an


@pytest.fixture(scope="module")
def seed_gold():
    return json.loads(Path(alignkit.GOLD).read_text(encoding="utf-8"))


def test_seed_relations(seed_an, seed_gold):
    g = seed_an.network
    want = {
        frozenset((r["source"], r["target"])): (1 if r["polarity"] == "+" else -1)
        for r in seed_gold["relations"]
    }
    got = {frozenset((a, b)): d["sign"] for a, b, d in g.edges(data=True)}
    assert len(want) == 8
    assert got == want


def test_seed_not_relations(seed_an, seed_gold):
    g = seed_an.network
    for nr in seed_gold["not_relations"]:
        a, b = nr["pair"]
        if nr["polarity"] == "any":
            assert not g.has_edge(a, b), nr
        else:
            bad = 1 if nr["polarity"] == "+" else -1
            assert not (g.has_edge(a, b) and g.edges[a, b]["sign"] == bad), nr


def test_seed_blocs_and_frustration(seed_an, seed_gold):
    want = {frozenset(side) for side in seed_gold["blocs"]["partition"]}
    assert set(seed_an.blocs) == want
    assert seed_an.frustration == seed_gold["blocs"]["frustration"] == 0


def test_seed_timeline(seed_an, seed_gold):
    tl = seed_an.timeline
    assert len(seed_gold["timeline"]) == 3
    for item in seed_gold["timeline"]:
        rows = tl[tl["date"] == item["date"]]
        match = [
            r
            for r in rows.itertuples()
            if r.date_text and (r.date_text in item["text"] or item["text"] in r.date_text)
        ]
        assert match, (item, tl[["date", "date_text", "label"]].to_dict("records"))


@pytest.mark.parametrize(
    "text",
    [
        "Iran launched about 180 ballistic missiles at Israel on Tuesday night.",
        "Iran Fires Missiles at Israel",
    ],
)
def test_missile_fire_at_a_state_is_an_assault_with_subject_as_source(text):
    an = alignkit.analyze_text(text, publication_date="2024-10-02")
    rows = an.events[["source_country", "target_country", "type", "sign"]].values.tolist()
    assert rows == [["IRN", "ISR", "ASSAULT", -1]]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "China's military staged large-scale drills around Taiwan.",
            ["CHN", "TWN", "MOBILIZE", -1],
        ),
        ("Russia deployed troops near Ukraine.", ["RUS", "UKR", "MOBILIZE", -1]),
        ("North Korea and Russia held joint naval drills.", ["PRK", "RUS", "COOPERATE", 1]),
    ],
    ids=["drills-around", "deployed-near", "joint-drills"],
)
def test_military_moves(text, expected):
    an = alignkit.analyze_text(text, publication_date="2024-05-24")
    rows = an.events[["source_country", "target_country", "type", "sign"]].values.tolist()
    assert rows == [expected]


def test_a_state_institution_named_by_possessive_acts_for_the_state():
    an = alignkit.analyze_text(
        "Taiwan's defence ministry condemned Beijing's drills.", publication_date="2024-05-24"
    )
    actors = an.actors.set_index("actor")
    assert actors.loc["taiwan-defence-ministry", ["type", "country", "node"]].tolist() == [
        "organization",
        "TWN",
        "TWN",
    ]
    assert an.statements.iloc[0]["speaker"] == "taiwan-defence-ministry"
    assert an.network.edges["CHN", "TWN"]["sign"] == -1


def test_reporting_an_attack_is_a_verbal_accusation_not_an_assault():
    an = alignkit.analyze_text(
        "Iranian state media said Israel attacked the embassy.", publication_date="2024-05-24"
    )
    made = an.events[an.events["origin"] == "statement"]
    assert made[["source_country", "target_country", "type"]].values.tolist() == [
        ["IRN", "ISR", "ACCUSE"]
    ]
