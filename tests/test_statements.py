"""Attributed statements: one test per attribution rule, on text written for the rule.

Every test also checks that each reported span indexes ``an.article.text``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import alignkit

ARTICLES = Path(__file__).parent / "articles"
PUB = "2025-03-01"


# ---------------------------------------------------------------------------- helpers


def check_spans(an) -> None:
    """Every string the analysis reports is the text at its span."""
    text = an.article.text
    mentions = {(m.start, m.end, m.actor) for m in an.mentions.itertuples()}
    for m in an.mentions.itertuples():
        assert text[m.start : m.end] == m.text
    for s in an.statements.itertuples():
        assert text[s.cue_start : s.cue_end] == s.cue, s
        assert text[s.content_start : s.content_end] == s.content, s
        assert 0 <= s.speaker_start < s.speaker_end <= len(text), s
        if s.cue != ":":  # transcript labels are not mentions; the others are
            assert (s.speaker_start, s.speaker_end, s.speaker) in mentions, s
        assert s.kind in ("direct", "indirect", "mixed")
        assert s.stance in ("positive", "negative", "neutral")
    for e in an.events.itertuples():
        assert e.trigger and e.trigger in text[e.start : e.end], e


def analyze(text: str, publication_date: str | None = PUB):
    an = alignkit.analyze_text(text, publication_date=publication_date)
    check_spans(an)
    return an


def rows(an, **where) -> list:
    """Statement rows matching all ``column=value`` conditions."""
    return [
        s for s in an.statements.itertuples() if all(getattr(s, k) == v for k, v in where.items())
    ]


def one(an, **where):
    found = rows(an, **where)
    assert len(found) == 1, (where, an.statements.to_dict("records"))
    return found[0]


def unquote(s: str) -> str:
    return s.strip().strip("\"“”'‘’,.").strip()


def span_text(an, start: int, end: int) -> str:
    return an.article.text[start:end]


# ---------------------------------------------------------------------------- attribution


@pytest.mark.parametrize(
    "text",
    [
        "Antony Blinken said that the ceasefire talks had stalled again.",
        "Antony Blinken said the ceasefire talks had stalled again.",
    ],
    ids=["with-that", "without-that"],
)
def test_subject_said_content(text):
    an = analyze(text)
    s = one(an)
    assert s.speaker == "antony-blinken"
    assert span_text(an, s.speaker_start, s.speaker_end) == "Antony Blinken"
    assert s.cue == "said"
    assert s.content == "the ceasefire talks had stalled again"
    assert s.kind == "indirect"


def test_trailing_attribution():
    an = analyze("The new pipeline will carry gas to the east by winter, Masoud Pezeshkian said.")
    s = one(an)
    assert s.speaker == "masoud-pezeshkian"
    assert s.cue == "said"
    assert s.content == "The new pipeline will carry gas to the east by winter"
    assert s.kind == "indirect"


def test_trailing_attribution_after_an_actor_in_the_content():
    # The actor closing the content is not coordinated with the speaker.
    an = analyze("Tehran will keep expanding trade with China, Masoud Pezeshkian said.")
    s = one(an)
    assert s.speaker == "masoud-pezeshkian"
    assert s.content == "Tehran will keep expanding trade with China"
    assert "CHN" in s.targets


def test_inverted_said_speaker():
    an = analyze('"Our doors remain open to every neighbour," said Wang Yi.')
    s = one(an)
    assert s.speaker == "wang-yi"
    assert s.cue == "said"
    assert unquote(s.content) == "Our doors remain open to every neighbour"
    assert s.kind == "direct"


@pytest.mark.parametrize(
    "second",
    [
        '"We will keep pressing for a ceasefire."',
        '"We will keep pressing Russia on the ceasefire."',
    ],
    ids=["names-no-actor", "names-a-country"],
)
def test_quote_running_into_the_next_sentence(second):
    text = f'"The meeting was useful," Jake Sullivan said. {second}'
    an = analyze(text)
    found = rows(an, speaker="jake-sullivan")
    assert len(found) == 2, an.statements.to_dict("records")
    first, cont = sorted(found, key=lambda s: s.content_start)
    assert unquote(first.content) == "The meeting was useful"
    assert first.kind == "direct"
    assert unquote(cont.content) == unquote(second)
    assert cont.content_start == text.index(second)
    assert cont.kind == "direct"


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "According to Jake Sullivan, the export controls are slowing Chinese chip output.",
            "the export controls are slowing Chinese chip output",
        ),
        (
            "The export controls are slowing Chinese chip output, according to Jake Sullivan.",
            "The export controls are slowing Chinese chip output",
        ),
    ],
    ids=["leading", "trailing"],
)
def test_according_to(text, content):
    an = analyze(text)
    s = one(an)
    assert s.speaker == "jake-sullivan"
    assert s.cue.lower() == "according to"
    assert s.content == content


@pytest.mark.parametrize("open_q, close_q", [('"', '"'), ("“", "”")], ids=["straight", "curly"])
def test_straight_and_curly_quotes(open_q, close_q):
    text = f"{open_q}We will answer any provocation,{close_q} Kim Jong Un said."
    an = analyze(text)
    s = one(an)
    assert s.speaker == "kim-jong-un"
    assert s.kind == "direct"
    assert s.content.startswith(open_q) and s.content.endswith(close_q)
    assert unquote(s.content) == "We will answer any provocation"


@pytest.mark.parametrize(
    "text",
    [
        'Dmitry Peskov said the "door remains open to talks with Kyiv.',
        '"The door remains open to talks, Dmitry Peskov said.',
        "Dmitry Peskov said the “door remains open to talks.",
        'Dmitry Peskov said the door remains open." Talks resume on Monday.',
    ],
    ids=["open-straight", "open-at-start", "open-curly", "stray-close"],
)
def test_unbalanced_quote_does_not_crash(text):
    an = analyze(text)  # spans are checked inside
    assert "dmitry-peskov" in set(an.statements["speaker"])


# ---------------------------------------------------------------------------- cues

CUES = [
    # id, text, speaker, cue, content, stance (None: not fixed by the cue)
    (
        "confirm",
        "Dmitry Peskov confirmed that Vladimir Putin would travel to Beijing in May.",
        "dmitry-peskov",
        "confirmed",
        "Vladimir Putin would travel to Beijing in May",
        None,
    ),
    (
        "assert",
        "Jake Sullivan asserted that the sanctions had cut Russian oil revenue.",
        "jake-sullivan",
        "asserted",
        "the sanctions had cut Russian oil revenue",
        None,
    ),
    (
        "warn",
        "Antony Blinken warned that North Korea was preparing another nuclear test.",
        "antony-blinken",
        "warned",
        "North Korea was preparing another nuclear test",
        "negative",
    ),
    (
        "urge",
        "Sergei Lavrov urged Japan to drop its sanctions.",
        "sergei-lavrov",
        "urged",
        "Japan to drop its sanctions",
        None,
    ),
    (
        "advocate",
        "Keith Kellogg has advocated for stricter export controls on China.",
        "keith-kellogg",
        "advocated",
        "stricter export controls on China",
        None,
    ),
    (
        "downplay",
        "Dmitry Peskov downplayed the importance of the naval drills.",
        "dmitry-peskov",
        "downplayed",
        "the importance of the naval drills",
        None,
    ),
    (
        "deny",
        "Sergei Lavrov denied that Russian troops had crossed the border.",
        "sergei-lavrov",
        "denied",
        "Russian troops had crossed the border",
        None,
    ),
    (
        "praise",
        "Volodymyr Zelenskyy praised Japan for its steadfast help.",
        "volodymyr-zelenskyy",
        "praised",
        "Japan for its steadfast help",
        "positive",
    ),
    (
        "condemn",
        "Wang Yi condemned the United States for its new tariffs.",
        "wang-yi",
        "condemned",
        "the United States for its new tariffs",
        "negative",
    ),
    (
        "reaffirm",
        "Masoud Pezeshkian reaffirmed that Iran stands by its treaty with Russia.",
        "masoud-pezeshkian",
        "reaffirmed",
        "Iran stands by its treaty with Russia",
        None,
    ),
    (
        "call-on",
        "Antony Blinken called on China to halt shipments of drone parts.",
        "antony-blinken",
        "called on",
        "China to halt shipments of drone parts",
        None,
    ),
    (
        "express-concern",
        "Jake Sullivan expressed concern about North Korean troops in Kursk.",
        "jake-sullivan",
        "expressed concern",
        "North Korean troops in Kursk",
        "negative",
    ),
    (
        "assertion-that",
        "Officials in Beijing bristled at Jake Sullivan's assertion that China is propping up"
        " Russia.",
        "jake-sullivan",
        "assertion",
        "China is propping up Russia",
        None,
    ),
    (
        "warning-that",
        "Analysts in Seoul weighed Antony Blinken's warning that North Korea could test another"
        " missile.",
        "antony-blinken",
        "warning",
        "North Korea could test another missile",
        "negative",
    ),
]


@pytest.mark.parametrize(
    "text, speaker, cue, content, stance", [c[1:] for c in CUES], ids=[c[0] for c in CUES]
)
def test_cue(text, speaker, cue, content, stance):
    an = analyze(text)
    s = one(an, cue=cue)
    assert s.speaker == speaker
    assert s.content == content
    assert s.cue_start == text.index(cue)
    assert s.content_start == text.index(content)
    if stance is not None:
        assert s.stance == stance


def test_adverb_between_auxiliary_and_cue():
    an = analyze("Jake Sullivan has long advocated for new sanctions on North Korea.")
    s = one(an)
    assert s.speaker == "jake-sullivan"
    assert s.cue == "advocated"
    assert s.content == "new sanctions on North Korea"
    assert s.mode == "proposed"


def test_passive_confirmed_by():
    text = (
        "The prisoner exchange, confirmed by Kremlin spokesperson Dmitry Peskov, will take place"
        " on Friday."
    )
    an = analyze(text)
    s = one(an)
    assert s.speaker == "dmitry-peskov"
    assert span_text(an, s.speaker_start, s.speaker_end) == "Dmitry Peskov"
    assert s.cue == "confirmed"
    assert s.content == "The prisoner exchange"
    assert s.content_end <= s.cue_start


@pytest.mark.parametrize(
    "text, speaker, main_cue, cue, content",
    [
        (
            "Sergei Lavrov dismissed the report as a fabrication, insisting that Russia had never"
            " sought Iranian drones.",
            "sergei-lavrov",
            "dismissed",
            "insisting",
            "Russia had never sought Iranian drones",
        ),
        (
            "Antony Blinken voiced concern over Chinese exports to Russia, pledging to tighten"
            " controls.",
            "antony-blinken",
            "voiced concern",
            "pledging",
            "tighten controls",
        ),
    ],
    ids=["insisting-that", "pledging-to"],
)
def test_participle_clause_carries_the_speaker(text, speaker, main_cue, cue, content):
    an = analyze(text)
    main = one(an, cue=main_cue)
    part = one(an, cue=cue)
    assert main.speaker == part.speaker == speaker
    assert part.content.endswith(content)
    assert main.content_end <= part.cue_start  # the main content stops at the participle


def test_he_said_after_a_sentence_naming_two_men_is_that_sentence_s_subject():
    # the most recent man named is Wang Yi, but the sentence names Blinken first: its
    # subject, whom "he" continues (as a sentence opening with "He" does)
    text = (
        "Antony Blinken met Wang Yi in Jakarta. After the talks, he said that China would "
        "keep buying Russian oil."
    )
    an = analyze(text)
    s = one(an, cue="said")
    assert s.speaker == "antony-blinken"
    assert span_text(an, s.speaker_start, s.speaker_end) == "he"
    assert s.content == "China would keep buying Russian oil"


def test_he_opening_a_sentence_continues_the_previous_sentence_s_subject():
    text = (
        '"Russia is receiving these missiles," Antony Blinken told reporters after talks with '
        "Wang Yi. He said that Washington would impose new sanctions on Iran."
    )
    an = analyze(text)
    s = one(an, cue="said")
    assert s.speaker == "antony-blinken"
    assert span_text(an, s.speaker_start, s.speaker_end) == "He"


def test_she_added_skips_an_incompatible_person():
    # The spokesperson is unknown to the codebook (no gender); Lavrov is male.
    text = (
        "Russian spokesperson Maria Zakharova spoke after Sergei Lavrov left the room. "
        "She added that the talks with Iran had been productive."
    )
    an = analyze(text)
    s = one(an, cue="added")
    assert s.speaker != "sergei-lavrov"
    assert s.speaker == "maria-zakharova"
    assert span_text(an, s.speaker_start, s.speaker_end) == "She"


def test_coordinated_states_give_one_statement_each():
    text = "Japan, South Korea and the United States denounced North Korea's latest launch."
    an = analyze(text)
    found = rows(an, cue="denounced")
    assert sorted(s.speaker for s in found) == ["JPN", "KOR", "USA"]
    spans = {s.speaker: span_text(an, s.speaker_start, s.speaker_end) for s in found}
    assert spans["JPN"] == "Japan"
    assert spans["KOR"] == "South Korea"
    assert "United States" in spans["USA"]
    for s in found:
        assert s.content == "North Korea's latest launch"
        assert s.stance == "negative"
        assert s.targets == ["PRK"]


# ---------------------------------------------------------------------------- transcripts


def test_transcript_label_attributes_following_paragraphs():
    an = alignkit.analyze(ARTICLES / "statements-transcript-kremlin.txt")
    check_spans(an)
    text = an.article.text
    label = "President of Russia Vladimir Putin"
    first_label = text.index(label + ":")
    second_label = text.index(label + ":", first_label + 1)
    question = text.index("QUESTION:")
    putin = rows(an, speaker="vladimir-putin")
    # One statement per sentence; they cover two paragraphs after the first label (the
    # second unlabeled) and one after the second.
    paragraphs = {an.article.sentences[s.sentence].paragraph for s in putin}
    assert len(paragraphs) == 3, an.statements.to_dict("records")
    for s in putin:
        assert span_text(an, s.speaker_start, s.speaker_end) == label
        assert s.kind == "direct"
        sent = an.article.sentences[s.sentence]
        assert sent.start <= s.content_start and s.content_end <= sent.end
    starts = sorted(s.content_start for s in putin)
    assert starts[0] == first_label + len(label) + 2
    assert any(text[st:].startswith("We agreed to expand cooperation") for st in starts)
    assert second_label + len(label) + 2 in starts
    # The journalist's question is not Putin's.
    assert not any(s.content_start <= question < s.content_end for s in putin)
    # First-person pronouns in his paragraphs are Putin's.
    pron = an.mentions[an.mentions["kind"] == "pronoun"]
    for word in ("I", "We"):
        hits = pron[pron["text"] == word]
        assert len(hits) >= 1
        assert set(hits["actor"]) == {"vladimir-putin"}
    # ...but not in the question paragraph (the QUESTION label names nobody).
    q_end = text.index("\n", question)
    assert pron[(pron["start"] >= question) & (pron["start"] < q_end)].empty


def test_transcript_sentences_carry_their_own_stance_and_targets():
    text = (
        "MR. KIRBY: We are deeply concerned about Russia's strikes on Kyiv. "
        "We will continue to support Ukraine.\n"
    )
    an = alignkit.analyze_text(text, publication_date="2024-05-10")
    st = an.statements.set_index("content")
    assert st.loc["We are deeply concerned about Russia's strikes on Kyiv", "stance"] == "negative"
    assert st.loc["We are deeply concerned about Russia's strikes on Kyiv", "targets"] == ["RUS"]
    assert st.loc["We will continue to support Ukraine", "stance"] == "positive"
    assert st.loc["We will continue to support Ukraine", "targets"] == ["UKR"]


def test_collective_subject_speaks_for_the_group_named_with_it():
    text = (
        "The foreign ministers of the United States, Japan, and the Republic of Korea met in "
        "Tokyo. The ministers condemned the cooperation between the DPRK and Russia, which "
        "breaks UN Security Council resolutions. The three ministers call on the DPRK to stop."
    )
    an = alignkit.analyze_text(text, publication_date="2024-06-01")
    for cue in ("condemned", "call on"):
        rows_ = an.statements[an.statements["cue"] == cue]
        assert set(rows_["speaker"]) == {"USA", "JPN", "KOR"}, cue
    condemned = an.statements[an.statements["cue"] == "condemned"].iloc[0]
    assert set(condemned["targets"]) == {"PRK", "RUS"}  # not the UNSC of the "which" clause


def test_condemning_a_war_is_not_conflict_with_its_victim():
    text = "Japan condemned Russia's war against Ukraine."
    an = alignkit.analyze_text(text, publication_date="2024-06-01")
    assert an.statements.iloc[0]["targets"] == ["RUS"]
    assert not an.network.has_edge("JPN", "UKR")


def test_transcript_uppercase_label():
    an = alignkit.analyze(ARTICLES / "statements-transcript-briefing.txt")
    check_spans(an)
    text = an.article.text
    labelled = [s for s in an.statements.itertuples() if s.cue == ":"]
    speakers = {s.speaker for s in labelled}
    assert len(speakers) == 1, speakers
    kirby = speakers.pop()
    assert "kirby" in kirby
    for s in labelled:
        assert span_text(an, s.speaker_start, s.speaker_end) == "MR. KIRBY"
    # sentence by sentence: two paragraphs after the first label, one after the second
    paragraphs = {an.article.sentences[s.sentence].paragraph for s in labelled}
    assert len(paragraphs) == 3
    q = text.index("Q:")
    assert not any(s.content_start <= q < s.content_end for s in labelled)
    pron = an.mentions[(an.mentions["kind"] == "pronoun") & (an.mentions["actor"] == kirby)]
    assert {"I", "We", "we"} <= set(pron["text"])


# ---------------------------------------------------------------------------- no statement


@pytest.mark.parametrize(
    "text",
    [
        "This growing alliance has raised concerns among diplomats.",
        "The new alliance has raised concerns, and critics warned that it could backfire.",
        "Russia's moves in the Arctic suggest a different picture.",
        "Washington's recent choices suggest another story altogether.",
    ],
    ids=["no-speaker", "unnamed-critics", "possessive-subject", "possessive-capital-subject"],
)
def test_no_statement_without_a_speaker(text):
    an = analyze(text)
    assert an.statements.empty, an.statements.to_dict("records")


def test_no_statement_in_a_photo_caption():
    an = alignkit.analyze(ARTICLES / "statements-caption.txt")
    check_spans(an)
    captions = [s for s in an.article.sentences if s.block == "caption"]
    assert len(captions) == 1
    assert "says" in captions[0].text
    cap = captions[0]
    assert not any(cap.start <= s.cue_start < cap.end for s in an.statements.itertuples())
    assert not set(an.statements["sentence"]) & {cap.index}


# ---------------------------------------------------------------------------- content


@pytest.mark.parametrize(
    "text, kind",
    [
        ('"We will not be intimidated," Kim Jong Un said.', "direct"),
        ("Kim Jong Un said Pyongyang would not be intimidated.", "indirect"),
        ('Kim Jong Un said Pyongyang would "never be intimidated" by the drills.', "mixed"),
    ],
    ids=["direct", "indirect", "mixed"],
)
def test_content_kind(text, kind):
    an = analyze(text)
    s = one(an)
    assert s.speaker == "kim-jong-un"
    assert s.kind == kind


def test_targets_exclude_the_speaker():
    text = "South Korea said North Korea's missile launches endanger South Korea and Japan."
    an = analyze(text)
    s = one(an)
    assert s.speaker == "KOR"
    assert "KOR" not in s.targets
    # the launches are hostile acts: the stance is aimed at their agent, not at Japan,
    # whom they endanger (a negative target would make a false South Korea–Japan conflict)
    assert s.stance == "negative" and list(s.targets) == ["PRK"]


def test_targets_exclude_circumstantial_places():
    text = "Antony Blinken condemned Iran for arming Russian forces in Ukraine."
    an = analyze(text)
    s = one(an)
    assert s.speaker == "antony-blinken"
    assert "IRN" in s.targets
    assert "UKR" not in s.targets
    assert "antony-blinken" not in s.targets


def test_relative_clause_speaks_for_its_antecedent():
    text = "Zelenskyy met Keith Kellogg, who warned that Moscow was stalling the talks."
    an = alignkit.analyze_text(text, publication_date="2025-03-01")
    rows = an.statements[an.statements["cue"] == "warned"]
    assert list(rows["speaker"]) == ["keith-kellogg"]
    assert rows.iloc[0]["content"] == "Moscow was stalling the talks"


def test_content_stops_before_the_next_speaker():
    text = (
        "Wang Yi called on all parties to return to talks, while Sergei Lavrov urged "
        "Kyiv to accept the terms."
    )
    an = alignkit.analyze_text(text, publication_date="2025-03-01")
    st = an.statements.set_index("speaker")
    assert st.loc["wang-yi", "content"] == "all parties to return to talks"
    assert st.loc["sergei-lavrov", "content"] == "Kyiv to accept the terms"


def test_mockery_is_a_negative_statement():
    text = "Russian Foreign Ministry spokeswoman Maria Zakharova mocked the Ukrainian president."
    an = alignkit.analyze_text(text, publication_date="2025-03-01")
    row = an.statements.iloc[0]
    assert (row["speaker"], row["cue"], row["stance"]) == ("maria-zakharova", "mocked", "negative")


def test_quote_before_the_speaker_is_the_content_even_with_a_tail():
    text = (
        '"Tehran made a big mistake," Israeli Prime Minister Benjamin Netanyahu said at a meeting.'
    )
    an = alignkit.analyze_text(text, publication_date="2024-10-02")
    row = an.statements.iloc[0]
    assert row["speaker"] == "benjamin-netanyahu"
    assert row["content"] == '"Tehran made a big mistake,"'
    assert row["kind"] == "direct" and row["stance"] == "negative"
    assert row["targets"] == ["IRN"]  # a capital stands for its government


def test_a_capital_speaks_for_its_country():
    an = alignkit.analyze_text("Beijing warned that Manila would regret the move.",
                               publication_date="2024-10-02")  # fmt: skip
    row = an.statements.iloc[0]
    assert (row["speaker"], row["stance"], row["targets"]) == ("CHN", "negative", ["PHL"])


def test_an_unnamed_official_speaks_for_the_body():
    text = '"We are watching closely," a State Department spokesperson said in a statement.'
    an = alignkit.analyze_text(text, publication_date="2024-05-24")
    assert an.statements[["speaker", "kind"]].values.tolist() == [["us-state-department", "direct"]]


def test_the_addressee_is_not_the_content_and_a_new_clause_ends_it():
    text = (
        "Wang Yi told reporters in Beijing that Taipei must stop provocations, while Japan "
        "declined to comment."
    )
    an = alignkit.analyze_text(text, publication_date="2024-05-24")
    row = an.statements.iloc[0]
    assert row["content"] == "Taipei must stop provocations"
    assert row["targets"] == ["TWN"]


def test_a_person_after_a_government_in_a_list_is_one_more_speaker_not_its_apposition():
    # the parser may hang the person on the government as an apposition; a person is none
    text = (
        "Mission approved\n\nThe Kenyan Government, Kenyan civil society, Secretary-General "
        "Guterres, and other partners have long called for this mission."
    )
    speakers = set(alignkit.analyze_text(text).statements.speaker)
    assert speakers == {"kenyan-government", "antonio-guterres"}


def test_a_name_in_apposition_to_an_envoy_for_a_state_is_the_envoy_not_the_state():
    text = "Envoy\n\nCanada's special envoy for Haiti, Bob Rae, has advocated for new elections."
    assert set(alignkit.analyze_text(text).statements.speaker) == {"bob-rae"}


def test_one_who_quotes_another_as_saying_reports_the_words():
    text = (
        "Border talks\n\nInformation Minister Jane Roe quoted the president as saying the army "
        "would not be dragged into a war with Eritrea."
    )
    rows = alignkit.analyze_text(text).statements[["speaker", "content"]].values.tolist()
    assert rows == [["jane-roe", "the army would not be dragged into a war with Eritrea"]]


def test_a_pronoun_after_a_subheading_reaches_back_to_the_speaker_before_it():
    text = (
        "Date: 2021-06-01\n\nNavy to stay in the Gulf\n\n"
        "In a statement, Navy spokesperson Jane Roe said the patrols would go on.\n\n"
        "\u201cWe are aware of the concerns of Bahrain,\u201d Roe said. \u201cWe will keep "
        "talking to Manama.\u201d\n\nKeeping the Patrols\n\n"
        "The fleet will keep two frigates near Bahrain, she said, adding that the patrols "
        "protect shipping."
    )
    an = alignkit.analyze_text(text)
    at = text.index("The fleet")
    speakers = {s.speaker for s in an.statement_records if s.content_start >= at}
    assert speakers == {"jane-roe"}


@pytest.mark.parametrize(
    ("text", "speakers", "content"),
    [
        (
            "Germany condemned the attack on the convoy, as did France.",
            ["DEU", "FRA"],
            "the attack on the convoy",
        ),
        (
            "Kenya has called for restraint in Juba, as has Uganda.",
            ["KEN", "UGA"],
            "restraint in Juba",
        ),
    ],
)
def test_a_closing_as_did_clause_says_the_same_for_its_party(text, speakers, content):
    st = alignkit.analyze_text("Convoy\n\n" + text).statements
    assert sorted(st.speaker) == speakers
    assert set(st.content) == {content}


def test_an_as_clause_of_time_is_no_echo():
    st = alignkit.analyze_text(
        "Convoy\n\nKenya said its troops would stay, as they have since 2011."
    ).statements
    assert st.speaker.tolist() == ["KEN"]


@pytest.mark.parametrize(
    ("text", "not_speaker"),
    [
        ("The head of Russia's delegation, speaking in Geneva, said Ukraine must withdraw.", "UKR"),
        ("The deputy head of Chad's delegation said Sudan was to blame for the raid.", "SDN"),
    ],
)
def test_the_subject_of_what_was_said_is_no_speaker(text, not_speaker):
    st = alignkit.analyze_text("Talks\n\n" + text).statements
    assert not_speaker not in set(st.speaker)


def test_a_speaker_after_an_inverted_cue_still_speaks():
    an = alignkit.analyze_text("Talks\n\nThe talks failed, said Jane Roe, a Kenyan diplomat.")
    assert an.statements.speaker.tolist() == ["jane-roe"]
