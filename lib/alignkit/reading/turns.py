"""Transcript turns: speaker labels at line starts and the words each one introduces.

Briefings, press conferences and interviews are written as turns: a label at the start of
a line (``MR. KIRBY:``, ``SECRETARY BLINKEN:``, ``President of Russia Vladimir Putin:``,
``Prime Minister Jane Roe (via interpreter):``, ``QUESTION:``, ``Q``, ``MODERATOR:``), then
the speaker's words up to the next label. Turns may be separated by blank lines or by
single line breaks. :func:`find_turns` reads them from the text alone:

* a label is a run of capitalized words (title words and function words such as ``of``
  and ``the`` between them; ``People's`` and ``Jean-Pierre`` allowed) of any length, a
  name and its title after a comma too (``Jane Roe, Foreign Minister``), then
  an optional parenthetical, then a colon: ``In one tweet Friday, Trump said:`` (lower-case
  words, a comma) is a cue introducing a quote, never a label; ``Editor's note:`` and a
  time (``12:50 p.m.``) are none either;
* a colon line is a turn only when the text has the shape of a transcript: a *strong*
  label (all capitals with two words or more, or a title word, ``MR. KIRBY``; a title
  and a name, ``Secretary Roe``; a
  ``QUESTION``/``Q``/``MODERATOR`` turn; three capitalized words or more, a title and a
  name), or at least three label lines of which two differ and one comes back (turns
  alternate), or a question under one label answered under another (an interview,
  ``VOA: What is your reaction?`` then ``Roe: It sends a signal.``). A lone ``Readers:``
  or ``UN:`` line in a newsletter makes no turn;
* the Public Papers' form, a title and a name closed by a period (``President Roe. Well,
  welcome.``), is a label too; a title alone (``Mr. President.``) is none;
* a ``Q`` run into its question (``QWhy stay?``, a web interview whose bold label lost its
  space) is a question label, in a text that also has ``A:`` answer lines;
* ``Answer:`` (``A``, ``Response``) turns of a Q&A release are the text's own author's, or
  the issuing office's state (the statements module resolves them);
* a parenthetical opening the words, after the colon (``PRESIDENT ROE: (Via
  translation) We agree.``, ``QUESTION: (Translated.)``), says how the turn was given and
  is not its words;
* a turn ends at the next label, at a separator line (``___``), at a time-stamp line
  (``12:50 p.m.``) or at the end of the text;
* an interview with no label at all (:func:`unlabelled_interview`): its questions are
  paragraphs of one line ending with a question mark (``[Why now?]`` in brackets too),
  each answered by the paragraphs after it; the interviewee's name on a line of its own
  under the headline is the label of every answer (``A`` without one).

Examples
--------
>>> text = "MODERATOR: Welcome.\\nMR. ROE: Thank you. We are ready.\\nQ Is it true?\\nMR. ROE: Yes."
>>> for x in find_turns(text):
...     print(x.label, "|", text[x.start : x.end], "|", x.question)
MODERATOR | Welcome. | False
MR. ROE | Thank you. We are ready. | False
Q | Is it true? | True
MR. ROE | Yes. | False
>>> find_turns("Headline\\n\\nIn one tweet Friday, Trump said:\\n\\n\\"We won.\\"")
[]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["ANSWERS", "NOBODY", "TITLE_WORDS", "Turn", "find_turns", "unlabelled_interview"]

_LINE_LABEL = re.compile(
    r"^[\"“]?(?P<label>[A-Z][^:\n]{0,160}?)[ \t]*(?P<paren>\([^()\n]{1,60}\))?[ \t]*:(?:[ \t]+|$)",
    re.M,
)
# a questioner's turn without a colon: "Q    Good afternoon." (White House transcripts)
_QUESTION = re.compile(r"^(?P<label>Q|QUESTION)(?:[ \t]{2,}|\t|\.[ \t]+|[ \t]+(?=[A-Z]))", re.M)
# a questioner's label run into the question ("QWhat would have happened?": the bold "Q" of a
# web interview lost its space); read only in a text that also has answer lines ("A: ...")
_GLUED_QUESTION = re.compile(r"^(?P<label>Q)(?=[A-Z][a-z'’])", re.M)
_ANSWER_LINE = re.compile(r"^(?:A|ANSWER)[ \t]*[:.][ \t]", re.M)
# the Public Papers' form: "President Roe. Well, welcome." (a title and a name, a period)
_PERIOD_LABEL = re.compile(
    r"^(?P<label>(?:[A-Z][\w'’-]*\.?[ \t]+){1,4}[A-Z][\w'’-]+)\.[ \t]+(?=[A-Z\"“‘\[(])", re.M
)
_BREAK = re.compile(
    r"^(?:_{3,}|-{3,}|\*{3,}|\d{1,2}(?::\d\d)?\s*[AaPp]\.?[Mm]\.?(?:\s+\w+)?)\s*$", re.M
)
_CONNECTORS = frozenset(
    [
        "of",
        "the",
        "for",
        "and",
        "de",
        "del",
        "da",
        "la",
        "le",
        "von",
        "van",
        "der",
        "den",
        "al",
        "bin",
        "on",
        "to",
        "at",
        "in",
        "du",
        "y",
    ]
)
#: labels of turns that are nobody's statement
NOBODY = frozenset({"Q", "QUESTION", "MODERATOR", "OPERATOR", "PARTICIPANT", "AUDIENCE"})
#: labels of the answers of a Q&A release: the text's own author (or issuing office) speaks
ANSWERS = frozenset({"A", "ANSWER", "RESPONSE"})
#: title and honorific words of an all-capitals label (``MAJOR GENERAL PAT RYDER``)
TITLE_WORDS = frozenset(
    [
        "MR",
        "MRS",
        "MS",
        "DR",
        "SECRETARY",
        "PRESIDENT",
        "MINISTER",
        "GENERAL",
        "MAJOR",
        "AMBASSADOR",
        "SENATOR",
        "ADMIRAL",
        "COLONEL",
        "SPOKESPERSON",
        "SPOKESMAN",
        "SPOKESWOMAN",
        "CHAIRMAN",
        "DIRECTOR",
        "GOVERNOR",
        "DEPUTY",
    ]
)
_WORD = re.compile(r"[^\s]+")
# a parenthetical opening a turn, after the colon: "(Via translation)", "(As interpreted.)"
_STAGE = re.compile(r"\([^()\n]{1,40}\)[ \t]*")


@dataclass(frozen=True)
class Turn:
    """One turn: its label (as written, without parenthetical and colon) and its words."""

    label: str
    label_start: int
    label_end: int
    start: int  # the speaker's words, from here ...
    end: int  # ... to here (character offsets into the text)
    question: bool = False  # a questioner's turn (Q, QUESTION): nobody's statement


def _label_ok(label: str) -> bool:
    """Is ``label`` a run of capitalized words (connectors between) with no clause in it?"""
    name, comma, title = label.partition(",")
    if comma and _names_title(title):
        label = f"{name} {title}"  # "Jane Roe, Foreign Minister": a name, then its title
    words = _WORD.findall(label)
    if not words or len(words) > 20 or any(c in label for c in ',;"“”!?'):
        return False
    for w in words:
        core = w.strip(".'’-")
        if not core:
            return False
        if core.lower() in _CONNECTORS and w is not words[0]:
            continue
        if not core[:1].isupper() or any(ch.isdigit() for ch in core):
            return False
    return True


def _names_title(phrase: str) -> bool:
    """Is ``phrase`` a title of up to five words, a title word among them (``Foreign
    Minister``, ``Deputy Spokesperson``), as a label gives after its name?

    Examples
    --------
    >>> _names_title(" Foreign Minister"), _names_title(" Switzerland")
    (True, False)
    """
    words = _WORD.findall(phrase)
    return 0 < len(words) <= 5 and any(w.strip(".").upper() in TITLE_WORDS for w in words)


def _titled_name(label: str) -> bool:
    """``President Roe``, ``Prime Minister Jane Roe``: a title word, then a name (the last
    word no title: ``Mr. President.`` addresses, it does not label)."""
    words = [w.strip(".").upper() for w in _WORD.findall(label)]
    return (
        words[-1] not in TITLE_WORDS
        and any(w in TITLE_WORDS for w in words[:-1])
        and all(w.lower() not in _CONNECTORS for w in label.split())
    )


def _strong(label: str, question: bool) -> bool:
    if question or label.upper() in NOBODY or label.upper() in ANSWERS:
        return True
    words = _WORD.findall(label)
    caps = label.isupper() and sum(ch.isalpha() for ch in label) >= 2
    titled = any(w.strip(".").upper() in TITLE_WORDS for w in words)
    return (caps and (len(words) >= 2 or titled)) or len(words) >= 3 or _titled_name(label)


def _candidates(text: str) -> list[tuple[int, int, int, str, bool]]:
    """(line start, label end, words start, label, is a question) of every label line."""
    out = []
    for m in _LINE_LABEL.finditer(text):
        label = m.group("label").rstrip()
        rest = text[m.end() : text.find("\n", m.end()) % (len(text) + 1)]
        if rest.strip() and not re.search(r"[A-Za-z]{2}", rest):
            continue  # "Jane Roe: 1,769": a table row, not a turn
        if _label_ok(label):
            ls = m.start("label")
            out.append((ls, ls + len(label), m.end(), label, False))
    for m in _QUESTION.finditer(text):
        out.append((m.start(), m.end("label"), m.end(), m.group("label"), True))
    if _ANSWER_LINE.search(text):
        for m in _GLUED_QUESTION.finditer(text):
            out.append((m.start(), m.end("label"), m.end(), "Q", True))
    for m in _PERIOD_LABEL.finditer(text):
        if _titled_name(m.group("label")):
            out.append((m.start(), m.end("label"), m.end(), m.group("label"), False))
    out.sort()
    # one label per line start (the question rule and the colon rule may both match)
    return [c for n, c in enumerate(out) if n == 0 or c[0] != out[n - 1][0]]


def _shaped(cands: list[tuple[int, int, int, str, bool]], text: str) -> bool:
    """Has the text the shape of a transcript (see the module docstring)?"""
    if any(_strong(label, q) for _, _, _, label, q in cands):
        return True
    labels = [label for *_, label, _ in cands]
    if len(labels) >= 3 and len(set(labels)) >= 2 and len(set(labels)) < len(labels):
        return True
    # an interview: a question under one label, answered under another ("VOA: What is
    # your reaction ...?" then "Siegle: It sends ...")
    for (_, _, ws, label, _), nxt in zip(cands, cands[1:], strict=False):
        line = text[ws : text.find("\n", ws) % (len(text) + 1)].rstrip()
        if line.endswith("?") and nxt[3] != label:
            return True
    return False


_OPEN = '"“'
_CLOSE = '"”'


def _quoted_line_end(text: str, ws: int) -> int:
    """Where the words of a turn that are one quotation end: the end of their line, when
    the line opens with a quotation mark and closes with one (a digest line ``Gov. Jane
    Roe: "We balanced the books."`` quotes one person; the next paragraph is the writer's
    again); else the end of the text. A transcript's turns are the speaker's own words,
    not quoted.

    Examples
    --------
    >>> text = 'Roe: "We agree."\\n\\nThe vote is next week.'
    >>> text[5 : _quoted_line_end(text, 5)]
    '"We agree."'
    >>> _quoted_line_end("Roe: We agree.\\n\\nYes.", 5)
    20
    """
    if ws >= len(text) or text[ws] not in _OPEN:
        return len(text)
    nl = text.find("\n", ws)
    line_end = nl if nl >= 0 else len(text)
    line = text[ws:line_end].rstrip()
    return ws + len(line) if len(line) > 1 and line[-1] in _CLOSE else len(text)


def find_turns(text: str, skip_until: int = 0) -> list[Turn]:
    """The transcript turns of ``text``, in order ([] when the text is no transcript).

    ``skip_until``: labels on lines before this offset (a headline) are not read.

    Examples
    --------
    >>> text = "Remarks\\n\\nPrime Minister Jane Roe (via interpreter): We agree.\\n\\nThat is all."
    >>> [(x.label, text[x.start : x.end]) for x in find_turns(text)]
    [('Prime Minister Jane Roe', 'We agree.\\n\\nThat is all.')]
    >>> find_turns("Readers: write to us.\\n\\n12:50 p.m.\\n\\nThe vote was held.")
    []
    >>> text = "Talks\\n\\nPRESIDENT ROE: (As interpreted.) We agree.\\nSECRETARY DOE: Good."
    >>> [text[x.start : x.end] for x in find_turns(text)]
    ['We agree.', 'Good.']
    >>> text = "Remarks\\n\\nPresident Roe. Hello.\\n\\nQ. Will you go?\\n\\nPresident Roe. No."
    >>> [(x.label, x.question) for x in find_turns(text)]
    [('President Roe', False), ('Q', True), ('President Roe', False)]
    >>> text = "Interview\\n\\nQWhy stay?\\n\\nA: It matters.\\n\\nQWhen?\\n\\nA: Soon."
    >>> [(x.label, text[x.start : x.end]) for x in find_turns(text)]
    [('Q', 'Why stay?'), ('A', 'It matters.'), ('Q', 'When?'), ('A', 'Soon.')]
    """
    first_line = len(text) - len(text.lstrip())
    cands = [
        c
        for c in _candidates(text)
        if c[0] >= skip_until and not (c[0] == first_line and not c[3].isupper())
    ]  # a first line "Pence: Flowers won't be there" is a headline, not a turn
    if not cands or not _shaped(cands, text):
        return unlabelled_interview(text, skip_until)
    breaks = [m.start() for m in _BREAK.finditer(text)]
    out = []
    for n, (ls, le, ws, label, question) in enumerate(cands):
        if m := _STAGE.match(text, ws):
            ws = m.end()  # "(Via translation)" after the colon: how it was said, not words
        end = cands[n + 1][0] if n + 1 < len(cands) else len(text)
        end = min([end, *(b for b in breaks if ws <= b < end), _quoted_line_end(text, ws)])
        body_end = len(text[:end].rstrip())
        out.append(Turn(label, ls, le, ws, max(ws, body_end), question))
    return _unlabelled_answers(text, out) if all(x.question for x in out) else out


def _unlabelled_answers(text: str, turns: list[Turn]) -> list[Turn]:
    """An interview whose questions alone carry a label (``Q. Will you go?``, then the
    answer as a paragraph of its own): each question ends with its line, and the lines
    after it, up to the next question, are an answer turn (label ``A``: the interviewee's,
    see :data:`ANSWERS`).

    Examples
    --------
    >>> text = "Interview\\n\\nQ. Will you go?\\n\\nYes. We will go.\\n\\nQ. When?\\n\\nSoon."
    >>> [(x.label, text[x.start : x.end]) for x in find_turns(text)]
    [('Q', 'Will you go?'), ('A', 'Yes. We will go.'), ('Q', 'When?'), ('A', 'Soon.')]
    """
    out = []
    for x in turns:
        nl = text.find("\n", x.start, x.end)
        if nl < 0:
            out.append(x)
            continue
        rest = len(text[: x.end]) - len(text[nl : x.end].lstrip())
        out.append(Turn(x.label, x.label_start, x.label_end, x.start, nl, True))
        out.append(Turn("A", rest, rest, rest, x.end, False))
    return out


# a question paragraph: one line, not quoted, ending with a question mark ("[Why now?]")
_ASKED = re.compile(r"[\[(]?[^\n\"“‘'][^\n]{2,500}\?[\])]?[ \t]*")
_INTERVIEW = re.compile(r"\binterview", re.I)
_BLOCK = re.compile(r"\S[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*")


def _blocks(text: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of the blank-line separated blocks of ``text`` from ``start``."""
    return [(m.start(), len(m.group().rstrip()) + m.start()) for m in _BLOCK.finditer(text, start)]


def _name_line(line: str) -> bool:
    """A name alone on its line (``Ambassador Jane Roe``): up to six capitalized words."""
    return "\n" not in line and len(line.split()) <= 6 and _label_ok(line) and line[-1:] != "."


def unlabelled_interview(text: str, skip_until: int = 0) -> list[Turn]:
    """The turns of an interview written without labels: after the headline (``skip_until``)
    an optional name line (the interviewee) and at most one paragraph of introduction, then
    questions (one line each, ending with ``?``) answered by the paragraphs after them. The
    shape must hold throughout: two questions answered or more, and a question for every
    four paragraphs at least, so a report with a rhetorical question is no interview. The
    answers' label is the name line, else ``A`` (the interviewee, see :data:`ANSWERS`),
    where the title before ``skip_until`` says the text is an interview.

    Examples
    --------
    >>> text = ("Talk with Envoy Roe\\n\\nEnvoy Jane Roe\\n\\n[Will Chad sign?]\\n\\n"
    ...         "We hope so. It matters.\\n\\nWhy now?\\n\\nBecause it is time.")
    >>> [(x.label, x.question, text[x.start : x.end]) for x in unlabelled_interview(text, 19)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Q', True, '[Will Chad sign?]'), ('Envoy Jane Roe', False, 'We hope so. It matters.'),
     ('Q', True, 'Why now?'), ('Envoy Jane Roe', False, 'Because it is time.')]
    >>> unlabelled_interview("News\\n\\nChad voted. Why?\\n\\nNobody knows.\\n\\nIt rained.", 4)
    []
    """
    blocks = _blocks(text, skip_until)
    name = blocks[0] if blocks and _name_line(text[slice(*blocks[0])]) else None
    rest = blocks[1:] if name else blocks
    asked = [i for i, (a, b) in enumerate(rest) if _ASKED.fullmatch(text, a, b)]
    answered = [i for i in asked if i + 1 < len(rest) and i + 1 not in asked]
    if len(answered) < 2 or asked[0] > 1 or 4 * len(asked) < len(rest) - asked[0]:
        return []
    if name is None and not _INTERVIEW.search(text, 0, skip_until):
        return []  # no interviewee named: an explainer's questions, not an interview's
    label, ls, le = (text[slice(*name)], *name) if name else ("A", 0, 0)
    out = []
    for n, i in enumerate(asked):
        a, b = rest[i]
        out.append(Turn("Q", a, a, a, b, True))
        last = (asked[n + 1] if n + 1 < len(asked) else len(rest)) - 1
        if last > i:
            s, e = rest[i + 1][0], rest[last][1]
            out.append(Turn(label, ls, le, s, e) if name else Turn(label, s, s, s, e))
    return out
