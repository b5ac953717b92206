"""Classes of failure seen on real text, each on sentences written for the test.

Every test states what an analyst reads in the sentence; none quotes a development text.
"""

from __future__ import annotations

import alignkit

DATE = "2024-06-01"


def edges(an) -> dict[frozenset, int]:
    return {frozenset((u, v)): d["sign"] for u, v, d in an.network.edges(data=True)}


def pair(a: str, b: str) -> frozenset:
    return frozenset((a, b))


# --------------------------------------------------------------------------- stance


def test_stance_is_what_the_speaker_says_of_a_party_not_the_first_polar_word():
    an = alignkit.analyze_text(
        "Seoul said the growing military ties between Moscow and Pyongyang pose a grave "
        "danger to regional security.",
        publication_date=DATE,
    )
    st = an.statements.iloc[0]
    assert st["stance"] == "negative"
    assert set(st["targets"]) == {"RUS", "PRK"}
    e = edges(an)
    assert e[pair("KOR", "RUS")] == -1 and e[pair("KOR", "PRK")] == -1
    assert e[pair("RUS", "PRK")] == 1  # the ties themselves: a relation the speaker reports
    claimed = an.events[(an.events["origin"] == "event") & (an.events["type"] == "COOPERATE")]
    assert set(claimed["mode"]) == {"claimed"}


def test_working_with_partners_to_counter_a_threat_is_cooperation_with_the_partners():
    an = alignkit.analyze_text(
        "State Department spokesperson Matthew Miller said the United States will work with "
        "Seoul and Tokyo to counter the threat from North Korea.",
        publication_date=DATE,
    )
    e = edges(an)
    assert e[pair("USA", "KOR")] == 1 and e[pair("USA", "JPN")] == 1
    assert e.get(pair("USA", "PRK")) in (None, -1)


def test_a_polar_word_aimed_at_no_party_gives_no_stance():
    an = alignkit.analyze_text(
        "Ukraine's president said the country needs more air defenses amid attacks.",
        publication_date=DATE,
    )
    assert an.statements.iloc[0]["stance"] == "neutral"
    assert an.network.number_of_edges() == 0


def test_welcoming_the_participation_of_partners_is_warmth_toward_each_of_them():
    an = alignkit.analyze_text(
        "MR SMITH:  We welcome the participation of our partners Canada, Norway and the "
        "Netherlands in the mission.\n",
        publication_date=DATE,
    )
    assert not an.statements.empty
    assert set(an.statements.iloc[0]["targets"]) >= {"CAN", "NOR", "NLD"}


# --------------------------------------------------------------------------- nominal events


def test_relations_told_in_a_noun_phrase_are_events_between_their_parties():
    an = alignkit.analyze_text(
        "Analysts point to increased cooperation among Russia, Iran, China and North Korea.",
        publication_date=DATE,
    )
    e = edges(an)
    for a, b in [("RUS", "IRN"), ("RUS", "CHN"), ("RUS", "PRK"), ("IRN", "CHN"), ("IRN", "PRK")]:
        assert e[pair(a, b)] == 1, (a, b)


def test_arms_transfers_from_a_possessor_to_a_party():
    an = alignkit.analyze_text(
        "Officials in Kyiv described Iran's arms transfers to Russia.", publication_date=DATE
    )
    assert edges(an)[pair("IRN", "RUS")] == 1


def test_standing_with_a_party_against_another_s_war():
    an = alignkit.analyze_text(
        "Japan, South Korea and the United States met in Tokyo. They reaffirmed their "
        "commitment to stand with Ukraine against Russia's unprovoked and brutal war.",
        publication_date=DATE,
    )
    e = edges(an)
    for state in ("JPN", "KOR", "USA"):
        assert e[pair(state, "UKR")] == 1, state
        assert e[pair(state, "RUS")] == -1, state
    assert e[pair("RUS", "UKR")] == -1
    assert e[pair("JPN", "KOR")] == 1  # they met


def test_one_war_told_in_halves_is_joined():
    an = alignkit.analyze_text(
        "Russia's invasion drags on. Air defenses are needed in the war against Ukraine.",
        publication_date=DATE,
    )
    assert edges(an)[pair("RUS", "UKR")] == -1


# --------------------------------------------------------------------------- argument structure


def test_backing_an_offensive_against_a_party_is_not_backing_that_party():
    an = alignkit.analyze_text(
        "North Korean troops were sent to back offensive operations against Ukrainian positions.",
        publication_date=DATE,
    )
    assert edges(an).get(pair("PRK", "UKR")) != 1


def test_conditions_questions_and_hypotheticals_make_no_edge():
    for text in (
        "Beijing might be readier to work with Washington if tariffs are lifted.",
        "If sanctions are lifted, China will cooperate with the United States.",
        "Will China arm Russia?",
    ):
        an = alignkit.analyze_text(text, publication_date=DATE)
        assert an.network.number_of_edges() == 0, text
        if not an.events.empty:
            assert set(an.events["mode"]) <= {"conditional", "hypothetical", "question"}, text


def test_a_quotations_condition_ends_with_the_quotation():
    an = alignkit.analyze_text(
        '"If Iran keeps arming Russia, it will pay," Blinken said, and urged the allies to '
        "increase pressure on Tehran.",
        publication_date=DATE,
    )
    pressure = an.events[an.events["type"] == "COERCE"]
    assert not pressure.empty and "conditional" not in set(pressure["mode"])


# --------------------------------------------------------------------------- speakers


def test_a_plural_subject_speaks_for_the_people_named_together_before():
    an = alignkit.analyze_text(
        "U.S. Secretary of Defense Lloyd Austin, Japanese Minister of Defense Kihara Minoru "
        "and Philippine Secretary of National Defense Gilberto Teodoro met in Hawaii. "
        "The three leaders condemned North Korea's missile launches.",
        publication_date=DATE,
    )
    condemned = an.statements[an.statements["cue"] == "condemned"]
    countries = {an.actors.set_index("actor").loc[s, "country"] for s in condemned["speaker"]}
    assert countries == {"USA", "JPN", "PHL"}
    e = edges(an)
    assert all(e[pair(c, "PRK")] == -1 for c in ("USA", "JPN", "PHL"))
    assert e[pair("USA", "JPN")] == 1 and e[pair("JPN", "PHL")] == 1


def test_a_definite_title_is_the_person_named_with_it():
    an = alignkit.analyze_text(
        "Marine Corps Gen. Michael E. Langley spoke with reporters on Friday. "
        '"We are in talks with Ghana," the general said.',
        publication_date=DATE,
    )
    st = an.statements[an.statements["cue"] == "said"]
    assert not st.empty
    assert an.actors.set_index("actor").loc[st.iloc[0]["speaker"], "name"].endswith("Langley")
    # "we" in the general's own words is the general: a party of the talks
    talks = an.events[an.events["trigger"] == "talks"]
    assert list(talks["source"]) == [st.iloc[0]["speaker"]]


def test_a_speaker_after_a_comma_with_a_time_tail_speaks_the_clause_before():
    text = "The United States will keep working with Ukraine, the Pentagon said Thursday."
    an = alignkit.analyze_text(text, publication_date=DATE)
    st = an.statements.iloc[0]
    assert st["content"].startswith("The United States will keep working with Ukraine")
    assert edges(an)[pair("USA", "UKR")] == 1


def test_a_cue_word_inside_a_name_is_no_cue():
    an = alignkit.analyze_text(
        "The United States is in talks with the Philippines.", publication_date=DATE
    )
    assert an.statements.empty
    assert edges(an)[pair("USA", "PHL")] == 1


# --------------------------------------------------------------------------- transcripts


def test_a_question_turn_without_a_colon_is_nobody_s_statement():
    text = (
        "MS. JONES:  Good afternoon. Iran must stop its attacks on shipping.\n\n"
        "Q    Will Iran listen?\n\n"
        "MS. JONES:  We support our partners.\n"
    )
    an = alignkit.analyze_text(text, publication_date=DATE)
    q = text.index("Q    ")
    assert not any(s.content_start <= q < s.content_end for s in an.statements.itertuples())
    assert not any("Will Iran listen" in c for c in an.statements["content"])


def test_a_comma_alone_joins_no_list():
    # "to Russia, U.S. officials said": the comma ends the clause; the US supplies nothing
    an = alignkit.analyze_text(
        "Iran has sent ballistic missiles to Russia, U.S. officials said.", publication_date=DATE
    )
    e = edges(an)
    assert e[pair("IRN", "RUS")] == 1
    assert pair("IRN", "USA") not in e or e[pair("IRN", "USA")] == -1


def test_a_party_and_its_allies_act_together_and_no_stance_reaches_past_a_verb():
    an = alignkit.analyze_text(
        "Blinken spoke to reporters. He said Washington and its European allies would impose "
        "new sanctions on Iran.",
        publication_date=DATE,
    )
    st = an.statements[an.statements["cue"] == "said"].iloc[0]
    assert st["speaker"] == "antony-blinken"
    assert st["stance"] == "neutral"  # "allies" is not aimed at Iran across "would impose"
    sanctions = an.events[an.events["type"] == "SANCTION"]
    assert sanctions[["source_country", "target_country"]].values.tolist() == [["USA", "IRN"]]


def test_a_third_party_s_support_is_their_relation_not_the_speaker_s_warmth():
    an = alignkit.analyze_text(
        "MR SMITH:  China is providing Russia with machine tools, and that support is "
        "fueling the war.\n",
        publication_date=DATE,
    )
    st = an.statements.iloc[0]
    assert st["stance"] != "positive"
    e = edges(an)
    assert e[pair("CHN", "RUS")] == 1  # the supply itself, a relation the speaker reports
    assert e.get(pair("USA", "CHN")) != 1 and e.get(pair("USA", "RUS")) != 1


def test_a_verb_that_judges_its_subject_is_not_aimed_at_its_object():
    an = alignkit.analyze_text(
        "MR MILLER:  Any transfer of missiles from Pyongyang to Moscow would violate UN "
        "Security Council resolutions.\n",
        publication_date=DATE,
    )
    made = an.events[an.events["origin"] == "statement"]
    assert "un-security-council" not in set(made["target"])
    assert not any("un-security-council" in (u, v) for u, v in an.network.edges())


def test_concern_about_cooperation_between_two_parties_is_aimed_at_both():
    an = alignkit.analyze_text(
        "MR SMITH:  We are deeply concerned about the military cooperation between the DPRK "
        "and Russia.\n",
        publication_date=DATE,
    )
    st = an.statements.iloc[0]
    assert st["stance"] == "negative" and set(st["targets"]) == {"PRK", "RUS"}


def test_the_one_urged_to_act_is_not_the_agent_of_the_act():
    an = alignkit.analyze_text(
        "Zelenskyy urged Western partners to allow long-range strikes on Russian territory.",
        publication_date=DATE,
    )
    assert edges(an).get(pair("UKR", "WEST")) != -1


def test_a_positive_predicate_after_a_copula_judges_the_subject():
    an = alignkit.analyze_text(
        "Sergei Lavrov said that Iran was a reliable partner.", publication_date=DATE
    )
    st = an.statements.iloc[0]
    assert (st["stance"], list(st["targets"])) == ("positive", ["IRN"])


# --------------------------------------------------------------------------- infinitives


def test_an_infinitive_after_an_object_is_done_by_the_clause_subject():
    # "went to Ankara to meet": the one who went meets; the place is no party to the meeting
    an = alignkit.analyze_text(
        "Chinese Foreign Minister Wang Yi went to Ankara to meet Turkish President Recep "
        "Tayyip Erdogan. Japan's prime minister visited Canberra to sign a defence pact with "
        "Australia.",
        publication_date=DATE,
    )
    ev = an.events
    meet = ev[ev["trigger"] == "meet"].iloc[0]
    assert (meet["source"], meet["target"]) == ("wang-yi", "recep-tayyip-erdogan")
    assert edges(an)[pair("CHN", "TUR")] == 1
    assert edges(an)[pair("JPN", "AUS")] == 1


def test_an_infinitive_after_the_object_of_a_request_is_done_by_that_object():
    # "urged Iran to stop supplying drones to Russia": the supplier is Iran, and the act is
    # to end (no evidence of cooperation, no warmth of the speaker toward Russia)
    an = alignkit.analyze_text(
        "The United States urged Iran to stop supplying drones to Russia. The G7 called on "
        "China to stop supporting Russia. Iran stopped supplying drones to Russia.",
        publication_date=DATE,
    )
    ev = an.events
    supply = ev[ev["trigger"].str.startswith("supplying")]
    assert set(zip(supply["source"], supply["target"], supply["mode"], strict=True)) == {
        ("IRN", "RUS", "denied")
    }
    support = ev[ev["trigger"] == "supporting"].iloc[0]
    assert (support["source"], support["mode"]) == ("CHN", "denied")
    assert set(an.statements["stance"]) == {"neutral"}
    e = edges(an)
    assert pair("IRN", "RUS") not in e and pair("G7", "RUS") not in e


def test_a_party_and_its_named_allies_act_as_the_party():
    # "the U.S. and its Western allies imposed sanctions": the U.S. (with its allies)
    # sanctions; the allies are no one sanctioning the U.S.
    an = alignkit.analyze_text(
        "The U.S. and its Western allies have imposed new sanctions on Iran.",
        publication_date=DATE,
    )
    e = edges(an)
    assert e[pair("USA", "IRN")] == -1
    assert pair("USA", "WEST") not in e


def test_a_conflictual_act_without_a_target_takes_the_one_its_purpose_names():
    # "imposed sanctions to curb Russia's transactions": Russia is sanctioned; a pact "to
    # counter China" is no pact with China
    an = alignkit.analyze_text(
        "Britain imposed sanctions to curb Russia's oil revenues. Japan and Australia signed "
        "a pact to counter China.",
        publication_date=DATE,
    )
    e = edges(an)
    assert e[pair("GBR", "RUS")] == -1
    assert e[pair("JPN", "AUS")] == 1
    assert e.get(pair("JPN", "CHN"), -1) == -1


def test_one_war_s_halves_are_joined_by_the_state_its_forces_stand_for():
    # "what it needs to defeat the Russian invaders", "Russian attacks on civilians" and
    # "the ongoing war against Ukraine": the invaders are Russia, so there is one agent and
    # one victim, and the attacks are Russia's against Ukraine
    an = alignkit.analyze_text(
        "The aid ensures the country has what it needs to defeat the Russian invaders. "
        "Officials spoke of Russian attacks on civilians. The talks took place amid the "
        "ongoing war against Ukraine.",
        publication_date=DATE,
    )
    assert edges(an)[pair("RUS", "UKR")] == -1


def test_an_offensive_in_a_country_is_fought_against_it():
    an = alignkit.analyze_text(
        "Vladimir Putin seeks support for his military offensive in Ukraine.",
        publication_date=DATE,
    )
    assert edges(an)[pair("RUS", "UKR")] == -1


def test_troops_provided_for_are_the_party_the_verb_provides_for():
    # the recipient is the last word of the phrase ("provided the North Korean troops
    # with uniforms"); a state's own troops sent abroad go to the "to" party
    an = alignkit.analyze_text(
        "The Russians have provided the North Korean troops with uniforms. Pyongyang sent "
        "North Korean troops to Belarus.",
        publication_date=DATE,
    )
    e = edges(an)
    assert e[pair("RUS", "PRK")] == 1 and e[pair("PRK", "BLR")] == 1


def test_their_in_the_words_of_several_speakers_is_those_speakers():
    # "They reaffirmed their commitment to stand with Ukraine": all three ministers, not
    # the last two named together; and no war among them from a war they speak of
    an = alignkit.analyze_text(
        "French Foreign Minister Jean-Noel Barrot, German Foreign Minister Annalena Baerbock "
        "and Polish Foreign Minister Radoslaw Sikorski met in Weimar. Barrot and Baerbock "
        "spoke first. The three ministers discussed security. They reaffirmed their "
        "commitment to stand with Ukraine against Russia's war of aggression.",
        publication_date=DATE,
    )
    e = edges(an)
    assert e[pair("FRA", "UKR")] == e[pair("DEU", "UKR")] == e[pair("POL", "UKR")] == 1
    assert all(e.get(pair(a, b), 1) == 1 for a, b in (("FRA", "DEU"), ("FRA", "POL")))


def test_the_place_a_story_was_filed_from_is_no_party():
    # "London — U.S. sanctions ...": the dateline is where the story was filed
    an = alignkit.analyze_text(
        "Sanctions on Russia\n\nLondon — U.S. sanctions announced Friday on companies for "
        "supplying Russia's military included firms from China.\n\nSEOUL, South Korea (AP) "
        "— Officials met.\n",
        publication_date=DATE,
    )
    assert an.article.dateline.text == "London"
    assert "london" not in set(an.actors["actor"])
    e = edges(an)
    assert pair("USA", "GBR") not in e
    # the sanctions announced Friday are no one's statement of support for Russia
    assert pair("USA", "RUS") not in e or e[pair("USA", "RUS")] == -1
    assert an.statements.empty


def test_a_conjunct_without_a_subject_shares_the_one_before():
    # "We're in talks with A and in talks with B and C": the same "we" talks with B and C;
    # "defend Israel and defeat that attack" makes the defender no agent of a war
    an = alignkit.analyze_text(
        "Secretary of State Antony Blinken said: \"We're in talks with Senegal and in talks "
        'with Ghana and Benin as well." Iran attacked Israel. Biden told the military to '
        "defend Israel and defeat that attack.",
        publication_date=DATE,
    )
    e = edges(an)
    assert e[pair("USA", "SEN")] == e[pair("USA", "GHA")] == e[pair("USA", "BEN")] == 1
    assert e[pair("IRN", "ISR")] == -1
    assert pair("USA", "ISR") not in e or e[pair("USA", "ISR")] == 1


def test_a_visit_after_a_light_verb_and_a_subject_in_apposition():
    # "The commander of X, Gen. Y, completed a 4-day visit to A and B": Y visits A and B
    an = alignkit.analyze_text(
        "The head of U.S. Southern Command, U.S. Army Gen. Laura Richardson, completed a "
        "4-day visit to Guyana and Suriname.",
        publication_date=DATE,
    )
    e = edges(an)
    assert e[pair("USA", "GUY")] == e[pair("USA", "SUR")] == 1


def test_a_comma_alone_joins_no_list_leftwards_except_in_a_headline():
    # "According to the State Department, the DPRK has sent": the DPRK sends, alone;
    # a headline's "US, EU Sanctions" is a list
    an = alignkit.analyze_text(
        "US, EU Sanctions on Iran\n\nAccording to the State Department, the DPRK has sent "
        "about 10,000 soldiers to Russia.\n",
        publication_date=DATE,
    )
    e = edges(an)
    assert e[pair("PRK", "RUS")] == 1 and pair("USA", "RUS") not in e
    assert e[pair("USA", "IRN")] == e[pair("EU", "IRN")] == -1


def test_backing_operations_against_a_party_is_no_warmth_toward_it():
    an = alignkit.analyze_text(
        "The State Department spokesman said Russia intends to use those soldiers to support "
        "combat operations against Ukrainian forces.",
        publication_date=DATE,
    )
    st = an.statements.iloc[0]
    assert st["stance"] != "positive"


def test_fighting_for_or_alongside_a_party_is_cooperation_with_it():
    an = alignkit.analyze_text(
        "North Korean troops fighting for Russia arrived in Kursk. Belarusian units are "
        "fighting alongside Russian forces. Russian forces are fighting for control of "
        "Bakhmut.",
        publication_date=DATE,
    )
    e = edges(an)
    assert e[pair("PRK", "RUS")] == 1 and e[pair("BLR", "RUS")] == 1


def test_the_party_in_apposition_to_its_ally_is_the_one_stood_with():
    an = alignkit.analyze_text(
        "Washington stands with its ally, the Philippines, in facing such dangerous actions.",
        publication_date=DATE,
    )
    assert edges(an)[pair("USA", "PHL")] == 1


def test_cutting_ties_is_a_sanction_and_resuming_them_cooperation():
    an = alignkit.analyze_text(
        "Saudi Arabia broke off ties with Iran in 2016. Bahrain severed diplomatic relations "
        "with Qatar. Egypt and Turkey agreed to resume ties.",
        publication_date=DATE,
    )
    e = edges(an)
    assert e[pair("SAU", "IRN")] == e[pair("BHR", "QAT")] == -1
    assert e[pair("EGY", "TUR")] == 1


def test_he_after_a_sentence_naming_several_men_is_left_open():
    # "That's Kishida, Albanese and Modi. Tomorrow he will meet ...": "he" is the President
    # spoken of before, not the last man named
    an = alignkit.analyze_text(
        "The President will host the leaders. That's Prime Minister Kishida of Japan, Prime "
        "Minister Albanese of Australia, and Prime Minister Modi of India. Tomorrow morning, "
        "he will meet individually with Prime Minister Kishida.",
        publication_date=DATE,
    )
    assert pair("IND", "JPN") not in edges(an)


def test_a_condemned_act_judges_its_agent_not_the_one_it_hit():
    # "condemned China's harassment of Philippine vessels": China is condemned, the
    # Philippines is the victim; "North Korea's launch toward Japan and South Korea" too
    an = alignkit.analyze_text(
        "The United States condemned China's harassment of Philippine vessels. Japan "
        "condemned North Korea's missile launch toward Japan and South Korea. Putin welcomed "
        "Beijing's peace plan to resolve Russia's war against Ukraine.",
        publication_date=DATE,
    )
    e = edges(an)
    assert e[pair("USA", "CHN")] == -1 and e[pair("JPN", "PRK")] == -1
    assert pair("USA", "PHL") not in e and pair("JPN", "KOR") not in e
    assert e[pair("RUS", "CHN")] == 1 and e.get(pair("RUS", "UKR")) == -1
