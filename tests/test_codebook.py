"""Codebook integrity: ids, alias ties, role dates, country codes, generated files up to date."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections import defaultdict

import pycountry
import pytest

from alignkit.reading.codebook import load_codebook, read_table, split


@pytest.fixture(scope="module")
def cb():
    return load_codebook()


def _all_ids():
    ids = defaultdict(list)
    for name in ("countries.csv", "organizations.csv", "people.csv"):
        for row in read_table(name):
            ids[row["id"]].append(name)
    return ids


def test_ids_are_unique_across_files():
    dupes = {i: files for i, files in _all_ids().items() if len(files) > 1}
    assert not dupes


def test_country_ids_are_iso_alpha3():
    # the one exception: Kosovo under the user-assigned code the field uses (XKX / XK)
    user_assigned = {"XKX": "XK"}
    for row in read_table("countries.csv"):
        if row["id"] in user_assigned:
            assert row["iso2"] == user_assigned[row["id"]] and row["un_member"] == "no"
            continue
        c = pycountry.countries.get(alpha_3=row["id"])
        assert c is not None, row["id"]
        assert row["iso2"] == c.alpha_2
        assert row["iso_name"] == c.name


def test_all_un_member_states_are_present():
    members = [r for r in read_table("countries.csv") if r["un_member"] == "yes"]
    assert len(members) == 193


def test_countries_csv_is_generated_from_pycountry_and_the_overlay(cb):
    script = cb.root / "build_countries.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_country_code_referenced_is_known(cb):
    countries = {r["id"] for r in read_table("countries.csv")}
    for name, cols in (
        ("organizations.csv", ("country", "members")),
        ("people.csv", ("country",)),
        ("roles.csv", ("country",)),
        ("titles.csv", ("implies_country",)),
    ):
        for row in read_table(name):
            for col in cols:
                for code in split(row.get(col, "")):
                    assert code in countries, f"{name}: unknown country code {code!r}"
    blocs = {a.id for a in cb.actors.values() if a.type == "bloc"}
    for a in cb.actors.values():
        if a.stands_for:
            assert a.stands_for in countries or a.stands_for in cb.actors or a.stands_for in blocs


def test_alias_claimed_by_two_actors_has_a_tie_rule(cb):
    untied = {
        form: [c[0] for c in cands]
        for form, cands in cb.surface.items()
        if len({c[0] for c in cands}) > 1 and form not in cb.alias_rules
    }
    assert not untied
    for form, winner in cb.alias_rules.items():
        assert winner in {c[0] for c in cb.surface.get(form, [])}, form


def test_role_dates_do_not_overlap(cb):
    by_office = defaultdict(list)
    for person, roles in cb.roles.items():
        assert person in cb.actors, f"roles.csv: unknown person {person!r}"
        for r in roles:
            assert r.start is not None, f"{person}: {r.role} has no start date"
            assert r.end is None or r.start < r.end, f"{person}: {r.role} ends before it starts"
            by_office[r.office].append(r)
    for office, roles in by_office.items():
        roles.sort(key=lambda r: r.start)
        for a, b in zip(roles, roles[1:], strict=False):
            assert a.end is not None and a.end <= b.start, (
                f"{office}: {a.person} overlaps {b.person}"
            )


def test_every_person_has_a_role(cb):
    people = [a for a in cb.actors.values() if a.type == "person"]
    assert len(people) >= 100
    assert all(cb.roles.get(p.id) for p in people)


def test_required_coverage(cb):
    for pid in (
        "vladimir-putin",
        "kim-jong-un",
        "donald-trump",
        "joe-biden",
        "volodymyr-zelenskyy",
        "xi-jinping",
        "masoud-pezeshkian",
        "sergei-lavrov",
        "wang-yi",
    ):
        assert pid in cb.actors, pid
    for org in ("WEST", "NATO", "EU", "BRICS", "kremlin", "white-house"):
        assert org in cb.actors, org
    surfaces = set(cb.surface)
    for form in ("DPRK", "Russian Federation", "ROK", "Kim Jong-un", "Zelensky", "North Korean"):
        assert form in surfaces, form


def test_lexicons_reference_known_categories(cb):
    for row in cb.events:
        assert row["type"] in cb.plover, row["pattern"]
    for row in cb.cues:
        assert not row["type"] or row["type"] in cb.plover, row["cue"]
        assert row["stance"] in ("positive", "negative", "neutral", "content"), row["cue"]


GULF_1991 = (
    "Gulf Crisis\n\nPresident Bush spoke by telephone with Moscow on Tuesday, while "
    "the French president urged Baghdad to withdraw from Kuwait."
)


def _people_tagged(cb, text, date):
    import alignkit

    tagged = alignkit.analyze_text(text, publication_date=date).mentions
    return {
        (actor, cb.actors[actor].stands_for)
        for actor in tagged["actor"]
        if actor in cb.actors and cb.actors[actor].type == "person"
    }


def test_a_1990s_leader_is_tagged_with_his_state_by_the_date_of_the_text(cb):
    # A bare title names that day's holder: "the French president" is Mitterrand in
    # 1991 and Chirac in 2003; the offices reach back before 2022.
    assert ("francois-mitterrand", "FRA") in _people_tagged(cb, GULF_1991, "1991-02-12")
    assert ("jacques-chirac", "FRA") in _people_tagged(cb, GULF_1991, "2003-03-11")
    assert cb.role_at("boris-yeltsin", dt.date(1995, 6, 1)) == "President of Russia"
    assert cb.role_at("mikhail-gorbachev", dt.date(1987, 6, 1)).startswith("General Secretary")


def test_a_shared_surname_goes_to_the_claimant_in_office_on_the_texts_date(cb):
    # "Bush" is claimed by father and son: in 1991 it is the president of the day, in
    # 2003 his son; both stand for the United States.
    assert ("george-h-w-bush", "USA") in _people_tagged(cb, GULF_1991, "1991-02-12")
    assert ("george-w-bush", "USA") in _people_tagged(cb, GULF_1991, "2003-03-11")
    assert ("george-w-bush", "USA") not in _people_tagged(cb, GULF_1991, "1991-02-12")
