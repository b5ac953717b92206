# SPDX-License-Identifier: MIT
"""Tests for build_cameo.py on small inline dictionaries (no network, no source files)."""

import importlib.util
import sys
from pathlib import Path

import pytest

# the script lives with the data it builds (data/codebook/), not in the package
_SPEC = importlib.util.spec_from_file_location(
    "build_cameo", Path(__file__).resolve().parents[1] / "data" / "codebook" / "build_cameo.py"
)
bc = importlib.util.module_from_spec(_SPEC)
sys.modules["build_cameo"] = bc  # dataclasses look their module up there
_SPEC.loader.exec_module(bc)

DICT = """\
####### SYNONYM SETS #######

&FOOD
+FOOD
+RICE
+BABY_FORMULA

&AUX_
+WILL_BE

####### VERB PATTERNS #######

---  GIVE   [070]  ---
GIVE {GIVES GIVING GAVE GIVEN }  # jw
GRANT
+CARRY_OUT [---]
- * &FOOD                                             [073]         # GIVE
- * (TO)                                              [042:043]     # GRANT
- * DEFEAT                                            [---]         # GIVE
- * (BEFORE COURT)                                    [:173]        # GIVE
- * UP (TO POLICE)                                    [0874]        # GIVE
- * CLAIM (AGAINST) +                                 [115]         # GIVE
- &UNDEFINED *                                        [070]         # GIVE
"""

CROSSWALK = """\
07: AID
070: AID,   ,  # Provide aid
073: AID,   ,   humanitarian # Provide humanitarian aid
042: CONSULT, visit,   # Make a visit
0874: RETREAT, disarm,   military # Retreat or surrender militarily
115: ACCUSE, allege, legal # Bring lawsuit against
173: COERCE, arrest, legal  # Arrest
"""


@pytest.fixture(scope="module")
def rows():
    d = bc.parse_dictionary(DICT)
    return bc.build_rows(d, bc.parse_crosswalk(CROSSWALK))


def by_line(rows, line):
    return next(r for r in rows if r["source"] == f"CAMEO.2.0.txt:{line}")


def test_synsets():
    d = bc.parse_dictionary(DICT)
    assert d.synsets["&FOOD"] == [("food", True), ("rice", True), ("baby formula", True)]
    assert d.synsets["&AUX_"] == [("will be", False)]  # label ending in _: no plurals


def test_verb_rows(rows):
    give = by_line(rows, 14)
    assert give["kind"] == "verb" and give["verb"] == "give"
    assert give["pattern"] == "give|gives|giving|gave|given"
    assert (give["cameo"], give["plover"]) == ("070", "AID")
    grant = by_line(rows, 15)
    assert grant["pattern"] == "grant|grants|granted|granting"
    carry = by_line(rows, 16)
    assert carry["pattern"] == "carry out|carries out|carried out|carrying out"
    assert (carry["cameo"], carry["plover"]) == ("---", "")


def test_synset_pattern(rows):
    r = by_line(rows, 17)
    verb_slot, noun_slot = r["pattern"].split(" ~ ")
    # "*": every verb of the block, whose forms its verb rows list once
    assert verb_slot == "*" and r["block"] == by_line(rows, 14)["block"]
    assert noun_slot == "food|foods|rice|rices|baby formula|baby formulas"
    assert (r["cameo"], r["plover"], r["context"], r["kind"]) == (
        "073",
        "AID",
        "humanitarian",
        "pattern",
    )
    assert r["verb"] == "give" and r["target_preps"] == ""


def test_two_codes_and_target_prep(rows):
    r = by_line(rows, 18)
    assert (r["cameo"], r["cameo2"], r["plover"], r["mode"]) == ("042", "043", "CONSULT", "visit")
    assert r["target_preps"] == "to" and " ~ " not in r["pattern"]
    assert r["verb"] == "grant"


def test_null_code_kept_for_veto(rows):
    r = by_line(rows, 19)
    assert (r["cameo"], r["plover"]) == ("---", "")
    assert r["pattern"].endswith(" ~ defeat|defeats")


def test_passive_code(rows):
    r = by_line(rows, 20)
    assert (r["cameo"], r["cameo2"], r["plover"]) == ("", "173", "")
    # a parenthesised phrase keeps its preposition as a slot before its noun
    assert r["pattern"].endswith(" ~ before ~ court|courts")


def test_particle_and_prepositional_phrase(rows):
    r = by_line(rows, 21)
    verb_slot, prep_slot, noun_slot = r["pattern"].split(" ~ ")
    assert verb_slot == "*" and r["particle"] == "up"
    assert prep_slot == "to"  # "gave up to the police", not "gave up police"
    assert noun_slot == "police"  # mass noun: no plural
    assert r["verb"] == "give up" and r["plover"] == "RETREAT"


def test_target_marker(rows):
    r = by_line(rows, 22)
    assert r["target_preps"] == "against"
    assert r["pattern"].endswith(" ~ claim|claims")
    assert (r["plover"], r["mode"]) == ("ACCUSE", "allege")


def test_undefined_synset_dropped(rows):
    assert not any(r["source"] == "CAMEO.2.0.txt:23" for r in rows)


def test_pre_verb_slot():
    d = bc.parse_dictionary(DICT.replace("&UNDEFINED *", "&FOOD *"))
    r = by_line(bc.build_rows(d, bc.parse_crosswalk(CROSSWALK)), 23)
    assert r["verb_slot"] == "2" and r["pattern"].startswith("food|foods|rice|")
    assert r["pattern"].endswith(" ~ *")


def test_deterministic():
    d = bc.parse_dictionary(DICT)
    cw = bc.parse_crosswalk(CROSSWALK)
    assert bc.write_csv(bc.build_rows(d, cw)) == bc.write_csv(bc.build_rows(d, cw))


MORPHOLOGY = {
    "meet": ["meet", "meets", "met", "meeting"],
    "visit": ["visit", "visits", "visited", "visiting"],
    "stop": ["stop", "stops", "stopped", "stopping"],
    "accuse": ["accuse", "accuses", "accused", "accusing"],
    "deny": ["deny", "denies", "denied", "denying"],
    "ban": ["ban", "bans", "banned", "banning"],
    "host": ["host", "hosts", "hosted", "hosting"],
    "agree": ["agree", "agrees", "agreed", "agreeing"],
    "veto": ["veto", "vetoes", "vetoed", "vetoing"],
    "push": ["push", "pushes", "pushed", "pushing"],
    "commit": ["commit", "commits", "committed", "committing"],
    "deploy": ["deploy", "deploys", "deployed", "deploying"],
    "give": ["give", "gives", "gave", "given", "giving"],
    "seek": ["seek", "seeks", "sought", "seeking"],
    "shell": ["shell", "shells", "shelled", "shelling"],
    "cancel": ["cancel", "cancels", "canceled", "cancelled", "canceling", "cancelling"],
    "die": ["die", "dies", "died", "dying"],
    "panic": ["panic", "panics", "panicked", "panicking"],
}


@pytest.mark.parametrize("verb", sorted(MORPHOLOGY))
def test_morphology(verb):
    assert bc.verb_forms(verb) == MORPHOLOGY[verb]


def test_noun_plurals():
    assert [bc.plural(w) for w in ["attack", "ally", "crisis", "sanctions", "aid", "process"]] == [
        "attacks", "allies", "crises", None, None, "processes"
    ]  # fmt: skip
    assert bc.phrase_plural("prime minister") == "prime ministers"
