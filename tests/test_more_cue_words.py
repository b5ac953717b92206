"""Reporting verbs the cue table lacked, and forms of listed verbs it lacked (``blasting``,
``applauded``, ``retweeted``): each reports what its subject said, holds or means to do.
Verbs that report only before a clause or an infinitive (``knew that``, ``decided to``,
``signaled that``) report nothing before a plain object. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from said import said


@pytest.mark.parametrize(
    "text, name, cue, content",
    [
        (
            "Mayor Ilse Varga kept blasting the ferry company over the late repairs.",
            "Ilse Varga",
            "blasting",
            "the ferry company over the late repairs",
        ),
        (
            "Senator Ruth Okafor applauded the court for blocking the eviction order.",
            "Ruth Okafor",
            "applauded",
            "the court for blocking the eviction order",
        ),
        (
            "Governor Pablo Reyes retweeted a post calling the strike illegal.",
            "Pablo Reyes",
            "retweeted",
            "a post calling the strike illegal",
        ),
        (
            "Minister Kofi Mensah bemoaned the loss of the harbor contract.",
            "Kofi Mensah",
            "bemoaned",
            "the loss of the harbor contract",
        ),
        (
            "Opposition leader Tamar Gelashvili alleges that the count was rigged in Batumi.",
            "Tamar Gelashvili",
            "alleges",
            "the count was rigged in Batumi",
        ),
        (
            "Foreign Minister Lena Hart hinted at a deal on the border crossings.",
            "Lena Hart",
            "hinted",
            "a deal on the border crossings",
        ),
        (
            "General Omar Bashir signaled that the troops would stay in Kassala.",
            "Omar Bashir",
            "signaled",
            "the troops would stay in Kassala",
        ),
        (
            "Ambassador Ines Moreau rebutted the report on the grain shipments.",
            "Ines Moreau",
            "rebutted",
            "the report on the grain shipments",
        ),
        (
            "Commander Aliyu Bello apologized for the strike on the market in Maiduguri.",
            "Aliyu Bello",
            "apologized",
            "the strike on the market in Maiduguri",
        ),
        (
            "President Nadia Farouk decided to delay the vote on the new constitution.",
            "Nadia Farouk",
            "decided",
            "delay the vote on the new constitution",
        ),
        (
            "Colonel Ivan Petrov knew that the bridge at Kherson was mined.",
            "Ivan Petrov",
            "knew",
            "the bridge at Kherson was mined",
        ),
        (
            "Envoy Sara Lind learned that the convoy had been hit near Goma.",
            "Sara Lind",
            "learned",
            "the convoy had been hit near Goma",
        ),
    ],
)
def test_a_reporting_verb_reports_its_subjects_words(text, name, cue, content):
    assert (name, cue, content) in said(text, "name", "cue", "content")


@pytest.mark.parametrize(
    "text",
    [
        "Colonel Ivan Petrov knows the roads around Kherson.",
        "Judge Ana Sousa decided the case in March.",
        "The new bridge signaled a turn for the port of Mombasa.",
    ],
)
def test_a_clause_or_infinitive_verb_reports_nothing_before_a_plain_object(text):
    assert said(text, "cue") == []


def test_criticism_of_its_owner_is_a_statement():
    text = "The ministry rejected Premier Lukas Berg's criticism of the pipeline deal."
    got = said(text, "name", "cue", "content")
    assert ("Lukas Berg", "criticism", "the pipeline deal") in got


@pytest.mark.parametrize(
    "text, cue, content",
    [
        (
            "Minister Hanna Berg was clear that the mine would not reopen.",
            "was clear",
            "the mine would not reopen",
        ),
        (
            "Minister Hanna Berg has been clear that talks must resume in May.",
            "been clear",
            "talks must resume in May",
        ),
        (
            "Minister Hanna Berg offered her thanks to the rescue teams in Tromso.",
            "offered her thanks",
            "to the rescue teams in Tromso",
        ),
        (
            "Minister Hanna Berg expressed her sympathies to the families of the miners.",
            "expressed her sympathies",
            "to the families of the miners",
        ),
    ],
)
def test_a_firm_statement_offered_thanks_and_sympathies_are_cues(text, cue, content):
    assert said(text, "name", "cue", "content") == [("Hanna Berg", cue, content)]


def test_it_is_clear_that_has_no_speaker():
    assert said("It is clear that the mine will not reopen.", "cue") == []


@pytest.mark.parametrize(
    "text, name, cue",
    [
        (
            "Readout of the Call\n\nNAIROBI -- Defence spokesperson Amina Odhiambo provided "
            "the following readout:\n\nMinister Joseph Kamau spoke with his Ugandan "
            "counterpart today about the border.",
            "Amina Odhiambo",
            "provided the following readout",
        ),
        (
            "The chancellery spokesman Mateo Ruiz issued a readout of the summit, saying the "
            "leaders agreed to reopen the crossing.",
            "Mateo Ruiz",
            "issued a readout",
        ),
    ],
)
def test_a_readout_made_public_is_its_givers_statement(text, name, cue):
    assert (name, cue) in said(text, "name", "cue")


def test_a_readout_read_by_someone_is_no_statement_of_theirs():
    # reading or quoting a readout is no giving of one
    text = "The analyst Mateo Ruiz read the readout of the summit with interest."
    assert ("Mateo Ruiz", "read the readout") not in said(text, "name", "cue")
    assert said(text, "cue") == []


@pytest.mark.parametrize(
    "text, name, content",
    [
        (
            "As we have heard from Special Envoy Ilse Varga, the talks in Doha have stalled.",
            "Ilse Varga",
            "the talks in Doha have stalled",
        ),
        (
            "The crossings are shut and, as we heard from Minister Kofi Mensah, the harvest "
            "has failed in the north.",
            "Kofi Mensah",
            "the harvest has failed in the north",
        ),
    ],
)
def test_the_one_heard_from_in_an_opening_as_clause_says_the_clause_after(text, name, content):
    assert (name, "heard from", content) in said(text, "name", "cue", "content")


@pytest.mark.parametrize(
    "text",
    [
        "We heard from Minister Kofi Mensah on Monday about the floods in Accra.",
        "The council has not heard from Ilse Varga since the vote in Riga.",
    ],
)
def test_hearing_from_someone_outside_an_as_clause_reports_no_words(text):
    assert [c for (c,) in said(text, "cue") if c == "heard from"] == []


def test_the_one_heard_from_is_not_the_owner_named_by_a_possessive():
    text = (
        "Remarks by Ambassador Ilse Varga on Chad\n\n"
        "As we have heard from our briefers, the camps near Abeche are full."
    )
    assert [c for (c,) in said(text, "cue") if c == "heard from"] == []
