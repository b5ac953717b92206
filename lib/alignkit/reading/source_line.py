"""What a text's ``Source:`` line says of it: the kind of text and the body that issues it.

The header line is ``Source: <URL> (<publisher or title>; <licence>)``. Its description
names the body that issues the text (``U.S. Department of State, Office of the
Spokesperson``), often before the kind of text (``... press statement``), whose state
:func:`alignkit.reading.tagging.issuing_state` reads with the codebook.

Examples
--------
>>> issuer_phrase("https://x.org/p (U.S. Department of State press statement; public domain)")
'U.S. Department of State'
>>> description("https://x.org/p (Foreign Ministry of Japan, Q&A)")
'Foreign Ministry of Japan, Q&A'
"""

from __future__ import annotations

import re

__all__ = [
    "KIND", "NAME_GLUE", "description", "issuer_kind", "issuer_phrase", "names_only", "untitled",
]  # fmt: skip

#: The kinds of text a statement's title or description names (a regular expression).
KIND = (
    r"(?:(?:joint|press|opening|closing|keynote|written|video|introductory|concluding)\s+){0,2}"
    r"(?:remarks|statement|speech|address|op-ed|message|declaration|communiqu[eé]|intervention"
    r"|testimony|explanations?\s+of\s+(?:vote|position)|explanation)"
)
# "U.S. Department of State press statement": the issuer, then the kind alone
_ISSUED = re.compile(rf"^(?P<issuer>.+?)\s+{KIND}$", re.I)
#: The lower-case words a name, a title or a list of signatories holds ("Minister of ...").
NAME_GLUE = frozenset({"of", "the", "and", "for", "to", "a", "an", "&", "de", "du", "la", "le"})


def names_only(phrase: str) -> bool:
    """Is ``phrase`` names and titles only, no clause ("Putin angers Kyiv" is a clause)?

    Examples
    --------
    >>> names_only("Minister of Foreign Affairs Jane Roe"), names_only("Putin angers Kyiv")
    (True, False)
    """
    words = re.findall(r"[\w'’.&-]+", phrase)
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() or w in NAME_GLUE for w in words)


def description(value: str) -> str:
    """What a ``Source:`` line says of its text: its parenthesis after the address, if any."""
    m = re.match(r"\s*\S+\s+\((?P<d>.*)\)\s*$", value)
    return m.group("d") if m else value


def issuer_kind(value: str) -> str:
    """``U.S. Department of State press statement``: the body that issues a text named by
    its kind alone (the first part of the description), else ''."""
    first = re.split(r"[;,(]", description(value), maxsplit=1)[0]
    m = _ISSUED.match(first.strip())
    return m.group("issuer") if m and names_only(m.group("issuer")) else ""


# "The Herald's reproduction of a U.S. Department of State briefing": the copy's maker first
_COPY_OF = re.compile(
    r"^.*?\b(?:reproduction|republication|reprint|copy|repost|excerpt|transcript)s?\s+of\s+", re.I
)


def issuer_phrase(source: str, headline: str = "") -> str:
    """The body that issues the text, whose state a byline's title may not give: the
    ``Source:`` description up to its first quotation, clause or kind word; in a copy's
    description, the body after ``copy of``, ``reproduction of`` (the copy's maker is not
    the issuer); a first part repeating the text's ``headline`` is passed over
    (:func:`untitled`).

    Examples
    --------
    >>> issuer_phrase("https://x.org/p (The Herald's reproduction of a U.S. Department of "
    ...               "State press statement; public domain)")
    'a U.S. Department of State '
    """
    source = untitled(source, headline)
    desc = _COPY_OF.sub("", description(source), count=1)
    # '"Remarks at a Briefing on X", U.S. Mission to the UN; licence': the body after the title
    desc = re.sub(r"^\s*[\"“][^\"“”]*[\"”]\s*,?\s*", "", desc)
    return issuer_kind(source) or re.split(rf"[;(\"“”]|\b{KIND}\b", desc, flags=re.I)[0]


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def untitled(source: str, headline: str) -> str:
    """The ``Source:`` line without a first part of its description that repeats the
    text's headline (``(Kenya and Peru agree a plan; GOV.UK news story; OGL)``): a title
    tells what the text is about, not who issues it, and the states it names are not the
    issuer's. A headline of fewer than three words, or a description of one part, is left.

    Examples
    --------
    >>> untitled("https://x.org/p (Kenya and Peru agree a plan; GOV.UK news story; OGL)",
    ...          "Kenya and Peru agree a plan")
    'https://x.org/p (GOV.UK news story; OGL)'
    >>> untitled("https://x.org/p (Press release: Talks on Chad, remarks in Paris; Foreign "
    ...          "Office)", "Talks on Chad")
    'https://x.org/p (Foreign Office)'
    >>> untitled("https://x.org/p (Foreign Office; OGL)", "Talks on Chad")
    'https://x.org/p (Foreign Office; OGL)'
    """
    desc = description(source)
    head = _words(headline)
    first, sep, rest = desc.partition(";")
    if len(head) < 3 or not sep or desc == source:
        return source
    label, colon, titled = first.partition(":")
    if _words(first)[: len(head)] != head and not (
        colon and len(_words(label)) <= 3 and _words(titled)[: len(head)] == head
    ):
        return source  # the headline whole, opening the part or after "Press release:"
    return f"{source[: source.index(desc) - 1]}({rest.strip()})"
