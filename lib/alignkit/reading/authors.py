"""The text's own author: who speaks in a speech, a statement, remarks or an editorial.

Many texts are one speaker's words with no label: remarks at the UN, a press statement, a
joint statement of several governments, a readout whose attribution line names the
spokesperson, an outlet's editorial. :func:`text_author` finds that author where the
text's shape says so, and only there (a news report is never one author's words):

* a headline that *begins* with the kind of text and its author: ``Remarks by Ambassador
  Jane Roe at a UN Security Council Briefing on X``, ``Statement by the Troika``, ``Joint
  Statement of A, B and C``, ``Press Statement by Secretary X``;
  the kinds: remarks, statement, speech, address, explanation of vote or of position,
  intervention, testimony, message, declaration, communiqué (``Opening Remarks``);
* the same after a republisher's topic (``West Africa: Remarks by ...``), with how it was
  given between (``Statement given yesterday by``, ``Statement as delivered by``), or with
  the author first, possessive (``Ambassador Jane Roe's Remarks at ...``);
* in the opening paragraphs of remarks or a statement: its signatories (``We, the Foreign
  Ministers of A, B and C, ...``, ``The Governments of A and B welcome ...``), the group it
  is made for (``This statement is by the Core Group comprising A, B and C``, ``I speak on
  behalf of A and B``), its signatories at its end (``This statement is signed by A, B
  and C``, ``Signatories:`` and a list), else the line ``As delivered by Ambassador Jane
  Roe, ...``;
* a headline of states alone before the kind (``U.S.-Philippines Joint Statement on
  ...``): each state (``Kremlin Rejects G7 Statement`` names no state alone: a clause);
* an attribution line among the first paragraphs: ``The following is attributable to
  Spokesperson Jane Roe:``, ``The below is attributable to ...``, or a by-line sentence
  ``Statement by Ambassador Jane Roe, Deputy Permanent Representative, at ...``;
* in a text whose headline or ``Source:`` line says it is remarks or a statement
  (``Remarks at a UN Security Council Briefing on Libya``), or whose byline opens with its
  kind (``Press Statement``), a byline block of short lines (``Ambassador Jane Roe`` /
  ``Deputy Representative to the UN`` / ``New York, NY`` / the date): the name and title
  lines, up to the place and the date (``Jane Roe, Department Spokesperson`` too);
* the ``Source:`` (or ``Title:``) header line's description of the text: ``... remarks by
  Ambassador Jane Roe, ...`` (the body that issues it, written before, gives the state:
  ``U.S. Mission to the UN remarks by ...``), ``Ministry of X press statement`` (the
  issuer itself), or ``X Editorial`` (the outlet).

A title without a state (``Deputy Representative to the UN``) takes the state of the body
that issues the text (the ``Source:`` description up to its first quotation or kind word:
``U.S. Mission to the United Nations, "Remarks ..."``). A group the author phrase names but
the codebook does not (``Statement by the Troika``) is the states the text lists in
parentheses where it names the group (``The Troika Embassies (Norway, the United States
and the United Kingdom)``) or after ``comprising``, ``consisting of``; such a list of two
states or more wins over a state the group's name holds (the ``Sri Lanka Core Group`` is
its members, not Sri Lanka). Remarks or a statement that name no author at all are the
state of the body that issues them (``Remarks at a UN Security Council Briefing on Mali``,
``U.S. Mission to the United Nations``).

The author phrase stops where the occasion begins (``at``, ``on``, ``before``, ``during``
...): ``on Ukraine`` is the topic, not the author; and where a companion is named (``Remarks
by Commissioner Jane Roe, with Commissioner John Doe``: Jane Roe's words). The author is the
person the phrase names (with the state of its title, of the phrase, or of the issuing body
before the kind word), else every state, bloc or organization it names (a joint statement is
each of its signatories), else, for an editorial, the outlet as an organization without a
state.

Examples
--------
>>> from alignkit.reading.article import parse_article
>>> from alignkit.reading.tagging import tag
>>> text = "Statement by Russia and China on the Summit\\n\\nWe welcome the outcome."
>>> text_author(tag(parse_article(text)))
['RUS', 'CHN']
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .codebook import Actor, slugify
from .source_line import KIND as _KIND
from .source_line import NAME_GLUE as _NAME_GLUE
from .source_line import description as _description
from .source_line import issuer_kind as _issuer_kind
from .source_line import issuer_phrase as _issuer_phrase
from .source_line import names_only as _names_only
from .tagging import issuing_state, phrase_state, verb_forms

if TYPE_CHECKING:
    from .tagging import Tagged

__all__ = [
    "header_paragraphs",
    "headline_names_author",
    "is_speech_shaped",
    "issuing_state",
    "release_author",
    "text_author",
]

# "Statement by", "Statement as delivered by", "Statement given yesterday by": the kind,
# then how it was given (a participle and up to three words, and a date in parentheses:
# "given recently (3 May 2025) by"), then its author
_BY = (
    r"(?:\s+(?:as\s+)?(?:delivered|given|made|prepared(?:\s+for\s+delivery)?|issued|read)"
    r"(?:\s+[^\s:;()]+){0,3}?(?:\s+\([^():;]{1,30}\))?)?\s+(?:by|of|from)\s+"
    r"(?!(?:vote|position)\b)"  # "Explanation of Vote on X": the kind, not its author
)
_HEADLINE = re.compile(rf"^\s*{_KIND}{_BY}(?P<who>.+)$", re.I)
# "Ambassador Jane Roe's Remarks at ...": the author before the kind, possessive
_POSSESSIVE_KIND = re.compile(rf"^\s*(?P<who>[^:;,]+?)['’]s?\s+{_KIND}\b", re.I)
# "West Africa: Remarks by ...": a republisher's topic before the title
_TOPIC_PREFIX = re.compile(rf"^[^:\n]{{1,40}}:\s+(?={_KIND}\b)", re.I)
_DESCRIBED = re.compile(rf"(?P<issuer>[^;(\"“”]*?)\b{_KIND}{_BY}(?P<who>[^;()\"“”]+)", re.I)
# "..., explanation of vote on X, delivered by Ambassador Jane Roe; licence": who gave it
_DELIVERED_BY = re.compile(r"\b(?:delivered|given)\s+by\s+(?P<who>[^;()\"“”]+)", re.I)
# the author said in the body: "This statement is by the Core Group comprising A, B and C",
# "I speak on behalf of A and B"; a line "As delivered by Ambassador Jane Roe" (_DELIVERED)
_BODY_AUTHOR = re.compile(
    r"\b(?:this\s+(?:joint\s+)?statement\s+is\s+(?:made\s+|delivered\s+|issued\s+)?"
    r"(?:by|on\s+behalf\s+of|from)|(?:speak|speaking|deliver|delivering|make|making)\s+"
    r"(?:this\s+(?:joint\s+)?statement\s+)?on\s+behalf\s+of)"
    r"\s+(?P<who>[^.;:\n]+)",
    re.I,
)
_DELIVERED = re.compile(r"^\s*as\s+delivered\s+by\s+(?P<who>[^\n]+?)\s*$", re.I)
# the signatories opening a joint statement: "We, the Foreign Ministers of A, B and C,"
# "The Governments of A, B and C welcome ..."
_SIGNATORIES = re.compile(
    r"^\s*(?:we,?\s+)?the\s+(?:governments?|(?:foreign\s+|defen[cs]e\s+)?ministers"
    r"(?:\s+of\s+foreign\s+affairs)?|leaders|heads\s+of\s+(?:state|government)"
    r"(?:\s+and\s+(?:of\s+)?government)?|ambassadors|embassies|missions)\s+of\s+"
    r"(?P<who>[^.;:\n]+?)(?=,?\s+(?!(?:and|of|the|for)\b)(?-i:[a-z]))",
    re.I,
)
# the signatories said at the end: "This statement is signed by A, B and C", "Signatories:"
# (at a paragraph's start only: "the resolution co-sponsored by Ghana" is no signature)
_SIGNED = re.compile(
    r"^\s*(?:(?:this\s+(?:joint\s+)?statement\s+(?:is|was|has\s+been)\s+)?(?:signed|endorsed"
    r"|joined|co-?signed|co-?sponsored)(?:\s+by)?|signator(?:y|ies)(?:\s+countries)?)\s*:?\s+"
    r"(?P<who>[^.;\n]+(?:\n[^.;\n]+){0,60})",
    re.I,
)
# a headline of states and a kind: "U.S.-Philippines Joint Statement on Maritime Security"
_PAIR_KIND = re.compile(
    rf"^\s*(?P<who>[^:;,]+?)\s+{_KIND}(?:\s+(?:on|at|to|for|before|regarding)\b.*)?$", re.I
)
# a group's members said where it is named: "the Core Group comprising A, B and C"
_MEMBERSHIP = re.compile(
    r"\s*,?\s+(?:comprising|consisting\s+of|composed\s+of|made\s+up\s+of|namely)\s+",
    re.I,
)
_ATTRIBUTION = re.compile(
    r"^\s*the\s+(?:below|following|above)\s+(?:statement\s+)?(?:is|are)\s+attributable\s+to\s+"
    r"(?P<who>[^:\n]+?)\s*:?\s*$",
    re.I,
)
# a description of a report about a text, not of the text: "news story on the statement"
_REPORT = re.compile(r"\b(?:news|story|stories|report|article|coverage|wire)\b", re.I)
_KIND_LINE = re.compile(rf"^\s*(?:[A-Z][\w.]*\s+)?{_KIND}\s*$", re.I)  # "Press Statement"
_KIND_FIRST = re.compile(rf"^\s*{_KIND}\b", re.I)
# a word ending a sentence ("... the talks."), not an abbreviation ("D.C.", "Jr.")
_SENTENCE_END = re.compile(r"[a-z]{3,}[.!?]$|[.!?][\"”’]?$(?<![A-Z]\.)")
_EDITORIAL = re.compile(r"(?P<who>\b[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s+Editorial\b")
# where the occasion or the topic begins: "... at a briefing on Ukraine"
_OCCASION = re.compile(
    r"\s+(?:at|on|before|during|following|after|regarding|about|upon|in\s+response)\s+"
    r"|,\s+as\s+"  # "on behalf of A and B, as facilitators of the talks"
    r"|\s+as\s+(?:delivered|read)\b"  # "by A and B as delivered by Ambassador Roe"
    r"|,?\s+(?:together\s+)?with\s+(?=[A-Z])"  # "Remarks by X, with Commissioner Y": X's
    r"|\s+--|\s+[—–]\s+"
)
# a lead ending with its speaker, named alone before a colon, the body to follow: "The
# Minister has made a statement on Chad. Minister Jane Roe:"
_LEAD_LABEL = re.compile(r"(?:^|[.!?][\"”’]?\s+)(?P<who>[^.!?:\n\"“”]{3,80}?)\s*:\s*$")
_MY_COUNTRY = re.compile(r"\bmy\s+(?:own\s+)?(?:country|government|nation)\b", re.I)
_SPEAKS = ("person", "country", "bloc", "organization", "group")


def _header_lines(text: str) -> list[str]:
    """The lines of a byline block (name, titles, place, date: short lines, no sentence),
    else []."""
    lines = [x.strip() for x in text.split("\n") if x.strip()]
    if len(lines) < 2 or any(len(x.split()) > 12 or _SENTENCE_END.search(x) for x in lines):
        return []
    return lines


def _name_title_line(t: Tagged, p) -> list[str]:
    """A byline of one line, a person's name then a title (``Jane Roe, Secretary of
    State``: a reproduction that dropped the date line), as the byline block's lines, else
    []: the name before the comma must be one person the tagger reads there.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Statement on Chad\\n\\nJane Roe, Minister of Defence\\n\\nIt ends."))
    >>> _name_title_line(t, t.article.paragraphs[0])
    ['Jane Roe, Minister of Defence']
    >>> _name_title_line(t, t.article.paragraphs[1])
    []
    """
    line = p.text.strip()
    name, comma, title = line.partition(",")
    if "\n" in line or not title.strip() or len(line.split()) > 12:
        return []
    if _SENTENCE_END.search(line) or not _names_only(line):
        return []
    start = p.start + len(p.text) - len(p.text.lstrip())
    first = next((m for m in t.mentions if m.start >= start), None)
    if first is None or (first.start, first.end) != (start, start + len(name.rstrip())):
        return []
    return [line] if t.actor_type(first.actor) == "person" else []


def _byline_who(lines: list[str]) -> str:
    """The author phrase of a byline block: its name line and the title lines after it, up
    to the place or the date (``New York, NY``, ``June 19, 2023``)."""
    kept = []
    for x in lines:
        if _KIND_LINE.match(x):
            continue  # "Press Statement": the kind of text, said before the author
        if any(ch.isdigit() for ch in x) or not _names_only(x):
            break
        if kept and "," in x and len(x.split()) <= 4:
            break  # "New York, New York", "Washington, DC": the place
        kept.append(x)
    if kept and "," in kept[0]:
        # "Jane Roe, Department Spokesperson": the title before the name, as the tagger
        # reads a titled person
        name, title = kept[0].split(",", 1)
        kept[0] = f"{title.strip()} {name.strip()}"
    return ", ".join(kept)


def is_speech_shaped(t: Tagged) -> bool:
    """Does the headline or the ``Source:`` line say the text is remarks, a statement, a
    speech (its kind first: ``Remarks at a Briefing on Libya``)?

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> is_speech_shaped(tag(parse_article("Remarks at the Security Council\\n\\nThank you.")))
    True
    >>> is_speech_shaped(tag(parse_article("Rebels Take Goma\\n\\nThe rebels took the city.")))
    False
    """
    art = t.article
    if art.headline is not None and _KIND_FIRST.match(art.headline.text):
        return True
    if any(_KIND_LINE.match(p.text.split("\n")[0]) for p in art.paragraphs[:2]):
        return True  # a byline block opening with its kind: "Press Statement"
    desc = _description(art.metadata.get("source", ""))
    kind = re.search(rf"\b{_KIND}\b", desc, re.I)
    return bool(kind and not _EDITORIAL.search(desc) and not _REPORT.search(desc[: kind.start()]))


def header_paragraphs(t: Tagged) -> set[int]:
    """Indexes of the opening paragraphs that are a byline, not the author's words: a block
    of short name, title, place and date lines, a line ``Statement by X, ...``, or the
    text's title on a line of its own (``Remarks Prior to a Meeting With ...``).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> text = "Remarks\\n\\nJane Roe\\nAmbassador\\nMay 2, 2024\\n\\nWe agree."
    >>> sorted(header_paragraphs(tag(parse_article(text))))
    [0]
    >>> text = "Statement\\n\\nMay 2, 2024\\n\\nThank you, President.\\n\\nWe agree."
    >>> sorted(header_paragraphs(tag(parse_article(text))))
    [0]
    """
    out = set()
    for i, p in enumerate(t.article.paragraphs[:3]):
        line = p.text.strip()
        # a date or a place alone on its line ("January 31, 2023"): no sentence either
        alone = "\n" not in line and len(line.split()) <= 8 and _names_only(line)
        said = _HEADLINE.match(p.text) or _DELIVERED.match(p.text)
        # "Remarks Prior to a Meeting With ...": the text's title on its own line
        title = _KIND_FIRST.match(line) and "\n" not in line and line[-1:] not in ".!?"
        said = said or (_lead_label(p.text) if len(p.text) < 300 else None)
        if alone or title or _header_lines(p.text) or (said and len(p.text) < 300):
            out.add(i)
    return out


def source_person(t: Tagged, surname: str) -> tuple[str, str] | None:
    """(full name, state) of the one person of that surname the ``Source:`` line names
    (``... daily press briefing by Department Spokesperson Jane Roe``), the state from the
    words before the name (``U.S. Department of State``), else the issuing body's; or None.

    A transcript's labels often give only the surname (``MS. ROE:``); the page title or
    description the header keeps names the briefer in full.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> text = ("Source: https://x.org/b (U.S. Department of State daily press briefing by "
    ...         "Department Spokesperson Jane Roe; public domain)\\n\\nBriefing\\n\\nMS. ROE: Hi.")
    >>> source_person(tag(parse_article(text)), "Roe")
    ('Jane Roe', 'USA')
    """
    from .article import parse_article
    from .tagging import tag

    desc = _description(t.article.metadata.get("source", ""))
    word = r"[A-Z][\w'’.-]*"
    found = {
        m.group("name")
        for m in re.finditer(rf"(?P<name>(?:{word}\s+){{1,3}}{re.escape(surname)})\b", desc)
    }
    names = {n for n in found if not any(o != n and o.endswith(n) for o in found)}
    if len(names) != 1:
        return _tagged_source_person(t, desc, surname)
    name = next(iter(names))
    before = desc[: desc.index(name)]
    sub = tag(parse_article(before), t.codebook) if before.strip() else None
    # the nearest state or state body before the name ("... Sudan & South Sudan", an
    # excerpt from the U.S. Department of State briefing by ...": the Department's)
    acting = [a.stands_for for m in (sub.mentions if sub else [])
              if (a := sub.actor(m.actor)) is not None and a.stands_for
              and a.type in ("country", "organization", "office")]  # fmt: skip
    words = name.split()
    while len(words) > 2 and words[0].rstrip(".").lower() in _TITLE_LEADS:
        words = words[1:]  # "Spokesperson Jane Roe"
    return " ".join(words), (acting[-1] if acting else issuing_state(t))


def _tagged_source_person(t: Tagged, desc: str, surname: str) -> tuple[str, str] | None:
    """(full name, state) of the one person of that surname the tagger reads in the
    ``Source:`` description (``"Ambassador Roe's interview", U.S. Ambassador to Chad Jane
    Roe``: the title's state, not the host country's), else None.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> text = ("Source: https://x.org/i (U.S. Embassy, “Ambassador Roe's interview”, "
    ...         "U.S. Ambassador to Chad Jane Roe)\\n\\nInterview\\n\\nWe agree.")
    >>> source_person(tag(parse_article(text)), "Roe")
    ('Jane Roe', 'USA')
    """
    from .article import parse_article
    from .tagging import tag

    if not desc.strip():
        return None
    sub = tag(parse_article(desc), t.codebook)
    people = {
        (a.name, a.stands_for or a.country)
        for m in sub.mentions
        if (a := sub.actor(m.actor)) is not None and a.type == "person"
        and len(a.name.split()) > 1 and a.name.split()[-1] == surname
    }  # fmt: skip
    return people.pop() if len(people) == 1 else None


# capitalized title words that may open the name run the pattern finds
_TITLE_LEADS = frozenset({"spokesperson", "spokesman", "spokeswoman", "department",
                          "secretary", "ambassador", "deputy", "principal", "press",
                          "minister", "mr", "ms", "mrs", "dr", "president", "envoy"})  # fmt: skip


def _phrases(t: Tagged) -> list[tuple[str, str, bool]]:
    """(author phrase, issuer phrase, editorial?) where the text's shape names its author."""
    art = t.article
    source = art.metadata.get("source", "")
    head = art.headline.text if art.headline is not None else ""
    issuer = _issuer_phrase(source, head)  # "U.S. Mission to the UN": a title's missing state
    out = []
    speech = is_speech_shaped(t)
    own = _headline_state(t) if speech else ""
    if own and not phrase_state(t, issuer):
        issuer = own  # "...: UK statement at the UN": the state its speaker speaks for
    if art.headline is not None:
        head = _TOPIC_PREFIX.sub("", art.headline.text)
        # "Putin's Statement on Talks Angers Kyiv" is news; a possessive names the author
        # only where the Source line says the text is remarks or a statement
        m = _HEADLINE.match(head) or (_POSSESSIVE_KIND.match(head) if speech else None)
        if m:
            out.append((m.group("who"), issuer, False))
        elif pair := _states_only(t, _PAIR_KIND.match(head)):
            out.append((pair, issuer, False))
    out += _body_phrases(t, issuer) if speech else []
    for p in art.paragraphs[:3]:
        first = p.text.split("\n")[0]
        m = _ATTRIBUTION.match(first) or (_HEADLINE.match(first) if len(first) < 300 else None)
        m = m or (_lead_label(p.text) if speech else None)
        lines = (_header_lines(p.text) or _name_title_line(t, p)) if speech else []
        if m:
            out.append((m.group("who"), issuer, False))
        elif lines and _byline_who(lines):
            out.append((_byline_who(lines), issuer, False))
    for key in ("title", "source"):
        value = art.metadata.get(key, "")
        # who delivered it speaks, before the headline's author ("Speech by the High
        # Representative ..., delivered by Commissioner Jane Roe"); a joint statement is its
        # signatories' words, whoever reads it
        given = _DELIVERED_BY.search(_description(value)) if speech else None
        joint = re.search(r"\bjoint\b", _description(value), re.I)
        if given and _names_prefix(given.group("who")) and not joint:
            out.insert(0, (_names_prefix(given.group("who")), _issuer_phrase(value, head), False))
        m = _DESCRIBED.search(value)
        # the issuing body before the kind word, if any, is a name ("U.S. Mission to the
        # UN remarks by"), not a clause of a news title ("Kremlin rejects statement by")
        before = m.group("issuer").strip(" ,.:-") if m else ""
        # "news story on the G7 statement by ...": a report about a statement, not one
        if m and (not before or _names_only(before.split()[-1])) and not _REPORT.search(before):
            out.append((m.group("who"), m.group("issuer"), False))
        e = _EDITORIAL.search(value)
        if e:
            out.append((e.group("who"), "", True))
    if _issuer_kind(source):
        out.append((_issuer_kind(source), "", False))  # "U.S. Department of State statement"
    return out + ([(own, "", False)] if own else [])  # no one named: the state speaks


def _lead_label(paragraph: str) -> re.Match | None:
    """A lead paragraph of a statement that ends with its speaker, names and titles alone
    before a colon (``The Minister has made a statement. Minister Jane Roe:``), else None:
    ``Jane Roe said:`` is a cue, not a label.

    Examples
    --------
    >>> _lead_label("The Minister made a statement. Minister Jane Roe:").group("who")
    'Minister Jane Roe'
    >>> _lead_label("Minister Jane Roe said:") is None
    True
    """
    m = _LEAD_LABEL.search(paragraph.strip())
    return m if m and "\n" not in paragraph.strip() and _names_only(m.group("who")) else None


def _names_prefix(phrase: str) -> str:
    """The longest opening of ``phrase`` that is names and titles only, up to a lower-case
    word (``Jane Roe, Permanent Representative to the UN in Geneva``: up to ``Geneva``'s
    ``in``).

    Examples
    --------
    >>> _names_prefix("Jane Roe, Permanent Representative to the UN in Geneva")
    'Jane Roe, Permanent Representative to the UN'
    >>> _names_prefix("the minister in Lima")
    ''
    """
    words = phrase.split()
    n = 0
    while n < len(words) and _names_only(" ".join(words[: n + 1])):
        n += 1
    while n and words[n - 1].lower() in _NAME_GLUE:
        n -= 1  # "... to the": no name ends with its glue
    return " ".join(words[:n]).strip(" ,")


def headline_names_author(t: Tagged) -> bool:
    """Does the headline open with the kind of text and its author (``Statement by High
    Representative Jane Roe on ...``, ``Remarks by ...``)? Such a text is its author's
    words throughout, in the first person or not; a readout whose attribution line names
    a spokesperson (``The following is attributable to ...``) is not.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> headline_names_author(tag(parse_article("Statement by Jane Roe on Chad\\n\\nIt ends.")))
    True
    >>> headline_names_author(tag(parse_article("Call with Chad\\n\\nThey spoke.")))
    False
    """
    art = t.article
    return art.headline is not None and bool(
        _HEADLINE.match(_TOPIC_PREFIX.sub("", art.headline.text))
    )


def _headline_state(t: Tagged) -> str:
    """The one state a speech's headline says it is the statement of, after the title if
    any (GOV.UK names a speech ``<its title>: UK statement at the UN Security Council``),
    else ''.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> _headline_state(tag(parse_article("Act now: UK statement at the UN\\n\\nThank you.")))
    'UK'
    >>> _headline_state(tag(parse_article("Kremlin Rejects G7 Statement\\n\\nIt did.")))
    ''
    """
    head = t.article.headline
    tail = head.text.rsplit(": ", 1)[-1] if head is not None else ""
    return _states_only(t, _PAIR_KIND.match(tail), 1)


def _states_only(t: Tagged, m: re.Match | None, least: int = 2) -> str:
    """The author phrase of ``m`` when it is states alone (at least ``least`` of them), each
    word part of a state's name (``U.S.-Philippines`` read as ``U.S. and Philippines``,
    ``Chile and Peru``), else '': ``Kremlin Rejects G7`` is a clause. One state names the
    author only in a text the Source line or headline calls a speech or statement (``UK
    statement at the UN Security Council``)."""
    from .article import parse_article
    from .tagging import tag

    if m is None:
        return ""
    who = re.sub(r"(?<=[\w.])\s*[-–—/]\s*(?=[A-Z])", " and ", m.group("who"))
    sub = tag(parse_article(who), t.codebook)
    covered = set()
    for x in sub.mentions:
        a = sub.actor(x.actor)
        if a is not None and a.type in ("country", "bloc"):
            covered.update(range(x.start, x.end))
    words = [w for w in re.finditer(r"[A-Za-z][\w.'’]*", who) if w.group() not in _NAME_GLUE]
    ok = len(_states(sub)) >= least and all(w.start() in covered for w in words)
    return who if ok else ""


def _body_phrases(t: Tagged, issuer: str) -> list[tuple[str, str, bool]]:
    """The author phrases the opening paragraphs of a statement or a speech say: its
    signatories (``We, the Governments of A, B and C``), the group it is made on behalf of
    (``This statement is by the Core Group comprising A, B and C``), then the person who
    delivered it (``As delivered by Ambassador Jane Roe``)."""
    paragraphs = [p.text for p in t.article.paragraphs[:5]]
    said = [m for x in paragraphs if (m := _signatories(x) or _BODY_AUTHOR.search(x))]
    # (a short last line without a full stop is read as a caption: look there too)
    last = [p.text for p in t.article.paragraphs[-3:] + t.article.captions[-2:]]
    said += [m for x in last if (m := _SIGNED.search(x))]
    said += [m for x in paragraphs if (m := _DELIVERED.match(x))]
    return [
        (_own_state(t, m.group("who").replace("\n", ", "), issuer), issuer, False) for m in said
    ]


def _signatories(paragraph: str) -> re.Match | None:
    """The signatories opening a joint statement (``The Governments of A and B welcome``),
    not a possessive naming what one government did (``The Government of Chile's decision
    escalated tensions``).

    Examples
    --------
    >>> _signatories("The Governments of Chile and Peru welcome the talks.").group("who")
    'Chile and Peru'
    >>> _signatories("The Government of Chile's decision escalated tensions.") is None
    True
    """
    m = _SIGNATORIES.match(paragraph)
    return None if m is None or re.search(r"['’]s?$", m.group("who")) else m


def _own_state(t: Tagged, who: str, issuer: str) -> str:
    """``on behalf of my country and Saudi Arabia``: the speaker's own country is the
    issuing body's state, named (``my country`` is no name); ``who`` as it is without one."""
    state = phrase_state(t, issuer)
    actor = t.actor(state[0]) if state else None
    return _MY_COUNTRY.sub(actor.name, who) if actor is not None else who


def _states(sub: Tagged) -> list[str]:
    """The states and blocs a tagged phrase names, in order, once each."""
    found = []
    for m in sub.mentions:
        a = sub.actor(m.actor)
        state = a.stands_for if a is not None and a.type in ("country", "bloc", "place") else ""
        if state and state not in found:
            found.append(state)
    return found


def _members(t: Tagged, who: str) -> list[str]:
    """``Statement by the Troika`` and, in the text, ``The Troika Embassies (Norway, the
    United States, and the United Kingdom)``: a group's members listed where it is named."""
    from .article import parse_article
    from .tagging import tag

    words = re.findall(r"[A-Z][\w'’-]+", who)
    if not words:
        return []
    body = t.article.text[t.article.paragraphs[0].start :] if t.article.paragraphs else ""
    m = re.search(
        rf"\b{re.escape(words[-1])}\b(?:\s+[A-Z][\w'’-]+){{0,2}}"
        rf"(?:\s*\((?P<listed>[^()\n]+)\)|{_MEMBERSHIP.pattern}(?P<named>[^.;:\n]+))",
        body,
        re.I,
    )
    if not m:
        return []
    return _states(tag(parse_article(m.group("listed") or m.group("named")), t.codebook))


def _before_participle(t: Tagged, who: str) -> str:
    """The author phrase up to a title-case participle the codebook knows as a verb, where
    the occasion begins (``President Jane Roe Announcing the Ceasefire``: ``President Jane
    Roe``); a name's word ending so (``Xi Jinping``) is no verb and stays.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> t = tag(parse_article("Remarks\\n\\nWe agree."))
    >>> _before_participle(t, "President Jane Roe Marking the Independence Day of Chad")
    'President Jane Roe'
    >>> _before_participle(t, "President Xi Jinping")
    'President Xi Jinping'
    """
    words = who.split()
    forms = verb_forms(t.codebook)
    for k, w in enumerate(words[1:], 1):
        if w[:1].isupper() and w.endswith("ing") and w.lower() in forms:
            return " ".join(words[:k])
    return who


def _resolve(t: Tagged, who: str, issuer: str, editorial: bool) -> list[str]:
    """The actor ids an author phrase names (registered as actors of ``t`` when new)."""
    from .article import parse_article
    from .tagging import tag

    who = _before_participle(t, _OCCASION.split(who, maxsplit=1)[0].strip(" ,."))
    who = _MEMBERSHIP.split(who, maxsplit=1)[-1]  # "the Core Group comprising A and B"
    if not _names_only(who):
        return []  # "Statement by Putin angers Kyiv": a news headline, not an author
    sub = tag(parse_article(who), t.codebook)
    members = _members(t, who)  # a group's members, not the states its name holds
    states = (members if len(members) >= 2 else []) or _states(sub) or members
    states = states or phrase_state(t, issuer)
    persons = [m.actor for m in sub.mentions if (a := sub.actor(m.actor)) and a.type == "person"]
    persons = persons or _name_before_title(sub, who)
    if persons:
        pid = persons[0]
        a = sub.actor(pid)
        if pid in sub.extra_actors:
            known = t.extra_actors.get(pid, a)
            # "Statement by Ambassador Jane Roe" opening a speech on a government's site
            # whose Source line names no body of a state: the one who speaks is that state's
            site = issuing_state(t) if not editorial and is_speech_shaped(t) else ""
            state = known.stands_for or a.stands_for or (states[0] if states else site)
            t.extra_actors[pid] = replace(known, country=known.country or state, stands_for=state)
        return [pid]
    if states:
        return states
    others = [m.actor for m in sub.mentions if (a := sub.actor(m.actor)) and a.type in _SPEAKS]
    for oid in others[:1]:
        if oid in sub.extra_actors:
            t.extra_actors.setdefault(oid, sub.extra_actors[oid])
        return [oid]
    if editorial:
        oid = slugify(who)
        if oid and oid not in t.codebook.actors:
            t.extra_actors.setdefault(oid, Actor(oid, who, "organization", "", "", source="text"))
        return [oid] if t.actor(oid) is not None else []
    return []


def _name_before_title(sub: Tagged, who: str) -> list[str]:
    """``Jane Roe, Political Coordinator``, ``Jane Roe, UK Permanent Representative to the
    WTO``: an author phrase whose name comes first and its title after the comma names
    that person (an id registered in ``sub``), else []. The name is two to four
    capitalized words that name no actor and hold no title or institution word; the title
    begins after the comma, or after the state that holds it (its first two words hold a
    title word).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> who = "Jane Roe, Deputy Permanent Representative"
    >>> _name_before_title(tag(parse_article(who)), who)
    ['jane-roe']
    >>> who = "Amnesty International, Deputy Director"
    >>> _name_before_title(tag(parse_article(who)), who)
    []
    """
    head, comma, rest = who.partition(",")
    words, cb = head.split(), sub.codebook
    titled = {w for phrase in cb.titles for w in phrase.lower().replace("-", " ").split()}
    if not comma or not 2 <= len(words) <= 4 or any(m.start < len(head) for m in sub.mentions):
        return []
    if any(not w[:1].isupper() or w.lower() in titled for w in words):
        return []
    if any(w in cb.person_cues["non_person"] for w in words):
        return []
    k = len(head) + 1  # the title's first word, after the state that holds it ("UK ...")
    for m in sorted(sub.mentions, key=lambda m: m.start):
        if m.start >= k and not who[k : m.start].strip():
            k = m.end
    first = who[k:].split()[:2]  # "Political Coordinator", "Permanent Representative"
    if not first or not all(w[:1].isupper() for w in first):
        return []
    if not any(w.lower() in titled for w in first):
        return []
    pid = slugify(head)
    sub.extra_actors.setdefault(pid, Actor(pid, head.strip(), "person", source="text"))
    return [pid]


def text_author(t: Tagged) -> list[str]:
    """The actor ids of the text's own author (several for a joint statement), or ``[]``
    when the text's shape names none (see the module's docstring).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> news = "Russia Warns NATO\\n\\nWe will respond, a Russian official said."
    >>> text_author(tag(parse_article(news)))
    []
    >>> line = "The following is attributable to Spokesperson Jane Roe of Canada:"
    >>> t = tag(parse_article("Call Readout\\n\\n" + line + "\\n\\nWe welcome the talks."))
    >>> ids = text_author(t)
    >>> ids, t.actor(ids[0]).stands_for
    (['jane-roe'], 'CAN')
    """
    found = t.caches.get("text_author")
    if found is None:  # read once per article: statements and events both ask
        found = t.caches["text_author"] = (
            next(
                (ids for who, issuer, ed in _phrases(t) if (ids := _resolve(t, who, issuer, ed))),
                [],
            )
            or _source_byline(t)
            or _issuer_speaks(t)
        )
    return list(found)


# "the U.S. Africa Command press release": a release, named by its issuer before its kind
_RELEASE = re.compile(r"(?P<issuer>[^;(\"“”]*?)\s+(?:press|news|media)\s+release\b", re.I)


def release_author(t: Tagged) -> list[str]:
    """The body that issues a press release, as the ``Source:`` line names it before the
    words ``press release`` (``... reproduction of the U.S. Africa Command press release``):
    the ``we`` of its own sentences, outside quotations (``we assess no civilians were
    hurt``); ``[]`` for any other text. A release tells news in the third person, so only
    its first person is the issuer's word, not every sentence as in remarks.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> text = ("Source: https://x.org/r (reproduction of the Kenya Defence Forces press "
    ...         "release; public domain)\\n\\nStrike\\n\\nWe assess the strike hit no civilians.")
    >>> t = tag(parse_article(text))
    >>> [t.actor(a).country for a in release_author(t)]
    ['KEN']
    """
    m = _RELEASE.search(_description(t.article.metadata.get("source", "")))
    words = m.group("issuer").split() if m else []
    k = len(words)
    while k > 0 and _names_only(" ".join(words[k - 1 :])):
        k -= 1  # the name run before the kind: "U.S. Africa Command"
    while k < len(words) and words[k].lower() in _NAME_GLUE:
        k += 1  # not "of the"
    return _resolve(t, " ".join(words[k:]), "", False) if k < len(words) else []


def _source_byline(t: Tagged) -> list[str]:
    """Remarks or a statement whose ``Source:`` line names its speaker in a part of its
    own, a name and a title (``...; Jane Roe, Political Coordinator; ...``, ``"Remarks at
    ...", Ambassador Jane Roe, Deputy Representative``): that person, of the issuing
    body's state; else [].

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> from alignkit.reading.tagging import tag
    >>> src = ('Source: https://x.org/r (Mission of Chile to the UN, "Remarks at the '
    ...        'Council", Jane Roe, Political Coordinator; public domain)')
    >>> t = tag(parse_article(src + "\\n\\nRemarks at the Council\\n\\nWe agree."))
    >>> ids = _source_byline(t)
    >>> ids, t.actor(ids[0]).stands_for
    (['jane-roe'], 'CHL')
    """
    if not is_speech_shaped(t):
        return []
    desc = re.sub(r"[\"“][^\"“”]*[\"”]", ";", _description(t.article.metadata.get("source", "")))
    for part in desc.split(";"):
        bits = [b.strip() for b in part.split(",") if b.strip()]
        if len(bits) < 2 or not 2 <= len(bits[0].split()) <= 5 or not _names_only(part):
            continue
        for who in (bits[0], f"{bits[1]} {bits[0]}"):
            found = _resolve(t, who, "", False)
            if len(found) == 1 and t.actor_type(found[0]) == "person":
                a = t.extra_actors.get(found[0])
                state = issuing_state(t)
                if a is not None and not a.stands_for and state:
                    t.extra_actors[found[0]] = replace(a, country=a.country or state,
                                                       stands_for=state)  # fmt: skip
                return found
    return []


def _issuer_speaks(t: Tagged) -> list[str]:
    """Remarks or a statement that name no author (``Remarks at a UN Security Council
    Briefing on Mali``, issued by the U.S. Mission to the UN): the issuing state speaks."""
    state = issuing_state(t) if is_speech_shaped(t) else ""
    return [state] if state else []
