"""Actors and statements on other wars (issue 20): titles the codebook lacked, a state's
other spelling, people introduced by a long title and a comma. Sentences written for these
tests."""

from __future__ import annotations

import pytest

import alignkit


def _people(text: str) -> dict[str, str]:
    an = alignkit.analyze_text(text)
    return {r.name: r.country for r in an.actors.itertuples() if r.type == "person"}


def _speakers(text: str) -> list[tuple[str, str]]:
    an = alignkit.analyze_text(text)
    t = an.article.text
    return [(r.speaker, t[r.cue_start : r.cue_end]) for r in an.statements.itertuples()]


def test_a_capital_d_spelling_of_cote_divoire_is_the_state():
    an = alignkit.analyze_text("Cote D'Ivoire and Ghana signed a border accord.")
    rows = {r.actor: r.type for r in an.actors.itertuples()}
    assert rows.get("CIV") == "country"
    assert "person" not in rows.values()


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Aid groups pressed State Counsellor Aung San Suu Kyi to open Rakhine.",
            "Aung San Suu Kyi",
        ),
        ("Beijing sent State Councilor Lin Feng to the summit in Vientiane.", "Lin Feng"),
        ("State Secretary Lena Vogt flew to Chisinau on Monday.", "Lena Vogt"),
    ],
)
def test_state_titles_introduce_a_person(text, name):
    people = _people(text)
    assert name in people
    assert not any(n.startswith("State") for n in people)


@pytest.mark.parametrize(
    "rank",
    ["Chief Warrant Officer 3", "Sgt. 1st Class", "Petty Officer 2nd Class", "Staff Sgt."],
)
def test_a_graded_military_rank_leads_to_the_speaker(rank):
    text = f"“The convoy reached the border before dawn,” said {rank} Dana Whitfield."
    assert ("dana-whitfield", "said") in _speakers(text)
    assert "Dana Whitfield" in _people(text)


def test_a_speech_delivered_by_a_name_then_its_title_is_that_persons():
    text = (
        'Source: https://x.org/s (GOV.UK speech "Statement on Chad", delivered by Ana Ruiz, '
        "UK Permanent Representative to the UN in Geneva; Open Government Licence)\n"
        "Date: 2024-03-01\n\nStatement on Chad\n\nWe remain concerned by the fighting in Chad."
    )
    an = alignkit.analyze_text(text)
    people = {r.name: r.country for r in an.actors.itertuples() if r.type == "person"}
    assert people.get("Ana Ruiz") == "GBR"
    assert set(an.statements["speaker"]) == {"ana-ruiz"}


def test_a_byline_of_a_name_then_its_title_names_the_speaker():
    text = (
        'Source: https://x.org/r (U.S. Mission to the United Nations, "Remarks at a UN '
        'Security Council Briefing on Chad"; public domain)\nDate: 2024-03-01\n\n'
        "Remarks at a UN Security Council Briefing on Chad\n\n"
        "Jane Roe\nPolitical Coordinator\nU.S. Mission to the United Nations\nNew York City\n"
        "March 1, 2024\n\n"
        "We remain concerned by the fighting in Chad."
    )
    an = alignkit.analyze_text(text)
    people = {r.name: r.country for r in an.actors.itertuples() if r.type == "person"}
    assert people.get("Jane Roe") == "USA"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Ambassador Neil Holland said the office had done good work.", "Neil Holland"),
        ("Senator Ben Jordan told reporters the deal was weak.", "Ben Jordan"),
    ],
)
def test_a_state_name_after_a_titled_given_name_is_a_surname(text, name):
    an = alignkit.analyze_text(text)
    people = [r.name for r in an.actors.itertuples() if r.type == "person"]
    assert people == [name]
    assert not {"NLD", "JOR"} & set(an.actors["actor"])


def test_a_titled_state_name_after_the_full_name_is_the_person():
    text = (
        "Ambassador Neil Holland opened the session. Ambassador Holland said the office "
        "had done good work."
    )
    assert [s for s, _ in _speakers(text)] == ["neil-holland"]


def test_a_state_name_keeps_its_state_after_a_titled_person():
    text = "Dutch Ambassador Anna Visser said Holland would help Chad."
    an = alignkit.analyze_text(text)
    assert {"NLD", "TCD"} <= set(an.actors["actor"])


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The Deputy Secretary of State for Management and Resources of the United States, "
            "Laura Pike, met her Ghanaian host in Accra.",
            "Laura Pike",
        ),
        ("Minister of Water and Sanitation Thabo Nkosi said the dam was safe.", "Thabo Nkosi"),
        ("The Minister of Youth, Mary Okoro, opened the games in Abuja.", "Mary Okoro"),
    ],
)
def test_a_portfolio_of_several_words_is_part_of_the_title(text, name):
    assert name in _people(text)


def test_a_statement_set_off_with_its_issuing_group_is_the_groups():
    text = (
        "Officials counted twelve dead, but a statement, issued by al-Shabaab, insists forty died."
    )
    assert ("al-shabaab", "insists") in _speakers(text)
    assert all(s != "statement" for s, _ in _speakers(text))


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "The envoy thanked Presidents Mwangi and Okafor for their mediation.",
            {"Mwangi", "Okafor"},
        ),
        ("Foreign Ministers Hollis and Abebe signed the accord in Lome.", {"Hollis", "Abebe"}),
        ("Presidents Ruto and Museveni praised the deal.", {"William Ruto", "Yoweri Museveni"}),
    ],
)
def test_a_plural_title_introduces_each_coordinated_surname(text, names):
    people = _people(text)
    assert names <= set(people)
    assert not any(n.startswith(("Presidents", "Ministers", "Foreign")) for n in people)


def test_a_singular_title_keeps_a_lone_second_surname_out():
    assert set(_people("President Mwangi and Okafor signed the accord.")) == {"Mwangi"}


def test_a_plural_title_with_a_date_finds_each_office_holder():
    text = "Date: 2023-03-01\n\nThe envoy praised Presidents Lourenco and Ruto for their work."
    an = alignkit.analyze_text(text)
    assert {"joao-lourenco", "william-ruto"} <= set(an.actors["actor"])


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The envoy recalled Minister Ana Ruiz's recent statement commending Ghana.",
            "ana-ruiz",
        ),
        ("Chile's statement that the islands were Chilean angered Lima.", "CHL"),
        ("Kenya's remarks welcoming the truce were read out in Addis Ababa.", "KEN"),
    ],
)
def test_an_owned_statement_noun_with_its_words_is_the_owners(text, speaker):
    assert speaker in {s for s, _ in _speakers(text)}


@pytest.mark.parametrize(
    "text",
    ["Chile's statement came late on Friday.", "Peru's statement following the vote was brief."],
)
def test_an_owned_statement_noun_without_words_says_nothing(text):
    assert _speakers(text) == []


def test_a_plural_office_of_states_names_no_person():
    an = alignkit.analyze_text("The Presidents of Kenya and Uganda met in Arusha.")
    assert "person" not in set(an.actors["type"])
    assert {"KEN", "UGA"} <= set(an.actors["actor"])


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        ("The UK Permanent Representative to the UN, Jane Roe, condemned Chad.", "jane-roe", "GBR"),
        ("Ghana's Permanent Representative to the United Nations, Kwame Mensah, thanked Togo.",
         "kwame-mensah", "GHA"),
        ("Jane Roe, the Peruvian Deputy Permanent Representative to the UN, thanked Chile.",
         "jane-roe", "PER"),
    ],
)  # fmt: skip
def test_a_permanent_representative_serves_her_state_not_the_un(text, person, state):
    an = alignkit.analyze_text(text)
    countries = dict(an.actors[["actor", "country"]].values.tolist())
    assert countries[person] == state
    assert "permanent-representative" not in countries
