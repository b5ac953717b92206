"""Actors on text the kit was not written on: classes of misses found by probe texts about
other regions and outlets (readouts, wire news, UN meeting coverage). Sentences written for
these tests; names are invented or of public officials."""

from __future__ import annotations

import pytest

import alignkit
from alignkit.reading.article import parse_article
from alignkit.reading.tagging import tag


def _people(body: str) -> dict[str, tuple[str, str]]:
    """{name: (country, the state it acts for)} of the persons the kit lists for ``body``."""
    text = "Date: 2024-06-01\n\nTalks\n\n" + body
    an = alignkit.analyze_text(text)
    t = tag(parse_article(text))
    rows = an.actors[an.actors.type == "person"]
    return {r.name: (r.country, t.actor(r.actor).stands_for) for r in rows.itertuples()}


# A lower-case particle inside a name (van der, de la, bin) set off by an appositive or
# after a speech verb: the whole name, not its last word.
@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Pieter van der Meulen, a Dutch diplomat, said the talks had failed.",
            "Pieter van der Meulen",
        ),
        ("The court heard Luisa de la Fuente, a lawyer for the families.", "Luisa de la Fuente"),
        (
            "The ceasefire would hold, said Saeed bin Rashid, an Emirati official.",
            "Saeed bin Rashid",
        ),
        (
            "The mission closed, said Anneke van Dam, a spokeswoman for the Dutch ministry.",
            "Anneke van Dam",
        ),
    ],
)
def test_a_name_with_particles_is_read_whole(body, name):
    people = _people(body)
    assert name in people
    assert not any(p != name and name.endswith(p) for p in people)


def test_a_name_with_particles_takes_the_state_of_its_appositive_noun():
    people = _people("Pieter van der Meulen, a Dutch diplomat, said the talks had failed.")
    assert people["Pieter van der Meulen"] == ("NLD", "NLD")


# An official's lower-case noun right before a name: "his X counterpart Jane Doe",
# "X leader Jane Doe", "rebel negotiator Jane Doe".
def test_a_counterpart_named_after_the_noun_is_an_official_of_that_state():
    people = _people(
        "Croatian Foreign Minister Ivo Maric met his Hungarian counterpart Zoltan Farkas "
        "in Budapest on Monday."
    )
    assert people["Zoltan Farkas"] == ("HUN", "HUN")


def test_a_counterpart_named_at_the_sentence_end_is_read():
    people = _people("The Ghanaian envoy later called her Togolese counterpart Afi Mensah.")
    assert people["Afi Mensah"] == ("TGO", "TGO")


def test_a_leader_named_after_a_demonym_and_noun_acts_for_that_state():
    people = _people("The Bolivian president later met Paraguayan negotiator Carlos Benitez.")
    assert people["Carlos Benitez"] == ("PRY", "PRY")


def test_an_armed_groups_man_does_not_act_for_the_state():
    people = _people("The Omani envoy met Yemeni Houthi negotiator Saleh al-Qadi in Muscat.")
    assert people["Saleh al-Qadi"][1] != "YEM"


def test_a_noun_without_a_state_makes_a_person_without_one():
    people = _people("The march was led by rebel commander Joseph Mwamba Kitenge.")
    assert people["Joseph Mwamba Kitenge"] == ("", "")


def test_a_lower_case_noun_before_an_organization_makes_no_person():
    people = _people("The story was carried by the official Xinhua News Agency on Monday.")
    assert people == {}


# "Jane Doe, <official>'s adviser,": the state of the official whose man she is.
def test_an_appositive_owned_by_a_known_official_gives_the_state():
    people = _people("Lena Sorokina, Lavrov's spokeswoman, told reporters the talks had failed.")
    assert people["Lena Sorokina"] == ("RUS", "RUS")


def test_a_former_officials_adviser_acts_for_no_state():
    people = _people("Tom Harlan, Obama's former adviser, said the deal was weak.")
    assert people["Tom Harlan"][1] == ""


def _rows(body: str) -> dict[str, str]:
    """{actor: country} of the actors table for ``body``."""
    an = alignkit.analyze_text("Date: 2024-06-01\n\nTalks\n\n" + body)
    return dict(an.actors[["actor", "country"]].values.tolist())


# A demonym two states share ("Congolese") is the state whose capital the text names.
def test_congolese_is_the_congo_whose_capital_the_text_names():
    rows = _rows("Officials in Brazzaville said the Congolese government had closed the port.")
    assert rows["congolese-government"] == "COG"
    assert "COD" not in rows


def test_congolese_with_both_capitals_named_is_the_tie_rules_congo():
    rows = _rows(
        "The Congolese government in Kinshasa accused Kigali of arming the rebels, while "
        "Brazzaville called for calm."
    )
    assert rows["congolese-government"] == "COD"


@pytest.mark.parametrize(
    ("body", "state"),
    [
        ("The Republic of Congo offered to host the talks.", "COG"),
        ("Cabo Verdean officials protested the seizure of the trawler.", "CPV"),
    ],
)
def test_news_names_of_states(body, state):
    assert state in _rows(body)


# A capital that acts is the government seated there; a capital as a location is not.
@pytest.mark.parametrize(
    ("body", "states"),
    [
        (
            "Naypyidaw has ignored the regional plan, while Dhaka wants the refugees back.",
            {"MMR", "BGD"},
        ),
        ("The talks between Kinshasa and Kigali collapsed on Friday.", {"COD", "RWA"}),
        ("Khartoum accused Abu Dhabi of arming the paramilitaries.", {"SDN", "ARE"}),
        ("Honiara rejected the claim and Canberra said nothing.", {"SLB", "AUS"}),
    ],
)
def test_a_capital_that_acts_is_its_state(body, states):
    assert states <= {a for a, c in _rows(body).items() if a == c}


@pytest.mark.parametrize(
    "body",
    [
        "Envoys met in Luanda and Harare before flying home.",
        "The principles were agreed at meetings in New York and Madrid.",
        "Regional partners in the EAC-led Nairobi Process met again.",
        "The minister visited Lusaka last week; Lusaka residents lined the streets.",
        "Flights from Windhoek to Gaborone resumed.",
    ],
)
def test_a_capital_as_a_location_brings_no_state(body):
    rows = _rows(body)
    assert not {a for a, c in rows.items() if a == c and len(a) == 3}, rows


# A capital "A" joining the parts of a name (Hakka-Surinamese names) is the name's.
def test_a_name_joined_by_a_capital_a_is_read_whole():
    people = _people(
        "Commander of the Armed Forces Colonel Ronald Tjon A Kiem of Suriname attended."
    )
    assert "Ronald Tjon A Kiem" in people


def test_a_headline_article_does_not_join_a_name():
    an = alignkit.analyze_text(
        "Date: 2024-06-01\n\nPresident Jane Roe Names A New Cabinet\n\nThe cabinet met."
    )
    names = set(an.actors[an.actors.type == "person"].name)
    assert not any(n.endswith("New") or " A " in n for n in names), names


def test_the_seat_of_government_of_ivory_coast_acts_for_it():
    assert "CIV" in _rows("Bamako and Ouagadougou accused Abidjan of harbouring the plotters.")
    assert "CIV" not in _rows("The regional summit was held in Abidjan in March.")


@pytest.mark.parametrize(
    "body",
    [
        "Protesters gathered on Jordan Street outside the ministry.",
        "The march moved down Lebanon Avenue toward the port.",
        "Police closed Turkey Creek Road after the flood.",
    ],
)
def test_a_state_name_in_a_street_name_is_no_state(body):
    assert not {a for a, c in _rows(body).items() if a == c and len(a) == 3}


def test_a_state_after_a_street_is_still_a_state():
    assert "JOR" in _rows("Protesters on Lebanon Street denounced Jordan.")


# A delegate listed with the state in brackets: "Ms. Ana Ruiz (Honduras)".
def test_a_person_listed_with_a_state_in_brackets_is_of_that_state():
    people = _people(
        "The chair thanked Dr. Aminata Sow (Senegal) and Mr. Tomas Lindqvist (Sweden) "
        "for their reports."
    )
    assert people["Aminata Sow"][0] == "SEN"
    assert people["Tomas Lindqvist"][0] == "SWE"


def test_a_bracket_with_two_states_gives_no_state():
    people = _people("The chair thanked Dr. Aminata Sow (Senegal and Mali) for her report.")
    assert all(c == "" for c, _ in people.values())
