"""Tag actors in an article against the codebook, with spaCy's rule-based machinery.

spaCy's English tokenizer (:func:`get_tokenizer`, nothing downloaded) and three
:class:`spacy.matcher.PhraseMatcher` instances find the codebook's surface forms (names,
aliases, demonyms, capitals), the titles that introduce people, and theme phrases.
Rules on top of the matches handle what news prose does with actors:

* possessives (``Russia's``): the tokenizer splits ``'s`` off, the name still matches;
* a surface form claimed by two actors: the actor named in full elsewhere in the article
  wins, else the one claimant in office on the article's date (``Bush`` in 1991 is
  George H. W. Bush), else ``alias_rules.csv``'s winner, else the mention is skipped;
* ``DEMONYM + head`` (``the Iranian people``, ``Russian forces``) and ``PERSON + head``
  (``the Biden administration``) become group/organization actors (``heads.csv``);
* forms and text are matched in one normalized spelling (NFKC, apostrophes, hyphens,
  ``U.S.``/``US``, all-caps runs); spans still index the text as written;
* people missing from the codebook, introduced by title + name (``Pentagon Spokesperson
  Major General Pat Ryder``, ``Minister for Defence Jane Doe``), after a speech verb
  (``said Jane Doe,``) or before an appositive (``Jane Doe, a professor at ...``), get a
  slug id, the country of the demonym or institution before the title or of the ministry
  the title begins in (``Turkish Foreign Ministry spokesperson``), or the one the
  appositive names, and an empty Wikidata id; names may be hyphenated, carry initials
  and a suffix (``Jr.``);
* a title with no name (``the Russian president``) resolves to the office holder on the
  article's date (kind ``title``), unless it is in apposition to the name before it
  (``Omar Haddad, the Jordanian foreign minister,``: that person, whom the text names);
  with no date, to the office itself (type ``office``),
  never to a guessed holder; ``the ministry`` resolves to the ministry named before or to
  one of the country named last; ``he``/``she`` resolve to the most recent compatible
  person (kind ``pronoun``); ``the kingdom``, ``the East African nation`` to the state
  named last that the description fits (``state_descriptions.csv``, kind
  ``description``).

The result also groups mentions into *participants*: ``Russian President Vladimir Putin``
is one participant whose head is Putin and whose country is RUS. Events and statements
reason over participants.

Examples
--------
>>> from alignkit.reading.article import parse_article
>>> from alignkit.reading.tagging import tag
>>> t = tag(parse_article("Chinese Foreign Minister Wang Yi met Iran's president in Beijing."))
>>> [(m.text, m.actor, m.kind) for m in t.mentions][:3]
[('Chinese', 'CHN', 'demonym'), ('Wang Yi', 'wang-yi', 'name'), ('Iran', 'IRN', 'name')]
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .article import Article, parse_article
from .codebook import (
    Actor,
    Codebook,
    load_codebook,
    per_codebook,
    read_table,
    slugify,
    split,
    word_list,
)
from .source_line import issuer_phrase
from .spacy_import import import_spacy
from .speakers import add_text_person
from .words import LOCATIVE, NOT_NAME_START, POSSESSIVE, TIME_WORDS

__all__ = [
    "Mention",
    "Participant",
    "Tagged",
    "ThemeHit",
    "get_tokenizer",
    "issuing_state",
    "phrase_state",
    "tag",
    "tokenize",
    "verb_forms",
]

DETERMINERS = frozenset({"the", "a", "an"})
_NAME_STOP = NOT_NAME_START | frozenset(
    [
        "April",
        "August",
        "December",
        "February",
        "January",
        "July",
        "June",
        "March",
        "May",
        "Nor",
        "November",
        "October",
        "September",
    ]
)


@dataclass(frozen=True)
class Mention:
    """One actor mention. ``start``/``end`` index the article text; ``tok``/``tok_end`` the Doc."""

    start: int
    end: int
    text: str
    actor: str
    kind: str  # name, demonym, place, title, pronoun, description
    sentence: int
    tok: int
    tok_end: int


@dataclass
class Participant:
    """Mentions that name one party: ``North Korea's leader Kim Jong Un`` (head: Kim)."""

    tok: int
    tok_end: int
    start: int
    end: int
    head: Mention
    mentions: list[Mention]
    possessive: bool = False
    sentence: int = 0

    @property
    def actor(self) -> str:
        return self.head.actor


@dataclass(frozen=True)
class ThemeHit:
    sentence: int
    theme: str
    phrase: str
    start: int
    end: int


@dataclass
class Tagged:
    """Output of :func:`tag`: tokens, mentions, participants, themes and the actors seen."""

    article: Article
    codebook: Codebook
    starts: list[int]
    ends: list[int]
    lower: list[str]
    words: list[str]
    tok_sent: list[int]
    mentions: list[Mention] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    themes: list[ThemeHit] = field(default_factory=list)
    title_tokens: set[int] = field(default_factory=set)
    extra_actors: dict[str, Actor] = field(default_factory=dict)
    extra_roles: dict[str, str] = field(default_factory=dict)
    #: token range (first, after last) of each sentence; (0, 0) when it has none
    sent_tok: list[tuple[int, int]] = field(default_factory=list)
    #: participant ending at a token index / covering a token index (fast look-ups)
    by_end: dict[int, Participant] = field(default_factory=dict)
    by_tok: dict[int, Participant] = field(default_factory=dict)
    #: start token -> end token of each place name that is no actor (``regions.csv``)
    regions: dict[int, int] = field(default_factory=dict)
    #: what later stages derive from the above and keep for the article (sorted token
    #: positions, groups, sentence parses ...), by name; never part of a comparison
    caches: dict = field(default_factory=dict, repr=False, compare=False)

    def actor(self, actor_id: str) -> Actor | None:
        return self.extra_actors.get(actor_id) or self.codebook.actors.get(actor_id)

    def actor_type(self, actor_id: str) -> str:
        """The actor's type (``country``, ``person``, ``group``...), "" for an unknown id."""
        a = self.actor(actor_id) if actor_id else None
        return a.type if a else ""

    def stands_for(self, actor_id: str) -> str:
        """The country/bloc node an actor acts for ("" for populations and unknowns)."""
        a = self.actor(actor_id)
        return a.stands_for if a else ""

    def serves_state(self, actor_id: str) -> bool:
        """Does the actor act for a state (a country, its government, its officials), not a
        bloc, a group or no one?"""
        return self.actor_type(self.stands_for(actor_id)) == "country"

    def represented(self, actor_ids) -> list[str]:
        """States and blocs that the given actors act for and that are not among them.

        A state can act in a text without being named: through its officials, its
        government, its forces or its mediators, or a ruling body in its capital (``the
        authorities in Ouagadougou``: ``heads.csv``'s bodies that follow a name). A capital
        or another place is not such a representative (``talks in Doha`` does not make
        Qatar an actor), nor is a person whose state the kit does not know to act for it.

        Examples
        --------
        >>> from alignkit.reading.article import parse_article
        >>> t = tag(parse_article("Eritrean forces withdrew. Talks were held in Doha."))
        >>> t.represented([m.actor for m in t.mentions])
        ['ERI']
        >>> t = tag(parse_article("The junta in Bamako expelled the envoy."))
        >>> t.represented([m.actor for m in t.mentions])
        ['MLI']

        A capital's possessive is its state's (``Kinshasa's envoy``, ``Bamako's decision``),
        and so is a capital that acts, the government seated there (``Naypyidaw ignored
        the plan``, ``talks between Kinshasa and Kigali``; :func:`_seat_acting`).

        >>> t = tag(parse_article("Kinshasa's envoy walked out of the talks."))
        >>> t.represented([m.actor for m in t.mentions])
        ['COD']
        >>> t = tag(parse_article("Naypyidaw ignored the plan agreed in Jakarta."))
        >>> t.represented([m.actor for m in t.mentions])
        ['MMR']
        """
        seen, out = set(actor_ids), []
        bodies = {r["word"].lower() for r in self.codebook.heads if r["follows"] == "name"}
        ruled = [
            m.actor
            for m in self.mentions
            if m.kind == "place"
            and (
                (m.tok > 1 and self.lower[m.tok - 1] == "in" and self.lower[m.tok - 2] in bodies)
                or (m.tok_end < len(self.lower) and self.lower[m.tok_end] in POSSESSIVE)
                or _seat_acting(self, m)
            )
        ]
        for a_id in [*actor_ids, *ruled]:
            a = self.actor(a_id)
            if a is None or a.type in ("country", "bloc") or a.stands_for in seen:
                continue
            if a.type == "place" and a_id not in ruled:
                continue
            node = self.actor(a.stands_for) if a.stands_for else None
            if node is not None and node.type in ("country", "bloc"):
                seen.add(node.id)
                out.append(node.id)
        return out

    def role(self, actor_id: str) -> str:
        if actor_id in self.extra_roles:
            return self.extra_roles[actor_id]
        return self.codebook.role_at(actor_id, self.article.publication_date)

    def participant_at(self, tok: int) -> Participant | None:
        return self.by_tok.get(tok)

    def ending_at(self, tok_end: int) -> Participant | None:
        """The participant whose last token is ``tok_end - 1``."""
        return self.by_end.get(tok_end)

    def token_from(self, char: int) -> int:
        """The first token that starts at or after the character offset ``char`` (a cue's,
        a content's or an event's span edge in the article text).

        Examples
        --------
        >>> t = tag(parse_article("Chad hosted the talks."))
        >>> t.token_from(5), t.token_from(t.article.text.index("talks"))
        (1, 3)
        """
        return bisect.bisect_left(self.starts, char)


#: the splits alignkit adds to spaCy's English rules: a hyphen after an abbreviation's
#: full stop (``U.S.-Japan``, ``U.K.-led``), which spaCy keeps whole since its hyphen infix
#: wants a letter on each side; the states it joins are then two names the tagger reads;
#: and a quotation mark with no space on either side (``support,”Roe said``).
KIT_INFIXES = (
    r"(?<=[A-Z]\.)[-–—](?=[A-Za-z])",
    # a quotation mark glued to the words on both sides ('support,”Roe said', 'said,"We'):
    # the punctuation before it, the mark, and the word after it are tokens of their own
    r"(?<=[a-z0-9\])])[,.!?](?=[”\"][A-Z])",
    r"(?<=[,.!?])[”\"](?=[A-Z])",
)


@lru_cache(maxsize=1)
def get_tokenizer():
    """spaCy's English tokenizer: the rules and exceptions of ``spacy.blank("en")``, and
    :data:`KIT_INFIXES`.

    Built directly from ``English.Defaults`` as spaCy's own tokenizer factory does, but on
    a vocabulary that computes only the lexical attribute alignkit reads (``LOWER``): the
    full English set (stop words, shapes, norm tables, ...) is computed for every new word
    and was half of a cold start. Tokens are identical to ``spacy.blank("en")``'s with
    :data:`KIT_INFIXES` added (a test checks this on every article the kit ships). Nothing
    is downloaded.

    Examples
    --------
    >>> [t.text for t in get_tokenizer()("Gen. Kellogg's U.S.-backed plan, Jan. 17.")]
    ['Gen.', 'Kellogg', "'s", 'U.S.', '-', 'backed', 'plan', ',', 'Jan.', '17', '.']
    """
    import_spacy()  # before any spacy import: without its CLI (spacy_import.py)
    from spacy.attrs import LOWER
    from spacy.lang.en import English
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex
    from spacy.vocab import Vocab

    d = English.Defaults
    return Tokenizer(
        Vocab(lex_attr_getters={LOWER: str.lower}),
        rules=d.tokenizer_exceptions,
        prefix_search=compile_prefix_regex(d.prefixes).search,
        suffix_search=compile_suffix_regex(d.suffixes).search,
        infix_finditer=compile_infix_regex([*d.infixes, *KIT_INFIXES]).finditer,
        token_match=d.token_match,
        url_match=d.url_match,
    )


# Whitespace-delimited spans already tokenized on their own (see tokenize); cleared when it
# reaches the cap, which costs nothing but re-warming: spaCy keeps its own cache.
_WARMED: set[str] = set()
_WARMED_CAP = 200_000  # about 20 MB of short strings


def tokenize(text: str):
    """``text`` as a spaCy ``Doc`` from :func:`get_tokenizer`, with spaCy's span cache warm.

    spaCy caches how each whitespace-delimited span splits, but stops caching for the rest
    of a text after its first special case (``U.S.``, ``Mr.``, ``can't``): a flag that is
    never reset (explosion/spaCy#13950). News text has one in nearly every headline, so
    every span after it was split by the affix rules again, article after article.
    Tokenizing each span not seen before on its own caches it exactly as spaCy would
    without that flag; the whole text then mostly comes from the cache. The tokens are
    spaCy's own (a test compares them with ``spacy.blank("en")``).

    Examples
    --------
    >>> [t.text for t in tokenize("Mr. Putin's U.S. visit (unconfirmed).")]
    ['Mr.', 'Putin', "'s", 'U.S.', 'visit', '(', 'unconfirmed', ')', '.']
    """
    cuts = [
        cut
        for m in _LONG_PUNCT.finditer(text)
        for cut in range(m.start() + _PUNCT_PIECE, m.end() - _PUNCT_PIECE + 1, _PUNCT_PIECE)
    ]
    if not cuts:
        return _tokenize(text)
    # A very long run of punctuation ('"\'"\'"...' of nested quotes): spaCy strips its
    # affixes one at a time, each a regex search over the rest of the run, in time
    # quadratic in its length (22,000 quotes took a minute). The text is tokenized in
    # pieces cut inside such runs and joined: words, spaces and offsets are the text's.
    import_spacy()
    from spacy.tokens import Doc

    words: list[str] = []
    spaces: list[bool] = []
    for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True):
        for tk in _tokenize(text[a:b]):
            words.append(tk.text)
            spaces.append(bool(tk.whitespace_))
    return Doc(get_tokenizer().vocab, words=words, spaces=spaces)


#: runs of punctuation at least this long are tokenized in pieces of _PUNCT_PIECE chars
#: (no prose has them; a separator line is shorter)
_PUNCT_RUN = 256
_PUNCT_PIECE = 64
_LONG_PUNCT = re.compile(r"[^\w\s]{" + str(_PUNCT_RUN) + ",}")


def _tokenize(text: str):
    tok = get_tokenizer()
    new = [span for span in dict.fromkeys(text.split()) if span not in _WARMED]
    if len(_WARMED) + len(new) > _WARMED_CAP:
        _WARMED.clear()
    for span in new:
        tok(span)
    _WARMED.update(new)
    return tok(text)


# -- normalization for matching ----------------------------------------------------------
# Forms and text are matched in one normalized spelling; offsets stay those of the text.
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_CANDS = re.compile(r"[^\x00-\x7f]|[A-Z][A-Z]")
#: countries whose people are usually named family name first (``Kihara Minoru``)
_FAMILY_FIRST = frozenset({"CHN", "TWN", "JPN", "KOR", "PRK", "VNM", "HUN", "MNG", "KHM"})


def _nfkc(text: str) -> tuple[str, list[tuple[int, int]] | None]:
    """NFKC ``text`` and, when that changes it, each normalized char's span in ``text``.

    A base character and the combining marks after it normalize together (NFD
    ``Erdog\u0306an`` becomes ``Erdoğan``); full-width and mathematical letters become
    plain ones. Only the non-ASCII runs are looked at, one regex scan for the text.
    """
    if text.isascii() or unicodedata.is_normalized("NFKC", text):
        return text, None
    out: list[str] = []
    src: list[tuple[int, int]] = []
    pos = 0
    combining = unicodedata.combining
    for run in _NON_ASCII.finditer(text):
        i, end = run.span()
        if i > pos and combining(text[i]):
            i -= 1  # the base letter before a combining mark belongs to the mark
        out.append(text[pos:i])
        src.extend(zip(range(pos, i), range(pos + 1, i + 1), strict=True))
        while i < end:
            j = i + 1
            while j < len(text) and combining(text[j]):
                j += 1
            norm = unicodedata.normalize("NFKC", text[i:j])
            out.append(norm)
            src.extend([(i, j)] * len(norm))
            i = j
        pos = i
    out.append(text[pos:])
    src.extend(zip(range(pos, len(text)), range(pos + 1, len(text) + 1), strict=True))
    return "".join(out), src


#: hyphens a text may use inside words; they are matched as the ASCII hyphen
_HYPHENS = str.maketrans({"‐": "-", "‑": "-", "‒": "-", "−": "-"})


def _norm_words(words: list[str], m: _Matchers, idx) -> list[str]:
    """Text tokens in the spelling the matchers read (``words`` itself when none changes):
    ASCII hyphens, and all-caps words capitalized (``MR MILLER``, ``IRAN``) when they stand
    in an all-caps run or the codebook has the capitalized word; ``VOA`` or ``KCNA`` alone
    stay as written. Quotes and ``U.S.``/``US`` are not changed: forms are compiled in both.
    Only the tokens ``idx`` are looked at (the caller finds the candidates)."""
    out = words
    last = len(words) - 1

    def caps(j: int) -> bool:
        w = words[j]
        return len(w) > 1 and w.isalpha() and w.isupper() and w not in m.caps

    for i in idx:
        w = words[i]
        if not w.isascii():
            w = w.translate(_HYPHENS)
        if caps(i) and (
            w.capitalize() in m.cap_words or (i > 0 and caps(i - 1)) or (i < last and caps(i + 1))
        ):
            w = w.capitalize()
        if w != words[i]:
            out = out if out is not words else list(words)
            out[i] = w
    return out


def _spellings(words: list[str], cap: int = 8) -> list[list[str]]:
    """The token sequences one form is written as: straight and curly apostrophes
    (``People's``/``People’s``), dotted and plain two-letter acronyms (``U.S.``/``US``)."""
    alts = []
    for w in words:
        opts = [w]
        if "'" in w:
            opts.append(w.replace("'", "’"))
        elif "’" in w:
            opts.append(w.replace("’", "'"))
        bare = w.replace(".", "")
        if len(w) > 2 and w[-1] == "." and bare.isalpha() and bare.isupper():
            if len(bare) == w.count("."):
                opts.append(bare)  # U.S. -> US
        elif len(w) == 2 and w.isalpha() and w.isupper():
            opts.append(f"{w[0]}.{w[1]}.")  # US -> U.S.
        alts.append(opts)
    out = [[]]
    for opts in alts:
        out = [prefix + [o] for prefix in out for o in opts][:cap]
    return out


def _person_variants(cb: Codebook, form: str) -> list[str]:
    """Other spellings news uses for a person's full name: a hyphenated given name written
    joined or as two words (``Won-sik``: ``Wonsik``, ``Won Sik``), for countries that
    put the family name first, the two-word name in the other order (``Kihara Minoru``), and
    other romanizations of a given name (``name_variants.csv``: ``Mohamed VI``)."""
    cands = cb.surface[form]
    if len(cands) != 1:
        return []
    a = cb.actors.get(cands[0][0])
    parts = form.split()
    if a is None or a.type != "person" or len(parts) < 2:
        return []
    out = []
    if any("-" in p for p in parts):
        joined, spaced = [], []
        for p in parts:
            head, _, tail = p.partition("-")
            if tail and head.isalpha() and tail.isalpha():
                joined.append(head + tail.lower() if tail.islower() else p)
                spaced.append(f"{head} {tail[:1].upper()}{tail[1:]}")
            else:
                joined.append(p)
                spaced.append(p)
        out += [" ".join(joined), " ".join(spaced)]
    if len(parts) == 2 and a.country in _FAMILY_FIRST and all(p.isalpha() for p in parts):
        out.append(f"{parts[1]} {parts[0]}")
    spelled = _name_spellings(cb)
    for i, p in enumerate(parts):
        out += [" ".join([*parts[:i], alt, *parts[i + 1 :]]) for alt in spelled.get(p, ())]
    return [v for v in dict.fromkeys(out) if v != form and v not in cb.surface]


@per_codebook
def _name_spellings(cb: Codebook) -> dict[str, list[str]]:
    """Each given name of ``name_variants.csv`` -> its other romanizations (``Mohamed`` ->
    ``Mohammed``, ``Muhammad`` ...): news writes one person's name in several."""
    out: dict[str, list[str]] = {}
    for row in read_table("name_variants.csv", cb.root):
        forms = split(row["forms"])
        for f in forms:
            out[f] = [g for g in forms if g != f]
    return out


class _Matchers:
    """PhraseMatchers compiled once per codebook (the slow part of a cold start).

    Patterns are given to spaCy as the hashes of their words (``ORTH``, or ``LOWER`` for
    titles and themes), as spaCy's own pickled matchers are: the same matches, without
    building a ``Doc`` for each of the 5,000 spellings.
    """

    def __init__(self, cb: Codebook):
        import_spacy()
        from spacy.matcher import PhraseMatcher

        tok = get_tokenizer()
        orth = tok.vocab.strings.add
        self.forms = PhraseMatcher(tok.vocab, attr="ORTH")
        self.form_of: dict[int, str] = {}
        forms: list[tuple[str, str]] = []  # (pattern text, codebook form)
        for form in cb.surface:
            forms.append((form, form))
            if form.startswith("the "):
                forms.append(("The " + form[4:], form))
            forms.extend((v, form) for v in _person_variants(cb, form))
        texts = _words_of(tok, [unicodedata.normalize("NFKC", f) for f, _ in forms])
        #: all-caps words of the codebook (``KCNA``, ``UN``) keep their case in matching
        self.caps = frozenset(w for ws in texts for w in ws if w.isupper() and len(w) > 1)
        #: capitalized words of the codebook: ``IRAN`` reads as ``Iran``
        self.cap_words = frozenset(
            w for ws in texts for w in ws if w[:1].isupper() and w[1:].islower()
        )
        seen: set[tuple[str, ...]] = set()
        for (_, form), ws in zip(forms, texts, strict=True):
            for words in _spellings([w.translate(_HYPHENS) for w in ws]):
                if (*words, form) in seen:
                    continue
                seen.add((*words, form))
                key = orth("F:" + form)
                self.form_of[key] = form
                self.forms.add("F:" + form, [[orth(w) for w in words]])
        self._regions(cb, tok)
        self._titles(cb, tok)
        self._themes(cb, tok)
        self.head_rules = {(r["follows"], r["word"]): r for r in cb.heads}
        #: the participles after a state that make armed men its proxies ("Iran-backed
        #: militias"): the backing rows of ``patron_participles.csv``
        self.backing = backing_participles(cb)
        # office slug -> titles phrase, for "the Russian president" style title mentions
        self.title_kind = {p: r.get("kind", "") for p, r in cb.titles.items()}

    def _regions(self, cb: Codebook, tok) -> None:
        """Place names that hold an actor's form (``the West Bank``, ``the Niger Delta``,
        ``Latin American``): matched with the forms so that the longer name wins, and then
        dropped (``regions.csv``)."""
        orth = tok.vocab.strings.add
        #: matcher keys of the region names (no actor)
        self.region_keys: set[int] = set()
        names = [f for r in read_table("regions.csv", cb.root) for f in split(r["forms"])]
        names += [f[:1].upper() + f[1:] for f in names if f[:1].islower()]  # a sentence start
        names += [f"{d} {f}" for f in list(names) for d in ("the", "The")]
        for name, ws in zip(names, _words_of(tok, names), strict=True):
            key = orth("R:" + name)
            self.region_keys.add(key)
            self.form_of[key] = name
            for words in _spellings([w.translate(_HYPHENS) for w in ws]):
                self.forms.add("R:" + name, [[orth(w) for w in words]])

    def _titles(self, cb: Codebook, tok) -> None:
        from spacy.matcher import PhraseMatcher

        self.titles = PhraseMatcher(tok.vocab, attr="LOWER")
        # Tokenize titles as written: "Lt. Gen." and "lt. gen." split differently.
        phrases = [r["phrase"] for r in cb.titles.values()]
        #: titles that are titles only when capitalized ("Justice", "Brigadier")
        self.cased = {
            p.lower() for p, r in cb.titles.items() if r.get("cased", "").lower() == "yes"
        }
        lower = tok.vocab.strings.add
        for p, ws in zip(phrases, _words_of(tok, phrases), strict=True):
            self.titles.add("T:" + p.lower(), [[lower(w.lower()) for w in ws]])
        #: the words of the titles, lower case ("Vice" of "Vice President")
        self.title_words = frozenset(w.lower() for ws in _words_of(tok, phrases) for w in ws)

    def _themes(self, cb: Codebook, tok) -> None:
        from spacy.matcher import PhraseMatcher

        self.themes = PhraseMatcher(tok.vocab, attr="LOWER")
        self.theme_of: dict[int, list[str]] = {}
        seen: dict[str, list[str]] = {}
        for phrase, theme in cb.themes:
            seen.setdefault(phrase, []).append(theme)
        lower = tok.vocab.strings.add
        for (p, themes), ws in zip(seen.items(), _words_of(tok, list(seen)), strict=True):
            key = lower("H:" + p)
            self.theme_of[key] = themes
            spellings = _spellings([w.translate(_HYPHENS) for w in ws])
            self.themes.add("H:" + p, [[lower(w.lower()) for w in sp] for sp in spellings])


def _words_of(tok, phrases: list[str]) -> list[list[str]]:
    """The token texts of each phrase, as the tokenizer splits it."""
    return [[t.text for t in doc] for doc in tok.pipe(phrases)]


@per_codebook
def _matchers(cb: Codebook) -> _Matchers:
    return _Matchers(cb)


def _gender_ok(actor: Actor | None, pronoun: str) -> bool:
    g = actor.gender if actor else ""
    want = "m" if pronoun in ("he", "him", "his", "himself") else "f"
    return g in ("", want)


def pronoun_party(t: Tagged, i: int, actor: str, possessive: bool = False) -> Participant:
    """The pronoun at token ``i`` as a participant standing for ``actor`` ("we" in a
    speaker's own words, "they" for the speakers of a statement)."""
    m = Mention(t.starts[i], t.ends[i], t.words[i], actor, "pronoun", t.tok_sent[i], i, i + 1)
    return Participant(i, i + 1, m.start, m.end, m, [m], possessive, t.tok_sent[i])


def tag(article: Article, codebook: Codebook | None = None) -> Tagged:
    """Tokenize the article once and tag actors, participants and themes.

    The passes, in order: surface forms (1), heads (2), titled people and office
    holders (3, 4), untitled people (3b), bare ministries (3c), later bare mentions,
    pronouns (5), the spellings the article writes, then participants and themes.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> text = "Russia's President Vladimir Putin met North Korean leader Kim Jong-un."
    >>> t = tag(parse_article(text))
    >>> [(p.actor, p.possessive) for p in t.participants]
    [('vladimir-putin', False), ('kim-jong-un', False)]
    >>> [m.text for m in t.mentions]
    ['Russia', 'Vladimir Putin', 'North Korean', 'Kim Jong-un']
    """
    cb = codebook or load_codebook()
    m = _matchers(cb)
    doc, starts, ends, words, nwords = _tokens(article.text, m)
    lower = [w.lower() for w in words]
    tok_sent, sent_tok = _sentence_tokens(article, starts, ends)
    t = Tagged(article, cb, starts, ends, lower, words, tok_sent)
    t.sent_tok = sent_tok
    title_spans = _title_spans(t, m, doc, nwords)

    items = _surface_forms(cb, m, doc, tok_sent, article.publication_date, t.regions)
    items = sorted(items + _misspelled_states(t, nwords, items))
    items = _without_place_qualifiers(t, items)
    items = _without_street_names(t, items)
    items = _without_venue_names(t, items)
    items = _without_others_surnames(t, m, items)
    items = _other_states_bodies(t, items)
    items = _heads(t, m, items)
    covered = {i for s, e, _, _ in items for i in range(s, e)}
    lone = _titled_people(t, nwords, items, covered, title_spans)

    # 3b. Unknown people named without a title: "said Leif-Eric Easley, a professor at
    # Ewha University in Seoul", "according to Jane Doe Jr., an analyst at ...".
    _untitled_people(t, nwords, items, covered)
    _bylines(t, nwords, items, covered)

    # 3c. "the ministry", "the foreign ministry": the ministry named before, else one of the
    # country named last (the codebook's when it has one).
    _bare_ministries(t, nwords, items, covered)
    _bare_governments(t, items, covered)

    # 3d. Any other named speaker of a reporting cue (alignkit.reading.speakers).
    from .speakers import find_speakers

    find_speakers(t, nwords, items, covered)
    _of_states(t, items)
    _coordinated_people(t, nwords, items, covered)

    _kin_names(t, nwords, items, covered)

    # Later bare mentions of people found above (surname, full name).
    if t.extra_actors:
        _second_pass(t, nwords, items, covered)
    _lone_surnames(t, items, covered, lone)

    _office_appositives(t, items)
    _named_offices(t, items)
    _pronouns(t, items, covered)
    _what_they_said(t, items, covered)
    _owned_governments(t, items)
    _state_descriptions(t, items, covered)
    _written_spellings(t, nwords, items)
    _mentions(t, items)
    _former_people(t)
    _out_of_power(t)
    _foreign_bodies(t)
    t.participants = _participants(t)
    for p in t.participants:
        t.by_end[p.tok_end] = p
        for i in range(p.tok, p.tok_end):
            t.by_tok[i] = p
    _themes(t, m, doc)
    return t


def _seat_acting(t: Tagged, m: Mention) -> bool:
    """Does the capital mentioned at ``m`` stand for the government seated there: a
    sentence's actor (``Naypyidaw has ignored the plan``, ``Canberra said nothing``), a
    verb's object (``accused Abidjan``) or a party (``talks between Kinshasa and
    Kigali``), not a location (after a preposition of place, ``in Doha``, ``of Khartoum``,
    or a verb of visiting, ``visited Moscow``, and the capitals coordinated with it), nor a
    modifier of a noun (``Kyiv residents``, ``Moscow Metro``)?

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> t = tag(parse_article("Talks\\n\\nKigali denied it, and envoys met in Luanda and Harare."))
    >>> [(x.text, _seat_acting(t, x)) for x in t.mentions]
    [('Kigali', True), ('Luanda', False), ('Harare', False)]
    """
    lower, size = t.lower, len(t.lower)
    if t.tok_sent[m.tok] < 0 or t.article.sentences[t.tok_sent[m.tok]].block == "headline":
        return False
    k = m.tok - 1
    while k > 0 and lower[k] in ("and", "or", ","):
        # "in Luanda and Harare": the preposition before the first conjunct
        prev = next((x for x in t.mentions if x.tok_end == k and x.kind == "place"), None)
        if prev is None:
            break
        k = prev.tok - 1
    before = lower[k] if k >= 0 and t.tok_sent[k] == t.tok_sent[m.tok] else ""
    if before in ("and", "or", ","):
        j = k - 1  # "in New York and Madrid": a place the codebook lacks before the "and"
        while j > 0 and t.words[j][:1].isupper() and t.tok_sent[j] == t.tok_sent[k]:
            j -= 1
        if j < k - 1 and lower[j] in LOCATIVE:
            return False
    if before in LOCATIVE or before in _visit_forms(t.codebook):
        return False
    after = lower[m.tok_end] if m.tok_end < size else "."
    if after.isalpha() and t.words[m.tok_end][:1].isupper():
        return False  # a longer name: "the Nairobi Process", "Abu Dhabi Investment Authority"
    glued = k > 0 and lower[k - 1] == "-" and t.starts[k] == t.ends[k - 1]
    if before in ("between", "with", "against", "by") or (
        before in _acting_words(t.codebook) and not glued
    ):
        return True  # "ties with Caracas", "accused Abidjan of ..." (not "EAC-led Nairobi")
    if not after.isalpha() or after in ("and", "or"):
        return True
    return after in _acting_words(t.codebook)


@per_codebook
def _visit_forms(cb: Codebook) -> frozenset[str]:
    """The verb forms of ``visit_verbs.csv`` and ``visit``'s own: their object is a place."""
    forms = {f.lower() for r in read_table("visit_verbs.csv", cb.root) for f in split(r["forms"])}
    return frozenset(forms | {"visit", "visits", "visited", "visiting", "left", "leave", "leaves"})


@per_codebook
def _acting_words(cb: Codebook) -> frozenset[str]:
    """Words after a name that make it a clause's actor: the verb forms of the cue and CAMEO
    lexicons (``said``, ``accused``) and the auxiliaries (``has``, ``will``)."""
    aux = {"has", "have", "had", "is", "was", "will", "would", "could", "should", "may",
           "might", "must", "can", "does", "did", "also", "then", "later", "again",
           "still", "never"}  # fmt: skip
    return verb_forms(cb) | _cue_verbs(cb) | frozenset(aux)


@per_codebook
def place_qualifiers(cb: Codebook) -> frozenset[str]:
    """``place_qualifiers.csv``: adjectives of a part of a state's territory (``northern``)."""
    return word_list("place_qualifiers.csv", cb.root, "word")


def _without_place_qualifiers(t: Tagged, items: list) -> list:
    """Drop a bloc's adjective that qualifies a state's name as a part of its territory
    (``in Western Cambodia``, ``Eastern Congo``: no Western party)."""
    qualifiers = place_qualifiers(t.codebook)
    starts = {s: actor for s, _, actor, _ in items}
    return [
        it
        for it in items
        if not (
            it[3] == "demonym"
            and it[1] - it[0] == 1
            and t.lower[it[0]] in qualifiers
            and t.actor_type(starts.get(it[1], "")) == "country"
        )
    ]


def _without_venue_names(t: Tagged, items: list) -> list:
    """Drop a city's name that names a process, a meeting or a text (``venue_nouns.csv``
    after it, past the names coordinated with it): ``the Luanda and Nairobi processes``,
    ``the Doha talks`` are no acts of Angola, Kenya or Qatar.

    Examples
    --------
    >>> t = tag(parse_article("Talks\\n\\nThe Doha talks resumed as Qatar hosted envoys."))
    >>> [m.text for m in t.mentions]
    ['Qatar']
    """
    words = word_list("venue_nouns.csv", t.codebook.root, "word")
    lower, size = t.lower, len(t.lower)

    def venue(j: int) -> bool:
        while j + 1 < size and lower[j] in ("and", "or", ",") and t.words[j + 1][:1].isupper():
            j += 1
            while j < size and t.words[j][:1].isupper():
                j += 1
        return j < size and lower[j] in words and t.words[j][:1].islower()

    return [it for it in items if not (t.actor_type(it[2]) == "place" and venue(it[1]))]


def _without_street_names(t: Tagged, items: list) -> list:
    """Drop a state's name that a street word follows (``street_words.csv``): ``on Jordan
    Street``, ``Turkey Creek`` name a street and a place, not the state.

    Examples
    --------
    >>> t = tag(parse_article("Talks\\n\\nProtesters met on Lebanon Street near Jordan."))
    >>> [m.text for m in t.mentions]
    ['Jordan']
    """
    words = word_list("street_words.csv", t.codebook.root, "word")
    size = len(t.words)
    return [
        it
        for it in items
        if not (
            it[1] < size
            and t.lower[it[1]].rstrip(".") in words
            and t.words[it[1]][:1].isupper()
            and t.actor_type(it[2]) == "country"
            and t.tok_sent[it[1]] == t.tok_sent[it[0]]
        )
    ]


def _without_others_surnames(t: Tagged, m: _Matchers, items: list) -> list:
    """Drop a known person's short form (a surname or given name alone) that a capitalized
    name word follows: ``Zhao Leji`` is not ``Zhao`` (Zhao Lijian), ``Jean-Pierre Lacroix``
    not ``Jean-Pierre``, ``Austin Tice`` not ``Austin``: the text names someone else,
    whom the later passes read. Headlines, written in title case, keep the form."""
    taken = {i for s, e, _, _ in items for i in range(s, e)}
    out = []
    for s, e, actor, kind in items:
        a = t.codebook.actors.get(actor)
        short = a is not None and a.type == "person" and kind == "name"
        written = t.article.text[t.starts[s] : t.ends[e - 1]].split()
        if short and len(written) < len(a.name.split()) and _name_word(t, m, e, taken):
            continue
        out.append((s, e, actor, kind))
    return out


def _other_states_bodies(t: Tagged, items: list) -> list:
    """A state's body named after another state's possessive or demonym is that other
    state's (``Pakistan's Foreign Office``, ``the Indian Foreign Office``: not the UK's,
    whose the codebook's ``Foreign Office`` is).

    Examples
    --------
    >>> t = tag(parse_article("Talks\\n\\nPakistan's Foreign Office protested."))
    >>> a = t.actor(t.mentions[-1].actor)
    >>> a.id, a.stands_for
    ('pak-foreign-commonwealth-and-development-office', 'PAK')
    """
    out = []
    for n, (s, e, actor, kind) in enumerate(items):
        a = t.actor(actor)
        prev = items[n - 1] if n else None
        owner = t.actor(prev[2]) if prev else None
        joined = prev is not None and (
            prev[1] == s or (prev[1] == s - 1 and t.lower[s - 1] in POSSESSIVE)
        )
        # an organization of its own node has its state as country: "the Uganda People's
        # Defence Forces" is Uganda's army, not Myanmar's People's Defence Force
        home = a.stands_for if a and t.actor_type(a.stands_for) == "country" else ""
        home = home or (a.country if a is not None and a.stands_for == a.id else "")
        if (
            joined
            and a is not None
            and a.type == "organization"
            and home
            and owner is not None
            and owner.type == "country"
            and owner.id != home
        ):
            name = t.article.text[t.starts[s] : t.ends[e - 1]]
            gid = f"{owner.id.lower()}-{a.id}"  # as _foreign_bodies names it
            t.extra_actors.setdefault(
                gid, Actor(gid, name, "organization", owner.id, owner.id, source="text")
            )
            actor = gid
        out.append((s, e, actor, kind))
    return out


def _misspelled_states(t: Tagged, nwords: list[str], items: list) -> list:
    """1b. A state's name written one letter off (``from Afganistan``, ``Quatar's emir``:
    :func:`.spelling.misspelled_state`), a word on its own: not inside a run of
    capitalized words (``Angela Merkel``, ``Columbia University``) nor after ``Name of``."""
    from .spelling import misspelled_state

    taken = {i for s, e, _, _ in items for i in range(s, e)}

    def cap(j: int) -> bool:
        return 0 <= j < len(nwords) and nwords[j][:1].isupper() and nwords[j].isalpha()

    out = []
    for i, w in enumerate(nwords):
        if i in taken or t.tok_sent[i] < 0 or cap(i - 1) or cap(i + 1):
            continue
        if i > 1 and t.lower[i - 1] == "of" and cap(i - 2):
            continue
        found = misspelled_state(t.codebook, w)
        if found is not None:
            out.append((i, i + 1, *found))
    return out


def _name_word(t: Tagged, m: _Matchers, i: int, taken: set[int]) -> bool:
    """Is token ``i`` a capitalized word that goes on a personal name (``Leji``), in a
    sentence of the body that is not written in title case?"""
    if i >= len(t.words) or i in taken or t.tok_sent[i] < 0 or i in t.title_tokens:
        return False
    w = t.words[i]
    if not (w[:1].isupper() and w[1:].islower() and w.isalpha()) or w in _NAME_STOP:
        return False
    if w in t.codebook.person_cues["non_person"] or w.lower() in m.title_words:
        return False
    if any(word == w.lower() for _, word in m.head_rules):
        return False  # "the Biden Administration"
    if t.article.sentences[t.tok_sent[i]].block == "headline":
        return False
    lo, hi = t.sent_tok[t.tok_sent[i]]
    words = [x for x in t.words[lo:hi] if x.isalpha() and len(x) > 3]
    return sum(x.islower() for x in words) * 4 >= len(words)


def _tokens(text: str, m: _Matchers):
    """The spaCy doc the matchers read, and each token's offsets and words as written.

    Text that is not NFKC (NFD accents, full-width or mathematical letters, no-break
    spaces) is tokenized normalized; offsets are mapped back to the text as written.
    Returns ``(doc, starts, ends, words, nwords)``: ``nwords`` is the spelling the
    matchers read, one token per token of the text.
    """
    ntext, src = _nfkc(text)
    doc = tokenize(ntext)
    # One array call instead of creating a Token object per token (the hot path).
    from spacy.attrs import IDX, LENGTH

    arr = doc.to_array([IDX, LENGTH]).tolist() if len(doc) else []
    if src is None:
        starts = [s for s, _ in arr]
        ends = [s + n for s, n in arr]
    else:
        starts = [src[s][0] for s, _ in arr]
        ends = [src[s + n - 1][1] for s, n in arr]
    words = [text[s:e] for s, e in zip(starts, ends, strict=True)]
    # The spelling the matchers read: one token per token of the text.
    if src is not None:
        nwords = _norm_words([tk.text for tk in doc], m, range(len(words)))
        words_changed = True
    else:
        # only tokens with a non-ASCII char or two capitals can change: one scan finds them
        idx = {bisect.bisect_right(starts, x.start()) - 1 for x in _CANDS.finditer(text)}
        nwords = _norm_words(words, m, sorted(i for i in idx if i >= 0))
        words_changed = nwords is not words
    if words_changed:
        from spacy.tokens import Doc

        doc = Doc(doc.vocab, words=nwords)
    return doc, starts, ends, words, nwords


def _sentence_tokens(article: Article, starts: list[int], ends: list[int]):
    """Token -> sentence index (-1 outside sentences: header, breadcrumb), and each
    sentence's token range. Both lists are sorted, so one bisect per sentence gives
    its token range."""
    tok_sent = [-1] * len(starts)
    sent_tok = []
    for si, sent in enumerate(article.sentences):
        lo = bisect.bisect_left(starts, sent.start)
        hi = bisect.bisect_right(ends, sent.end, lo)
        sent_tok.append((lo, hi) if hi > lo else (0, 0))
        tok_sent[lo:hi] = [si] * (hi - lo)
    return tok_sent, sent_tok


def _title_spans(t: Tagged, m: _Matchers, doc, nwords: list[str]) -> dict:
    """Start token -> (end token, kind) of each title match in a sentence, longest
    kept; the tokens of every title go to ``t.title_tokens``."""
    title_spans = {}
    strings = doc.vocab.strings
    matches = m.titles(doc)
    inside = {i for _, s, e in matches if e - s > 1 for i in range(s, e)}
    for k, s, e in matches:
        if m.cased and strings[k][2:] in m.cased and not nwords[s][:1].isupper():
            continue  # "Justice Ali" is a title, "justice" a word
        if _hyphen_joined(t, nwords, s, e):
            continue  # "Sheikh-Ali", "Al-Emir": a part of a hyphenated name
        if e == s + 1 and s not in inside and _surname(m, nwords, s):
            continue  # "Rep. Tom King said": a title word as a surname
        if _plural_office(t, strings[k][2:], e):
            continue  # "the Presidents of Kenya and Uganda": offices, no names after
        if t.tok_sent[s] >= 0:
            t.title_tokens.update(range(s, e))
            if e > title_spans.get(s, (0, ""))[0]:
                kind = m.title_kind.get(" ".join(t.lower[s:e]).replace(" .", "."), "")
                title_spans[s] = (e, kind)
    for s in list(title_spans):
        w = nwords[s - 1] if s else ""
        joined = s > 1 and nwords[s - 2] in ("-", "–")  # "AFL-CIO President"
        if 1 < len(w) <= 6 and w.isalpha() and w.isupper() and w not in m.caps and not joined:
            t.title_tokens.add(s - 1)  # "NYPD Commissioner": a body the codebook lacks
    return title_spans


def _plural_office(t: Tagged, phrase: str, e: int) -> bool:
    """Is the title ``phrase`` a plural (``presidents``, a title without its ``s``) with no
    capitalized name right after it (token ``e``)? A plural title introduces names only
    (``Presidents Ruto and Museveni``).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> t = tag(parse_article("The Presidents of Kenya and Uganda met."))
    >>> _plural_office(t, "presidents", 2), _plural_office(t, "president", 2)
    (True, False)
    """
    if not phrase.endswith("s") or phrase[:-1] not in _title_phrases(t.codebook):
        return False
    return e >= len(t.words) or not t.words[e][:1].isupper()


def _surname(m: _Matchers, nwords: list[str], s: int) -> bool:
    """Is the one-word title at token ``s`` a surname (``Tom King said``, ``Mary Judge,
    who``)? It is when a capitalized word that is no title, no function word and no word
    of the codebook (``Saudi King``, ``The King``) stands right before it, and no
    capitalized word follows (``Jordanian King Abdullah`` is a title and a name).

    Examples
    --------
    >>> m = _matchers(load_codebook())
    >>> _surname(m, ["Rep.", "Tom", "King", "said"], 2)
    True
    >>> _surname(m, ["Saudi", "King", "Salman", "said"], 1), _surname(m, ["The", "King"], 1)
    (False, False)
    """
    prev, word = nwords[s - 1] if s else "", nwords[s]
    nxt = nwords[s + 1] if s + 1 < len(nwords) else ""
    return (
        len(prev) > 1
        and prev.isalpha()
        and prev[:1].isupper()
        and prev[1:].islower()
        and word[:1].isupper()
        and word[1:].islower()
        and not nxt[:1].isupper()
        and prev not in NOT_NAME_START
        and prev not in m.cap_words
        and prev.lower() not in m.title_words
    )


def _hyphen_joined(t: Tagged, nwords: list[str], s: int, e: int) -> bool:
    """Whether tokens ``s:e`` are joined by a hyphen, without spaces, to the word before
    or after them."""
    after = e + 1 < len(nwords) and nwords[e] == "-" and t.starts[e] == t.ends[e - 1]
    after = after and t.starts[e + 1] == t.ends[e]
    before = s > 1 and nwords[s - 1] == "-" and t.starts[s] == t.ends[s - 1]
    return after or (before and t.starts[s - 1] == t.ends[s - 2])


def _surface_forms(
    cb: Codebook, m: _Matchers, doc, tok_sent: list[int], date=None, regions=None
) -> list:
    """1. Surface forms, longest first; ambiguity decided after the whole article is
    seen (named in full, else in office on ``date``, else the tie rule). Returns the
    items ``(tok, tok_end, actor, kind)``; the spans of region names go to ``regions``."""
    raw = [(s, e, k) for k, s, e in m.forms(doc) if tok_sent[s] >= 0]
    # a form that begins inside a state's name never splits it: "South Sudan's military"
    # is South Sudan's, not "Sudan's military"; the same state's longer name may ("the
    # United States of America" over "the United States")
    states = [(s, e, _state_of(cb, m.form_of[k])) for s, e, k in raw]
    states = [x for x in states if x[2]]
    chosen, taken = [], set()
    for s, e, k in sorted(raw, key=lambda x: (-(x[1] - x[0]), x[0])):
        if any(i in taken for i in range(s, e)):
            continue
        own = _state_of(cb, m.form_of[k])
        if any(cs < s < ce <= e and x != own for cs, ce, x in states):
            continue
        taken.update(range(s, e))
        if k not in m.region_keys:  # a region's name takes its words, then is dropped
            chosen.append((s, e, m.form_of[k]))
        elif regions is not None:
            regions[s] = e
    chosen.sort()
    unambiguous = {cb.surface[f][0][0] for _, _, f in chosen if len(cb.surface[f]) == 1}
    unambiguous |= _seated_states(cb, unambiguous)
    items: list[tuple[int, int, str, str]] = []  # (tok, tok_end, actor, kind)
    for s, e, form in chosen:
        cands = cb.surface[form]
        if len(cands) > 1:
            named = [c for c in cands if c[0] in unambiguous]
            rule = cb.alias_rules.get(form) or cb.alias_rules.get(form.removeprefix("the "))
            title = _office_word(m, doc[s - 1].text) if s else ""
            if title and _people(cb, cands):
                # "Minister Kim": only a claimant who held that title; else a namesake
                cands = [c for c in cands if _held(cb, c[0], title)]
                named = [c for c in named if c in cands]
                rule = rule if any(c[0] == rule for c in cands) else None
                if not cands:
                    continue
            pick = named[0] if len(named) == 1 else _tie_pick(cb, cands, rule, date)
            if pick is None:
                continue  # ambiguous and nothing decides: better silent than wrong
        else:
            pick = cands[0]
        items.append((s, e, pick[0], pick[1]))
    return items


def _seated_states(cb: Codebook, ids: set[str]) -> set[str]:
    """The states whose seats (capitals, seats of government) are among the actors
    ``ids`` the article names: a state named by its capital is named, so a form two
    states share (``Congolese``, ``Dominican``) is read as the one whose capital the
    article names, or by the tie rule when it names both capitals.

    Examples
    --------
    >>> from alignkit.reading.codebook import load_codebook
    >>> sorted(_seated_states(load_codebook(), {"brazzaville", "RWA"}))
    ['COG']
    """
    out = set()
    for i in ids:
        a = cb.actors.get(i)
        if a is not None and a.type == "place" and a.country:
            out.add(a.country)
    return out


def _people(cb: Codebook, cands) -> bool:
    """Are all claimants of a shared form people (a shared surname)?"""
    return all((a := cb.actors.get(c[0])) is not None and a.type == "person" for c in cands)


# words of the titles list that name no office: honorifics, time and function words
_NO_OFFICE = frozenset({"mr", "mrs", "ms", "dr", "sir", "lady", "lord", "the", "of",
                        "in", "at", "former", "late", "then", "incoming", "outgoing",
                        "retired", "acting", "elect", "designate", "interim", "caretaker",
                        "first"})  # fmt: skip


def _office_word(m: _Matchers, word: str) -> str:
    """The lower-cased office word (``Minister``, ``Speaker``) a capitalized title word
    before a name is, else ``""``."""
    low = word.lower()
    if not (word[:1].isupper() and word.isalpha()) or low in _NO_OFFICE:
        return ""
    return low if low in m.title_words else ""


def _held(cb: Codebook, person: str, title: str) -> bool:
    """Did ``person`` hold a role whose name has the title word (``minister``)?"""
    return any(title in r.role.lower().split() for r in cb.roles.get(person, ()))


def _names_a_state(cb: Codebook, form: str) -> bool:
    """Does a surface form name only states (``South Sudan``)?"""
    cands = cb.surface.get(form, ())
    return bool(cands) and all(
        (a := cb.actors.get(c[0])) is not None and a.type == "country" for c in cands
    )


def _state_of(cb: Codebook, form: str) -> str:
    """The one state a surface form names (``the United States``: ``USA``), else ``""``.

    Examples
    --------
    >>> from alignkit.reading.codebook import load_codebook
    >>> _state_of(load_codebook(), "United States of America"), _state_of(load_codebook(), "UN")
    ('USA', '')
    """
    cands = {c[0] for c in cb.surface.get(form, ())}
    return next(iter(cands)) if len(cands) == 1 and _names_a_state(cb, form) else ""


def _tie_pick(cb: Codebook, cands: list, rule: str | None, date) -> tuple[str, str] | None:
    """A shared form no full name decides: the one claimant holding a role on ``date``
    (a 1991 text's ``Bush`` is the president of the day, not his son), else the tie
    rule's winner unless others, not it, are in office then (silent), else None."""
    ruled = next((c for c in cands if c[0] == rule), None)
    if date is None:
        return ruled
    live = [c for c in cands if any(r.active(date) for r in cb.roles.get(c[0], ()))]
    if len(live) == 1:
        return live[0]
    return None if live and ruled not in live else ruled


def _heads(t: Tagged, m: _Matchers, items: list) -> list:
    """2. Heads: "the Iranian people" (group), "Russian armed forces", "Taiwan's defence
    ministry" (organizations acting for the state), "the Biden administration"."""
    cb, lower, words, tok_sent = t.codebook, t.lower, t.words, t.tok_sent
    merged = []
    for n, (s, e, actor, kind) in enumerate(items):
        a = cb.actors.get(actor)
        hit = _head_rule(m, lower, words, tok_sent, s, e, kind, a)
        if hit is not None and hit[0].get("coordinated") == "each":
            hit = None if _coordinated_demonym(items, n, lower) else hit
        if hit is None:
            merged.append((s, e, actor, kind))
            continue
        rule, head_end, name = hit
        if rule["follows"] in ("name", "patron") or (
            kind == "name" and a is not None and a.type in ("country", "bloc")
        ):
            # "Taiwan's defence ministry", "the Kyiv government": the state's institution,
            # not the state (which stays named); "Iranian-backed groups": the patron too
            merged.append((s, e, actor, kind))
            s = {"name": e, "patron": e + 2}.get(rule["follows"], e + 1)
        gid = slugify(name)
        country = (a.country or a.stands_for) if a else ""
        if gid not in cb.actors and gid not in t.extra_actors:
            t.extra_actors[gid] = Actor(
                gid,
                name,
                rule["type"],
                country,
                country if rule["stands_for_state"] == "yes" else "",
                source="heads.csv",
            )
        merged.append((s, head_end, cb.actors[gid].id if gid in cb.actors else gid, "name"))
    return merged


def _coordinated_demonym(items, n: int, lower) -> bool:
    """Is item ``n`` a demonym after another and ``and``/``or``/``,`` ("South Korean and
    Japanese counterparts")? Then, for a head whose ``coordinated`` is ``each`` in
    ``heads.csv``, both stay demonyms, each party read on its own."""
    s, _, _, kind = items[n]
    if kind != "demonym" or n == 0 or s < 1 or lower[s - 1] not in ("and", "or", ","):
        return False
    _, e0, _, kind0 = items[n - 1]
    return kind0 == "demonym" and e0 == s - 1


def _titled_people(t: Tagged, nwords: list[str], items, covered: set[int], title_spans) -> list:
    """3. Title + unknown name: a person the codebook lacks. 4. Title without a name:
    "the Russian president" -> the office holder. Returns the titled surnames alone the
    codebook lacks (``Finance Minister Shide``), for :func:`_lone_surnames`."""
    pending: list = []
    words, tok_sent = t.words, t.tok_sent
    chains = _extend_chains(t, nwords, items, title_spans)
    non_person = t.codebook.person_cues["non_person"]
    index = {it[0]: k for k, it in enumerate(items)}  # item by start token
    ending: dict[int, list[str]] = {}  # actors of the items by end token, as items has them
    for it in items:
        ending.setdefault(it[1], []).append(it[2])
    # tokens strictly inside a longer title match ("Minister" in "Prime Minister")
    nested = {i for j, (end, _) in title_spans.items() for i in range(j + 1, end)}

    def add(item) -> None:
        items.append(item)
        ending.setdefault(item[1], []).append(item[2])

    for s, e, portfolio, extended, core in chains:
        name_at = e
        comma = e + 1 < len(words) and words[e] == "," and tok_sent[e] == tok_sent[s]
        if comma:
            name_at = e + 1  # "U.S. Ambassador to Guyana, Sarah-Ann Lynch"
            if name_at < len(words) and t.lower[name_at].rstrip(".") in _HONORIFICS:
                name_at += 1  # "the Deputy Assistant Secretary of Defense, Mr. Jan Roe,"
        name_end, n_words, stolen = _name_run(
            t, nwords, items, index, covered, name_at, tok_sent[s], limit=5
        )
        if comma and not extended and not _set_off(t, words, name_end):
            # "the Fijian prime minister, Jane Doe," only as an appositive set off whole
            name_at = e
            name_end, n_words, stolen = _name_run(
                t, nwords, items, index, covered, name_at, tok_sent[s], limit=5
            )
        if n_words >= 2 and not any(nwords[x] in non_person for x in range(name_at, name_end)):
            if stolen is not None:
                covered.difference_update(range(items[stolen][0], items[stolen][1]))
                gone = items.pop(stolen)
                ending[gone[1]].remove(gone[2])
                index = {it[0]: k for k, it in enumerate(items)}
            name = _name_text(nwords, t.starts, t.ends, name_at, name_end)
            pid = slugify(name)
            if pid not in t.codebook.actors:
                # "Turkish Foreign Ministry spokesperson": the title begins inside the ministry
                inside = next((it[2] for it in items if it[0] < s < it[1]), "")
                _titled_person(
                    t, ending, title_spans, nested, (s, e), portfolio, extended, name, inside
                )
            add((name_at, name_end, pid, "name"))
            covered.update(range(name_at, name_end))
        elif (hit := _titled_surname(t, nwords, s, core, name_at, covered)) is not None:
            add(hit)  # "Yemeni President Hadi": the holder of that office with that surname
            covered.update(range(hit[0], hit[1]))
        elif (
            n_words == 1
            and stolen is None
            and _lone_surname(t, nwords, name_at, (s, e), title_spans)
        ):
            # "Finance Minister Shide": a surname alone, read after the later passes
            inside = next((it[2] for it in items if it[0] < s < it[1]), "")
            pending.append((name_at, (ending, s, e, nwords[name_at], inside)))
        elif name_end == name_at and e < len(words) and e not in covered:
            hit = _office_holder(t, ending, s, core, portfolio)
            if hit is None:
                hit = _issuers_office(t, items, s, core)
            if hit is not None:
                add(hit)
                covered.update(range(hit[0], hit[1]))
    return pending


def _lone_surnames(t: Tagged, items, covered: set[int], pending: list) -> None:
    """The titled surnames alone (``Finance Minister Shide``, ``Ms. Manigat``) that no later
    pass read as someone the article names in full (``Ambassador Wood`` after ``Robert
    Wood``): persons of the text, with the state and the role of their title."""
    known = {
        w.lower()
        for a in [*t.extra_actors.values(), *(t.actor(it[2]) for it in items)]
        if a is not None and a.type == "person"
        for w in a.name.replace("-", " ").split()
    }
    for at, (ending, s, e, name, inside) in pending:
        if at in covered or name.lower() in known:
            continue  # "Mr Hunt" after "Jeremy Hunt", "Dr. Riek" after "Riek Machar"
        if t.lower[at - 1] in t.codebook.person_cues["peerage"]:
            name = f"{t.words[at - 1]} {name}"  # "Lord Ahmad": a peer is named with the title
        pid = slugify(name)
        if pid not in t.codebook.actors:
            # the state only of a demonym or a state right before the title ("Ethiopian
            # Finance Minister Shide"), never the issuer's ("SRSG Bathily" is the UN's)
            state, _ = _left_context(t, ending, s, t.codebook, inside)
            t.extra_actors.setdefault(pid, Actor(pid, name, "person", state, state, source="text"))
            t.extra_roles.setdefault(pid, t.article.text[t.starts[s] : t.ends[e - 1]])
        items.append((at, at + 1, pid, "name"))
        covered.add(at)


_HONORIFICS = frozenset({"mr", "ms", "mrs", "dr", "miss"})
_SURNAME = re.compile(r"(?:Mc|Mac|O['’]|De|Di|Le|La)?[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?")


def _lone_surname(t: Tagged, nw: list[str], at: int, span: tuple[int, int], title_spans) -> bool:
    """Is the one capitalized word at ``at``, after the title chain ``span`` (an office, a
    rank or an honorific), a surname: a name's shape, no capitalized word after it, no
    word of a title or an institution, no time, and never written in lower case in the
    article (``Minister Plenipotentiary``, ``President Elect``, ``Ambassador Extraordinary
    and ...`` are titles; ``President Visits`` a headline)?

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> t = tag(parse_article("Talks\\n\\nShe met Finance Minister Shide and Ms. Manigat."))
    >>> sorted(a.name for a in t.extra_actors.values())
    ['Manigat', 'Shide']
    >>> t = tag(parse_article("Talks\\n\\nHe met the Minister Plenipotentiary in Rome."))
    >>> list(t.extra_actors)
    []
    """
    w = nw[at]
    kinds = {title_spans[i][1] for i in range(*span) if i in title_spans}
    if not kinds & {"office", "rank", "honorific"} or not _SURNAME.fullmatch(t.words[at]):
        return False  # (a label in capitals, "MR PRICE:", is the statements' to read)
    if at + 1 < len(nw) and nw[at + 1] == ":":
        return False
    title = {w.lower() for w in nw[span[0] : span[1]]}
    if title & (_GIVEN_NAME_TITLES | {"your"}):
        return False  # "Prince Salman", "Sultan Qaboos": a given name; "Your Highness": address
    opens = span[0] == t.sent_tok[t.tok_sent[span[0]]][0]
    if opens and at + 1 < len(nw) and nw[at + 1] == ",":
        return False  # "Special Representative Salvador, thank you": the one addressed
    if at + 1 < len(nw) and t.tok_sent[at + 1] == t.tok_sent[at] and nw[at + 1][:1].isupper():
        return False  # a longer run: a body or a place ("President Biden Administration")
    low = w.lower()
    cues = t.codebook.person_cues
    if low in TIME_WORDS or w in cues["non_person"] or low in _title_words(t.codebook):
        return False
    if low in _codebook_surnames(t.codebook) and _surname_held(t, low, title, kinds):
        return False  # "President Hadi" out of Hadi's tenure: the codebook's rules said no one
    written = t.caches.get("lower_words")
    if written is None:  # the words the article writes in lower case, read once
        written = t.caches["lower_words"] = frozenset(x for x in t.words if x.islower())
    return low not in written


def _surname_held(t: Tagged, surname: str, title: set[str], kinds: set[str]) -> bool:
    """May the codebook's person of ``surname`` be the one a title chain of the words
    ``title`` names? Yes after an honorific or a rank alone (``Mr. Schmidt``), or when such
    a person ever held an office whose name ends with a word of the title (``President
    Hadi`` out of his tenure); no for an office none of them held (``High Representative
    Schmidt`` is not the former Chancellor): a namesake the codebook lacks.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> t = tag(parse_article("Talks\\n\\nWe thank High Representative Schmidt."))
    >>> [(a.name, a.type) for a in t.extra_actors.values()]
    [('Schmidt', 'person')]
    """
    if "office" not in kinds:
        return True
    cb = t.codebook
    for c in _codebook_surnames(cb).get(surname, ()):
        heads = {r.office.rpartition("-")[2].rpartition(".")[2] for r in cb.roles.get(c, ())}
        if heads & title:
            return True
    return False


@per_codebook
def _office_heads(cb: Codebook) -> frozenset[str]:
    """The last word of every office title of ``titles.csv`` (``minister``, ``envoy``)."""
    return frozenset(
        p.lower().replace("-", " ").split()[-1] for p, row in cb.titles.items()
        if row.get("kind") == "office"
    )  # fmt: skip


@per_codebook
def _codebook_surnames(cb: Codebook) -> dict[str, frozenset[str]]:
    """The last word of every form of the codebook's persons (``hadi``, ``santos``), with
    the persons whose forms end with it."""
    out: dict[str, set[str]] = {}
    for form, cands in cb.surface.items():
        people = {c for c, _ in cands if getattr(cb.actors.get(c), "type", "") == "person"}
        if people:
            out.setdefault(form.split()[-1].lower(), set()).update(people)
    return {k: frozenset(v) for k, v in out.items()}


@per_codebook
def _title_phrases(cb: Codebook) -> frozenset[str]:
    """Every title phrase of ``titles.csv``, lower case (``vice president``)."""
    return frozenset(phrase.lower() for phrase in cb.titles)


@per_codebook
def _title_words(cb: Codebook) -> frozenset[str]:
    """Every word of a title phrase of ``titles.csv`` (``plenipotentiary``, ``elect``)."""
    return frozenset(w for phrase in cb.titles for w in phrase.lower().replace("-", " ").split())


# titles a ruler's given name follows, and the particles that put a father's name last
_GIVEN_NAME_TITLES = frozenset({"king", "queen", "prince", "princess", "emir", "sultan",
                                "sheikh", "shaikh", "pope"})  # fmt: skip
_PATRONYMIC = frozenset({"bin", "ibn", "bint", "ben"})


def _titled_surname(t: Tagged, nw: list[str], s: int, e: int, at: int, covered: set[int]):
    """A title and a surname alone (``Yemeni President Hadi``, ``Foreign Minister al
    Assaf``): the one codebook person who holds an office of that title on the text's
    date and whose name ends with that surname, as the item ``(at, end, person, "name")``;
    None without a date, without such a holder or with two. The title core is ``s:e``.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> text = "Source: x\\nDate: 2019-03-04\\n\\nTalks\\n\\nHe met President Hadi in Riyadh."
    >>> [(m.text, m.actor) for m in tag(parse_article(text)).mentions][:1]
    [('Hadi', 'abdrabbuh-mansur-hadi')]
    """
    date, cues = t.article.publication_date, t.codebook.person_cues
    end = at
    while end < len(nw) and end - at < 3 and t.tok_sent[end] == t.tok_sent[s]:
        if end in covered or end in t.title_tokens:
            break
        if not (nw[end][:1].isupper() and nw[end].isalpha()) and nw[end] not in cues["particle"]:
            break
        end += 1
    if date is None or end == at or not nw[end - 1][:1].isupper():
        return None
    if end < len(nw) and t.tok_sent[end] == t.tok_sent[s] and nw[end][:1].isupper():
        return None  # a longer name than the run read: "President Hadi Amiri"
    surname = " ".join(nw[at:end]).lower().replace("-", " ").split()
    title = slugify(t.article.text[t.starts[s] : t.ends[e - 1]])
    if set(title.split("-")) & _GIVEN_NAME_TITLES:
        return None  # "Crown Prince Salman", "King Abdullah": a given name, no surname
    if _plural_title(t, e - 1):
        title = title[:-1]  # "Presidents Lourenco and Ruto": each holds the office
    keys = {title, title.replace("defense", "defence")}
    found = set()
    for person, roles in t.codebook.roles.items():
        if any(r.office.partition(".")[2] in keys and r.active(date) for r in roles):
            a = t.codebook.actors.get(person)
            if a is None or a.country in _FAMILY_FIRST:
                continue  # "Wang Yi": the family name first, no surname at the end
            name = a.name.lower().replace("-", " ").split()
            if _PATRONYMIC & set(name):
                continue  # "Mohammed bin Salman": his father's name last, no surname
            if name[-len(surname) :] == surname and len(name) > len(surname):
                found.add(person)
    return (at, end, found.pop(), "name") if len(found) == 1 else None


def _set_off(t: Tagged, words: list[str], end: int) -> bool:
    """Whether the words before ``end`` are set off as an appositive: a comma, a colon or
    the sentence's end follows them."""
    return (
        end >= len(words)
        or words[end] in (",", ".", ";", ":")
        or t.tok_sent[end] != t.tok_sent[end - 1]
    )


def _titled_person(
    t: Tagged, ending, title_spans, nested, span, portfolio, extended, name, inside=""
):
    """A person the codebook lacks, named after the title chain ``span``: the actor
    (country from the left context or the institution the title begins in, the title, or
    the portfolio) and its role."""
    cb, text, starts, ends = t.codebook, t.article.text, t.starts, t.ends
    s, e = span
    pid = slugify(name)
    country, org = _left_context(t, ending, s, cb, inside)
    # "Secretary of State" implies the USA: look titles up as matched, whole
    phrases = [
        text[starts[i] : ends[title_spans[i][0] - 1]].lower()
        for i in range(s, e)
        if i in title_spans
    ]
    implied = next(
        (
            cb.titles[p_]["implies_country"]
            for p_ in phrases
            if cb.titles.get(p_, {}).get("implies_country")
        ),
        "",
    )
    c = country or implied or portfolio or _issuers_officer(t, phrases)
    known = t.extra_actors.get(pid)
    if known is not None and not known.country and c:
        del t.extra_actors[pid]  # named first without a state, now with one: "Peru's ..."
    t.extra_actors.setdefault(pid, Actor(pid, name, "person", c, c, source="text"))
    offices = [
        text[starts[i] : ends[title_spans[i][0] - 1]]
        for i in range(s, e)
        if i in title_spans and title_spans[i][1] == "office" and i not in nested
    ] or [text[starts[s] : ends[e - 1]]]
    if extended:
        # "Deputy Prime Minister and Minister for Defence": the chain from its
        # first office, portfolio included
        first = next(i for i in range(s, e) if title_spans.get(i, (0, ""))[1] == "office")
        offices = [text[starts[first] : ends[e - 1]]]
    t.extra_roles.setdefault(pid, " ".join(([org] if org else []) + offices))


def _named_offices(t: Tagged, items: list) -> None:
    """``Omar Haddad, the Jordanian foreign minister, said``: a title in apposition to the
    name before it is that named person, not the office's listed holder (the text names
    who holds it here). Items ``(s, e, actor, kind)`` are re-pointed in place."""
    by_end = {e: (n, a) for n, (_, e, a, k) in enumerate(items) if k == "name"}
    places = {i for s, e, a, _ in items if _is_place(t, a) for i in range(s, e)}
    for n, (s, e, actor, kind) in enumerate(items):
        if kind != "title":
            continue
        j = s - 1
        while j > 0 and (t.lower[j] in ("the", "a", "an") or j in places):
            j -= 1
        named = by_end.get(j) if j > 0 and t.lower[j] == "," else None
        person = t.actor(named[1]) if named else None
        if person is not None and person.type == "person" and named[1] != actor:
            items[n] = (s, e, named[1], kind)


def _is_place(t: Tagged, actor: str) -> bool:
    return t.actor_type(actor) in ("country", "place", "bloc")


_OWNERS = frozenset({"the", "'s", "’s"})


def _office_holder(t: Tagged, ending, s: int, e: int, portfolio: str):
    """4. Title without a name: "the Russian president" -> the office holder, as the
    item ``(s, e, actor, "title")``, or None. "the president of Iran": the country from
    the portfolio, the title up to it (``e`` is the chain's core end)."""
    cb, text, starts, ends = t.codebook, t.article.text, t.starts, t.ends
    date = t.article.publication_date
    told = _left_context(t, ending, s, cb)[0] or portfolio or _its_state(t, ending, s)
    country = told or _implied_state(t, s, e)  # "the chairman of the Joint Chiefs of Staff"
    office = slugify(text[starts[s] : ends[e - 1]])
    # "the Russian president", "Ghana's Foreign Minister": a capital only after a determiner
    if not country or not (t.words[s][:1].islower() or (s > 0 and t.lower[s - 1] in _OWNERS)):
        return None
    # "defense" and "defence" name one office
    keys = sorted({office, office.replace("defense", "defence")})
    if told:
        described = _described_office(t, ending, s, e, country)
    else:  # the state's office, or whoever the text named before with that title
        described = _named_before(t, ending, s, e, country)
    if described:
        return (s, e, described, "title")  # the one the text named with that title
    if date is None:
        # No date, no holder: the office itself, unresolved (not its first holder).
        if any(cb.holder(f"{country}.{k}", None) for k in keys):
            oid = f"{country.lower()}-{keys[0]}"
            label = f"{text[starts[s] : ends[e - 1]]} ({country})"
            t.extra_actors.setdefault(
                oid, Actor(oid, label, "office", country, country, source="text")
            )
            return (s, e, oid, "title")
        return None
    holder = next((h for k in keys if (h := cb.holder(f"{country}.{k}", date))), None)
    if holder:
        return (s, e, holder, "title")
    if not (_owned_office(t, s, e, portfolio) or described == ""):
        return None
    # an office told with its state ("Nigeria's defence minister") that the codebook does
    # not list, or whose holder on that date it lacks: the office itself, of that state,
    # never a guessed person
    oid = f"{country.lower()}-{keys[0]}"
    label = f"{text[starts[s] : ends[e - 1]]} ({country})"
    t.extra_actors.setdefault(oid, Actor(oid, label, "office", country, country, source="text"))
    return (s, e, oid, "title")


# the titles by which a readout names the principal of the body that issues it ("The
# Secretary spoke today with ..."); not a title another body's principal may hold in its
# text ("the Secretary-General", "the President" of a council)
PRINCIPALS = frozenset({"secretary", "deputy secretary", "spokesperson", "spokesman",
                         "spokeswoman", "foreign secretary", "prime minister"})  # fmt: skip


# the nouns of an office a state's possessive or "of" names outright ("Nigeria's defence
# minister"); not "leader", "head" or "chief", which a text uses of those it named before
_OFFICE_NOUNS = frozenset({"minister", "secretary", "spokesperson", "spokesman", "spokeswoman",
                           "ambassador", "envoy", "premier", "chancellor",
                           "representative", "president", "king", "emir", "sultan",
                           "prince"})  # fmt: skip


def _implied_state(t: Tagged, s: int, e: int) -> str:
    """The state a title of two words or more implies by itself (``titles.csv``'s
    ``implies_country``: ``the chairman of the Joint Chiefs of Staff``, ``the Foreign
    Secretary``), else ''; a one-word title (``the senator``) is an office of many states.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> t = tag(parse_article("Talks\\n\\nThe talks went well, the defense secretary said."))
    >>> k = t.lower.index("defense")
    >>> _implied_state(t, k, k + 2), _implied_state(t, k + 1, k + 2)
    ('USA', '')
    """
    phrase = t.article.text[t.starts[s] : t.ends[e - 1]].lower()
    if len(phrase.split()) < 2:
        return ""
    row = next((r for p, r in t.codebook.titles.items() if p.lower() == phrase), None)
    return (row or {}).get("implies_country", "")


def _its_state(t: Tagged, ending, s: int) -> str:
    """The state an ``its`` before a title stands for (``Honduras was not party to the
    deal. Its foreign minister said``): the one state named last before it, in its
    sentence or the one before; '' when another party stands closer or there is none."""
    if s < 1 or t.words[s - 1] != "Its":
        return ""  # (only opening a sentence: "recalled its ambassador to X" is the subject's)
    first = t.sent_tok[max(0, t.tok_sent[s] - 1)][0]
    for j in range(s - 1, first - 1, -1):
        for actor in ending.get(j, ())[:1]:
            a = t.actor(actor)
            if a is not None and a.type == "country":
                return a.stands_for or a.id
            if a is not None and a.type in ("organization", "bloc"):
                return ""  # "The ministry ... Its spokesman": the body's, not a state's
    return ""


def _owned_office(t: Tagged, s: int, e: int, portfolio: str) -> bool:
    """Is the title ``s:e`` an office noun told as a state's by a possessive or by its
    portfolio (``Nigeria's defence minister``, ``the foreign minister of Chad``), not by an
    adjective (``the Albanian minister``: most often someone named before)? The office
    noun ends the title or comes before its portfolio (``Uganda's minister of defence``)."""
    words = t.lower[s:e]
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    if head not in _OFFICE_NOUNS:
        return False
    return bool(portfolio) or (s > 0 and t.lower[s - 1] in ("'s", "’s", "its"))


def _described_office(t: Tagged, ending, s: int, e: int, country: str) -> str | None:
    """The title ``s:e`` told by its portfolio and a demonym, no name (``the Venezuelan
    interior minister``): the person of that state the text named before under that title
    (``Interior Minister Jane Roe``), else '' (the state's office, a person a later ``he``
    may be); None when the title is not so told."""
    if e - s < 2 or t.lower[e - 1] not in _OFFICE_NOUNS or s < 2:
        return None
    demonym = next((a for a in ending.get(s, ()) if t.actor_type(a) == "country"), "")
    if not demonym or t.lower[s - 2] != "the":
        return None
    return _named_before(t, ending, s, e, country)


def _named_before(t: Tagged, ending, s: int, e: int, country: str) -> str:
    """The person of ``country`` the text named before token ``s`` with the title ``s:e``
    in the nine tokens before the name (``Interior Minister Jane Roe``), else ''."""
    words, n = t.lower[s:e], e - s
    for end in sorted((x for x in ending if x <= s - 1), reverse=True):
        for actor in ending[end]:
            a = t.actor(actor)
            if a is not None and a.type == "person" and a.country == country:
                near = t.lower[max(0, end - 9) : end]
                if any(near[x : x + n] == words for x in range(len(near) - n + 1)):
                    return actor
    return ""


def _issuers_office(t: Tagged, items: list, s: int, e: int):
    """``The Secretary spoke today with ...`` in a readout the Source line says a state's
    body issues, no person of that title named before: the office of the issuing state,
    as the item ``(s, e, office id, "title")``; else None. (A title so capitalized after
    ``the`` is the readout's own principal; its holder is whoever the issuer's is.)"""
    if not (s > 0 and t.lower[s - 1] == "the" and t.words[s][:1].isupper()):
        return None
    title = t.article.text[t.starts[s] : t.ends[e - 1]]
    state = issuing_state(t) if title.lower() in PRINCIPALS else ""
    if _titled_before(t, items, s, e, state) is not None:
        return None  # "Secretary Blinken ... The Secretary": the one named (statements)
    if not state:
        return None
    date = t.article.publication_date
    holder = t.codebook.holder(f"{state}.{slugify(title)}", date) if date else None
    if holder:
        return (s, e, holder, "title")  # "The Prime Minister" in a GOV.UK text
    oid = f"{state.lower()}-{slugify(title)}"
    t.extra_actors.setdefault(oid, Actor(oid, f"{title} ({state})", "office", state, state,
                                         source="text"))  # fmt: skip
    return (s, e, oid, "title")


def _issuers_officer(t: Tagged, phrases: list[str]) -> str:
    """The issuing state of the text for a person whose only title is a bare office of the
    issuer's departments (``person_cues.csv`` kind ``issuer_office``: ``Deputy Secretary
    Campbell``, ``Under Secretary Nuland`` in a State Department readout), else ''. A
    demonym or a state before the title has already given another state.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> text = ("Source: https://www.state.gov/r (U.S. Department of State readout)\\n\\n"
    ...         "Readout\\n\\nDeputy Secretary Jane Roe met Peru's foreign minister.")
    >>> tag(parse_article(text)).actor("jane-roe").country
    'USA'
    """
    offices = t.codebook.person_cues.get("issuer_office", frozenset())
    if not phrases or phrases[-1] not in offices:
        return ""
    return issuing_state(t)


def issuing_state(t: Tagged) -> str:
    """The state of the body that issues the text, by its ``Source:`` line (``U.S.
    Department of State, Office of the Spokesperson, taken question ...``), else ''.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> text = "Source: https://x.org/q (Foreign Ministry of Japan, Q&A)\\n\\nQ&A\\n\\nText."
    >>> issuing_state(tag(parse_article(text)))
    'JPN'
    """
    source = t.article.metadata.get("source", "")
    head = t.article.headline.text if t.article.headline else ""
    found = phrase_state(t, issuer_phrase(source, head))
    return found[0] if found else domain_state(t.codebook, source)


def domain_state(cb: Codebook, source: str) -> str:
    """The state whose government site a ``Source:`` line's address is on
    (``government_domains.csv``: ``state.gov``, ``gov.uk``, any ``.mil`` host), else ''.
    A copy on another site names its issuer in words, or none.

    Examples
    --------
    >>> from alignkit.reading.codebook import load_codebook
    >>> domain_state(load_codebook(), "https://www.gov.uk/government/news/x (GOV.UK news)")
    'GBR'
    >>> domain_state(load_codebook(), "https://news.example.com/x (a copy)")
    ''
    """
    m = re.match(r"\s*https?://([^/\s:]+)", source)
    host = m.group(1).lower() if m else ""
    domains = _government_domains(cb)
    return next((domains[d] for d in _suffixes(host) if d in domains), "")


def _suffixes(host: str) -> list[str]:
    """``www.state.gov`` -> ``www.state.gov``, ``state.gov``, ``gov``."""
    parts = host.split(".")
    return [".".join(parts[i:]) for i in range(len(parts))]


@per_codebook
def _government_domains(cb: Codebook) -> dict[str, str]:
    return {r["domain"].lower(): r["state"] for r in read_table("government_domains.csv", cb.root)}


def phrase_state(t: Tagged, issuer: str) -> list[str]:
    """The state of a body named by a phrase (``U.S. Mission to the UN``, ``U.S. Embassy
    in South Sudan``: the first state named, its ministry's or its own), tagged with the
    text's codebook; [] when it names none."""
    if not issuer.strip():
        return []
    sub = tag(parse_article(issuer), t.codebook)
    for m in sub.mentions:
        a = sub.actor(m.actor)
        if a is not None and a.stands_for and a.type != "person":
            return [a.stands_for]
    return []


def _titled_before(t: Tagged, items: list, s: int, e: int, issuer: str) -> str | None:
    """The person last named before token ``s`` under a title chain holding the words of
    the capitalized title ``s:e`` (``Foreign Minister Jane Roe ... the Foreign Minister``),
    else None. In a text a state's body issues, a person of another state is not its
    principal (``Kenya's Prime Cabinet Secretary ...`` is not ``The Secretary`` of a U.S.
    readout)."""
    words = t.lower[s:e]
    for k, _, actor, kind in sorted(items, reverse=True):
        if k >= s or kind != "name" or not _titled_by(t, words[-1], k):
            continue
        if not _chain_holds(t, words, k):
            continue
        a = t.actor(actor)
        if a is None or a.type != "person":
            continue
        if issuer and a.country and a.country != issuer:
            continue
        return actor
    return None


def _chain_holds(t: Tagged, words: list[str], k: int) -> bool:
    """Do the capitalized words right before the name at token ``k`` hold ``words`` in a
    row (``Minister`` in ``Foreign Minister Jane Roe``)?"""
    lo = k
    while (
        lo > 0
        and k - lo < 7
        and (t.words[lo - 1][:1].isupper() or t.lower[lo - 1] in ("of", "for", "and", "-"))
    ):
        lo -= 1
    chain, n = t.lower[lo:k], len(words)
    return any(chain[x : x + n] == words for x in range(len(chain) - n + 1))


def _titled_by(t: Tagged, head: str, k: int) -> bool:
    """Is the name at token ``k`` preceded by a title chain holding ``head``
    (``Secretary of State Jane Roe``; not ``Secretary's Call with Jane Roe``)?"""
    for x in range(k - 1, max(-1, k - 7), -1):
        if t.lower[x] == head:
            return True
        if not (t.words[x][:1].isupper() or t.lower[x] in ("of", "for", "and", "-")):
            return False
    return False


def _pronouns(t: Tagged, items, covered: set[int]) -> None:
    """5. Pronouns: he/she to the most recent compatible person (appended to ``items``)."""
    lower, tok_sent = t.lower, t.tok_sent
    items.sort()
    quoted = _quoted_tokens(t)
    # (an office is held by a person: "Mali's representative said ... He thanked")
    persons = [
        (s, actor)
        for s, _, actor, _ in items
        if (t.actor(actor) or Actor("", "", "")).type in ("person", "office")
    ]
    # the narration's pronoun ("...," he said) continues the narration's people, not those
    # a quotation names: those inside a quotation are antecedents inside quotations only
    narrated = [(s, actor) for s, actor in persons if s not in quoted]
    # A sentence that opens with "He"/"She" continues the person its previous sentence
    # named first (its subject, as a rule: '"...," Blinken told reporters after talks with
    # Lammy. He said ...' is Blinken); otherwise the most recent compatible person.
    # (a subject pronoun before a sentence's first name is its first person: "..., and he
    # and Kayani raised it, Mullen said" opens with Mullen; not a possessive: "In his
    # speech, Trump said" may look ahead)
    first_named, named_at = _first_people(tok_sent, persons)
    first_narrated, narrated_at = _first_people(tok_sent, narrated)
    # sentences counted in prose: a subheading or a caption between ("Prioritizing
    # Support") is no sentence the pronoun skips back over
    prose, n = [], 0
    for sent in t.article.sentences:
        n += sent.block != "caption"
        prose.append(n)
    for i, w in enumerate(lower):
        if (
            w in ("he", "she", "him", "his", "her")
            and tok_sent[i] >= 0
            and i not in covered
            and i not in t.title_tokens  # "His Excellency Jane Roe": a style, no pronoun
        ):
            chosen = None
            named, firsts = (persons, first_named) if i in quoted else (narrated, first_narrated)
            lo_i = t.sent_tok[tok_sent[i]][0]
            opens = i == lo_i or (i == lo_i + 1 and lower[lo_i] in ('"', "“", "‘", "'"))
            if opens and w in ("he", "she"):
                prev = firsts.get(tok_sent[i] - 1)
                if prev is not None and _gender_ok(t.actor(prev), w):
                    chosen = prev
            j = bisect.bisect_left(named, (i, "")) - 1
            # '"... Roe ...," he added': who speaks of Roe in the third person is not Roe
            after = _reporting_after(t, i)
            # (a person's given name alone counts: "... Emily back home ..., he added")
            words = set(t.words[t.sent_tok[tok_sent[i]][0] : i]) if after else set()
            while (
                chosen is None and j >= 0 and prose[tok_sent[i]] - prose[tok_sent[named[j][0]]] <= 2
            ):
                named_inside = words & set(getattr(t.actor(named[j][1]), "name", "").split())
                if not named_inside and _gender_ok(t.actor(named[j][1]), w):
                    chosen = named[j][1]
                    # "Blinken met Wang Yi in Jakarta. After the talks, he said": when the
                    # sentence of the nearest one names another compatible person before it,
                    # the pronoun continues that sentence's first person (its subject, as
                    # a rule), not the last one named
                    near = tok_sent[named[j][0]]
                    k = j - 1
                    while k >= 0 and tok_sent[named[k][0]] == near:
                        if named[k][1] != chosen and _gender_ok(t.actor(named[k][1]), w):
                            first = firsts.get(near)
                            if first is not None and _gender_ok(t.actor(first), w):
                                chosen = first
                            break
                        k -= 1
                j -= 1
            if chosen is not None:
                items.append((i, i + 1, chosen, "pronoun"))
                sent = tok_sent[i]
                if w in ("he", "she") and i < named_at.get(sent, i + 1):
                    first_named[sent], named_at[sent] = chosen, i
                if w in ("he", "she") and i not in quoted and i < narrated_at.get(sent, i + 1):
                    first_narrated[sent], narrated_at[sent] = chosen, i


def _reporting_after(t: Tagged, i: int) -> bool:
    """Is the pronoun at ``i`` the speaker of the words before it (``..., he added``,
    ``"...," she said``): after a comma or a closing quotation mark, before a cue verb?

    Examples
    --------
    >>> t = tag(parse_article("Roe was right, he added."))
    >>> _reporting_after(t, t.lower.index("he"))
    True
    """
    k = i + 1
    return (
        i > 0
        and t.lower[i - 1] in (",", "”", '"', "’", "'")
        and k < len(t.lower)
        and t.lower[k] in _cue_verbs(t.codebook)
    )


def _first_people(tok_sent, persons) -> tuple[dict[int, str], dict[int, int]]:
    """({sentence: its first person}, {sentence: that person's token}) of ``persons``,
    ``(token, actor)`` sorted by token."""
    first, at = {}, {}
    for s, actor in persons:
        first.setdefault(tok_sent[s], actor)
        at.setdefault(tok_sent[s], s)
    return first, at


def _what_they_said(t: Tagged, items, covered: set[int]) -> None:
    """``in what it called``, ``in what they claim is``: the ``it``/``they`` of a cue in a
    ``what`` clause that judges the sentence's act is the party that did it, the first
    state, group or body of the sentence before ``what`` (``Russia shelled the town in
    what it said was a response``), appended to ``items`` as a pronoun.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> t = tag(parse_article("Raid\\n\\nRussia shelled Kharkiv in what it said was a reply."))
    >>> [(m.text, m.actor) for m in t.mentions]
    [('Russia', 'RUS'), ('it', 'RUS')]
    """
    verbs = _cue_verbs(t.codebook)
    lower, size = t.lower, len(t.lower)
    for i in range(1, size - 1):
        if lower[i] not in ("it", "they") or lower[i - 1] != "what" or i in covered:
            continue
        if lower[i + 1] not in verbs or t.tok_sent[i] < 0:
            continue
        first = t.sent_tok[t.tok_sent[i]][0]
        doers = [
            it[2]
            for it in sorted(items)
            if first <= it[0] < i - 1
            and t.actor_type(it[2]) in ("country", "group", "organization", "bloc")
        ]
        if doers:
            items.append((i, i + 1, doers[0], "pronoun"))
            covered.add(i)


def _quoted_tokens(t: Tagged) -> frozenset[int]:
    """The tokens inside the text's direct quotations (:mod:`.quotations`), marks included.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> t = tag(parse_article('Talks\\n\\n"We met Ruto," he said.'))
    >>> [t.words[i] for i in sorted(_quoted_tokens(t))]
    ['"', 'We', 'met', 'Ruto', ',', '"']
    """
    from .quotations import quotations

    spans = quotations(t.article.text)
    firsts = [a for a, _ in spans]
    out = set()
    for i, a in enumerate(t.starts):
        k = bisect.bisect_right(firsts, a) - 1
        if k >= 0 and a < spans[k][1]:
            out.add(i)
    return frozenset(out)


@per_codebook
def _descriptions_of_states(cb: Codebook) -> dict[tuple[str, ...], frozenset[str]]:
    """``state_descriptions.csv``: ``{phrase tokens: states it may describe}``."""
    tok = get_tokenizer()
    out: dict[tuple[str, ...], frozenset[str]] = {}
    for r in read_table("state_descriptions.csv", cb.root):
        for phrase in split(r["phrases"]):
            out[tuple(w.text.lower() for w in tok(phrase))] = frozenset(split(r["states"]))
    return out


def _state_descriptions(t: Tagged, items, covered: set[int]) -> None:
    """6. ``the kingdom``, ``the Gulf state``, ``the East African nation``: the state
    named last (in its sentence before it, or in the two before) that the description
    fits (``state_descriptions.csv``), kind ``description`` (appended to ``items``)."""
    table = _descriptions_of_states(t.codebook)
    longest = max((len(k) for k in table), default=0)
    lower, tok_sent = t.lower, t.tok_sent
    states = sorted((s, actor) for s, _, actor, _ in items if t.actor_type(actor) == "country")
    for i, w in enumerate(lower):
        if w != "the" or tok_sent[i] < 0 or i + 1 in covered:
            continue
        for n in range(min(longest, len(lower) - i - 1), 0, -1):
            fits = table.get(tuple(lower[i + 1 : i + 1 + n]))
            if fits is None or any(k in covered for k in range(i + 1, i + 1 + n)):
                continue
            found = _described_state(t, states, i, fits)
            if found is not None:
                items.append((i, i + 1 + n, found, "description"))
                covered.update(range(i, i + 1 + n))
            break


def _described_state(t: Tagged, states: list, i: int, fits: frozenset[str]) -> str | None:
    """The state a description at token ``i`` refers to: opening its sentence, the first
    fitting state of the sentence before that names one (its subject, as a rule: "Kenya
    accused Somalia ... The East African nation also recalled"); else the latest one."""
    tok_sent = t.tok_sent
    j = bisect.bisect_left(states, (i, "")) - 1
    near = [(s, a) for s, a in states[max(0, j - 40) : j + 1] if a in fits]
    near = [(s, a) for s, a in near if tok_sent[i] - tok_sent[s] <= 2]
    if not near:
        return None
    if i == t.sent_tok[tok_sent[i]][0]:
        last = tok_sent[near[-1][0]]
        return next(a for s, a in near if tok_sent[s] == last)
    return near[-1][1]


def _written_spellings(t: Tagged, nwords: list[str], items) -> None:
    """A codebook person the article names in full in another spelling (``Sergey Shoigu``,
    ``Kihara Minoru``, ``S. Jaishankar``) is listed as the article writes the name,
    unless it also uses the codebook's own; a given name in another romanization of
    ``name_variants.csv`` (``Mohamed VI``) keeps the codebook's, one spelling across texts;
    a fuller form that begins with the codebook's name (``Abiy Ahmed Ali`` for ``Abiy
    Ahmed``, ``Mohamed bin Zayed Al Nahyan``) is the name the article gives in full."""
    cb = t.codebook
    written: dict[str, str] = {}
    longer: dict[str, str] = {}
    canonical: set[str] = set()
    spelled = _name_spellings(cb)
    for s, e, actor, kind in items:
        a = cb.actors.get(actor) if kind == "name" and e - s > 1 else None
        if a is None or a.type != "person" or actor in t.extra_actors:
            continue
        name = _name_text(nwords, t.starts, t.ends, s, e)
        if name.split()[0].lower() in cb.titles:
            continue  # "King Abdullah": a title and a name, not another spelling
        plain, full = (x.lower().replace("-", " ").split() for x in (name, a.name))
        if len(plain) < len(full) and full[-len(plain) :] == plain:
            continue  # "al Assaf" of "Ibrahim Al-Assaf": the surname, not another spelling
        extra = name.split()[len(a.name.split()) :]
        if plain[: len(full)] == full and extra and all(w[:1].isupper() for w in extra):
            # "Abiy Ahmed Ali" for "Abiy Ahmed": the name in full, as the article gives it
            if len(name) > len(longer.get(actor, "")):
                longer[actor] = name
            continue
        same = len(name.split()) == len(a.name.split())
        pairs = zip(name.split(), a.name.split(), strict=False)
        if same and all(w == c or c in spelled.get(w, ()) for w, c in pairs):
            canonical.add(actor)
        elif len(name.split()) == len(a.name.split()):
            written.setdefault(actor, name)
    for actor, name in written.items():
        if actor not in canonical:
            t.extra_actors[actor] = replace(cb.actors[actor], name=name)
    for actor, name in longer.items():
        if actor not in written or actor in canonical:
            t.extra_actors[actor] = replace(cb.actors[actor], name=name)
    for actor, name in _accented_names(t, items, set(written) | canonical | set(longer)).items():
        t.extra_actors[actor] = replace(cb.actors[actor], name=name)


def _accented_names(t: Tagged, items, done: set[str]) -> dict[str, str]:
    """Codebook persons whose name the article writes with the accents the codebook's
    plain spelling leaves out, in any mention (``President Vučić`` for ``Aleksandar
    Vucic``): their names as the article spells those words (``Aleksandar Vučić``)."""
    cb = t.codebook
    out: dict[str, str] = {}
    for s, e, actor, kind in items:
        a = cb.actors.get(actor) if kind == "name" else None
        if a is None or a.type != "person" or actor in done or actor in t.extra_actors:
            continue
        words = re.split(r"([ -])", out.get(actor, a.name))  # "Diaz-Canel": two words
        for w in t.words[s:e]:
            words = [_with_accents(w, c) or c for c in words]
        if "".join(words) != a.name:
            out[actor] = "".join(words)
    return out


def _with_accents(written: str, plain: str) -> str | None:
    """``plain`` with the accents of ``written`` when the two are one word apart only in
    accents and case, in ``plain``'s case; else None. Both ways: the article may leave out
    the accents the codebook writes (``Erdogan`` for ``Erdoğan``).

    Examples
    --------
    >>> _with_accents("VUČIĆ", "Vucic"), _with_accents("Vucic", "Vucic"), _with_accents("Vo", "Vu")
    ('Vučić', None, None)
    >>> _with_accents("Erdogan", "Erdoğan")
    'Erdogan'
    """
    w = unicodedata.normalize("NFC", written)
    c_ = unicodedata.normalize("NFC", plain)
    if len(w) != len(c_) or w.lower() == c_.lower():
        return None
    out = []
    for x, c in zip(w, c_, strict=True):
        if unicodedata.normalize("NFD", x)[0].lower() != unicodedata.normalize("NFD", c)[0].lower():
            return None
        out.append(x.lower() if c.islower() else x.upper())
    return "".join(out)


_FORMER = frozenset({"former", "ex"})


def _former_people(t: Tagged) -> None:
    """A person the article calls former (``former Kenyan President Jane Roe``,
    ``ex-President Jane Roe``) and who holds none of the codebook's roles on the article's
    date acts for no state in it: a former official speaks and mediates for himself, as
    :func:`_official_lead` has it for a lower-case title.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> t = tag(parse_article("Talks\\n\\nFormer Kenyan President Uhuru Kenyatta met envoys."))
    >>> t.stands_for("uhuru-kenyatta")
    ''
    >>> tag(parse_article("Talks\\n\\nUhuru Kenyatta met envoys.")).stands_for("uhuru-kenyatta")
    'KEN'
    """
    date = t.article.publication_date
    for m in t.mentions:
        a = t.actor(m.actor)
        if m.kind != "name" or a is None or a.type != "person" or not a.stands_for:
            continue
        if not _called_former(t, m.tok):
            continue
        if date is not None and t.codebook.role_at(m.actor, date):
            continue  # "former foreign minister, now President": an office held that day
        t.extra_actors[m.actor] = replace(a, stands_for="")


@per_codebook
def _ruling_periods(cb: Codebook) -> dict[str, list[tuple]]:
    """``ruling_periods.csv``: ``{group id: [(start, end or None)]}``."""
    out: dict[str, list[tuple]] = {}
    for r in read_table("ruling_periods.csv", cb.root):
        end = dt.date.fromisoformat(r["end"]) if r["end"] else None
        out.setdefault(r["id"], []).append((dt.date.fromisoformat(r["start"]), end))
    return out


def _out_of_power(t: Tagged) -> None:
    """A movement that acts for a state only while it rules it (``ruling_periods.csv``:
    the Taliban since 2021-08-15) is its own node in an article dated outside those
    periods: the Taliban of a 2014 story are an armed group, not Afghanistan.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> text = "The Taliban attacked a school."
    >>> tag(parse_article(text, publication_date="2014-12-16")).stands_for("taliban")
    ''
    >>> tag(parse_article(text, publication_date="2023-05-02")).stands_for("taliban")
    'AFG'
    """
    date = t.article.publication_date
    if date is None:
        return
    periods = _ruling_periods(t.codebook)
    for actor in {m.actor for m in t.mentions if m.actor in periods}:
        if not any(a <= date and (b is None or date <= b) for a, b in periods[actor]):
            a = t.actor(actor)
            if a is not None:
                t.extra_actors[actor] = replace(a, stands_for="")


def _called_former(t: Tagged, tok: int) -> bool:
    """Is ``former`` (or ``ex-``) among the four words of title right before the name at
    ``tok``, with no comma or other sentence between?"""
    k = tok - 1
    while k >= 0 and tok - k <= 5 and t.tok_sent[k] == t.tok_sent[tok]:
        w = t.lower[k]
        if w in _FORMER:
            return True
        if not (w.isalpha() or w in ("-", "–")):
            return False
        k -= 1
    return False


def _mentions(t: Tagged, items) -> None:
    """The items as ``t.mentions``, in text order; where the story was filed (the
    dateline) is no party to it."""
    starts, ends, text = t.starts, t.ends, t.article.text
    items.sort()
    dl = t.article.dateline
    if dl is not None:  # where the story was filed is no party to it
        items = [it for it in items if not dl.start <= starts[it[0]] < dl.end]
    t.mentions = [
        Mention(
            starts[s],
            ends[e - 1],
            text[starts[s] : ends[e - 1]],
            actor,
            kind,
            t.tok_sent[s],
            s,
            e,
        )
        for s, e, actor, kind in items
    ]


def _themes(t: Tagged, m: _Matchers, doc) -> None:
    """Themes, longest phrase wins where two overlap."""
    starts, ends, tok_sent, text = t.starts, t.ends, t.tok_sent, t.article.text
    hits = sorted(
        ((s, e, k) for k, s, e in m.themes(doc) if tok_sent[s] >= 0),
        key=lambda x: (-(x[1] - x[0]), x[0]),
    )
    used: set[int] = set()
    for s, e, k in hits:
        if used.intersection(range(s, e)):
            continue
        used.update(range(s, e))
        for theme in m.theme_of[k]:
            t.themes.append(
                ThemeHit(
                    tok_sent[s],
                    theme,
                    text[starts[s] : ends[e - 1]],
                    starts[s],
                    ends[e - 1],
                )
            )
    t.themes.sort(key=lambda h: (h.start, h.theme))


def _head_rule(m, lower, words, tok_sent, s: int, e: int, kind: str, a):
    """(rule, end token, name) when a head noun follows a demonym, a country's possessive
    or a person (one modifier may stand between: "armed forces", "defence ministry")."""
    if (
        (kind == "demonym" or (a is not None and a.type == "country"))
        and lower[e : e + 1] == ["-"]
        and lower[e + 1 : e + 2]
        and lower[e + 1] in m.backing
    ):
        follows, j = "patron", e + 2  # "Iran-backed militias": a group; the state is a
        # party to its armed acts (proxies.py), not to what is said of it
    elif kind == "demonym":
        follows, j = "demonym", e
        if j + 2 < len(lower) and lower[j] == "-" and lower[j + 1] == "led":
            j += 2  # "Vietnamese-led forces": forces the state leads act for it
    elif (
        a is not None
        and a.type in ("country", "bloc")
        and e < len(lower)
        and lower[e]
        in (
            "'s",
            "’s",
        )
    ):
        follows, j = "demonym", e + 1  # "Taiwan's defence ministry" reads as a demonym
    elif a is not None and a.type == "country" and lower[e : e + 2] == ["-", "led"]:
        follows, j = "demonym", e + 2  # "the US-led coalition": the force the state leads
    elif a is not None and a.type == "person":
        follows, j = "person", e
    elif a is not None and a.type in ("country", "place") and a.stands_for:
        follows, j = "name", e  # "the United States Government", "the Kyiv government"
        if lower[e : e + 2] == ["-", "based"]:
            j = e + 2  # "the Tripoli-based government": the government in the capital
    else:
        return None
    for width in (0, 1):
        k = j + width
        if k >= len(lower) or tok_sent[k] != tok_sent[s]:
            return None
        if width and not (lower[j].isalpha() and words[j].islower()):
            return None  # the modifier is a plain lower-case word
        if width and follows == "name" and lower[s - 1 : s] != ["the"]:
            return None  # "Washington sent military aid": a subject and its verb, not a
            # modifier ("the Kyiv city government")
        rule = m.head_rules.get((follows, lower[k]))
        if rule is None:
            continue
        head = " ".join(words[j : k + 1])
        if follows == "patron":
            label = "".join(words[s : e + 2])  # "Iran-backed"
        elif follows == "person":
            label = words[e - 1]
        elif kind == "demonym":
            label = " ".join(words[s:e])
        else:
            label = a.name
        return rule, k + 1, f"{label} {head}"
    return None


# Word lists for names and titles are data: data/codebook/person_cues.csv.
_CONNECT = frozenset({"of", "for", "the", "and", "to"})
_APPOSITIVE_MODIFIERS = frozenset({"a", "an", "the", "former", "senior", "retired"})


def _name_text(nwords: list[str], starts: list[int], ends: list[int], a: int, b: int) -> str:
    """The name of tokens ``a:b`` in the normalized spelling, spaced as in the text."""
    out = nwords[a]
    for i in range(a + 1, b):
        out += (" " if starts[i] > ends[i - 1] else "") + nwords[i]
    return out


def _name_run(t: Tagged, nw: list[str], items, index, covered: set[int], i, sent, limit=4):
    """(end token, words, stolen item) of a capitalized personal name starting at ``i``.

    Names may be hyphenated (``Wemyss-Gorman``), carry initials (``S.``, ``J.``), a
    lower-case particle (``dos Santos``, ``von der Leyen``) and a suffix (``Jr.``,
    ``III``). A surname the codebook gives someone else, after a given name (``Rajnath``
    + ``Singh``), names another person: its item is returned as stolen.
    """
    j, n, stolen = i, 0, None
    size = len(nw)
    cues = t.codebook.person_cues
    while j < size and t.tok_sent[j] == sent and j not in t.title_tokens:
        w = nw[j]
        if w == "-" and n and j + 1 < size and t.starts[j] == t.ends[j - 1]:
            if t.starts[j + 1] == t.ends[j] and nw[j + 1][:1].isupper():
                j += 1
                continue  # Cummings-Edwards: one word
            if t.starts[j + 1] == t.ends[j] and _syllable(nw[j + 1]) and n >= 2:
                j += 2  # "Cho Koo-rae", "Kim Min-seok": a Korean given name's syllable
            break
        if w in cues["suffix"] and n >= 2:
            j += 1
            break
        if w in cues["particle"] and n and j + 1 < size and nw[j + 1][:1].isupper():
            j += 1  # "Joao Ernesto dos Santos": inside the name, not counted as a word
            continue
        if (w in cues["particle"] and n and j + 2 < size and nw[j + 1] in cues["particle"]
                and nw[j + 2][:1].isupper()):  # fmt: skip
            j += 2  # "Pieter van der Berg", "Maria de la Cruz"
            continue
        if w == "A" and n and _joining_a(t, nw, j, sent):
            j += 1  # "Werner Kioe A Sen", "Tjon A Fat": a particle of Hakka-Surinamese names
            continue
        if (w in cues["particle"] and n and j + 2 < size and nw[j + 1] == "-"
                and nw[j + 2][:1].isupper() and t.starts[j + 2] == t.ends[j + 1]):  # fmt: skip
            n, j = n + 1, j + 3  # "Omar al-Bashir": the hyphened article and its word
            continue
        if (
            n >= limit
            or not (
                w[:1].isupper() and w.replace(".", "").replace("'", "").replace("’", "").isalpha()
            )
            or w in _NAME_STOP
            or _headline_verb(t, j, w, n)
        ):
            break
        if j in covered:
            k = _surname_item(t, items, index, j, w, inside=n > 0)
            if k is None or stolen is not None:
                break
            if n == 0 and j + 1 < size and j + 1 not in covered and nw[j + 1][:1].isupper():
                stolen = k  # "Bruce Bechtol": a given name the codebook has as a surname
            elif t.actor(items[k][2]).type == "place":
                break  # a city after a name ("Jane Doe Victoria") stays a city
            elif n >= 1 and t.actor(items[k][2]).name.split()[0] != nw[i]:
                stolen = k  # "Rajnath Singh": a surname the codebook gives someone else
                n += 1
                j += 1
                if j < size and nw[j] in cues["suffix"]:
                    j += 1
                break
            else:
                break
        if nw[j - 1] != "-" or j == i:
            n += 1
        j += 1
    if stolen is not None and n < 2:
        j, n, stolen = i, 0, None
    return j, n, stolen


def _joining_a(t: Tagged, nw: list[str], j: int, sent: int) -> bool:
    """Is the capital ``A`` at token ``j``, inside a name, a particle that joins its parts
    (``Werner Kioe A Sen``) rather than an article? Mid-sentence an article is written
    ``a``; a capital ``A`` between two capitalized name words, outside a headline in
    title case, is the name's.

    Examples
    --------
    >>> t = tag(parse_article("Talks\\n\\nColonel Werner Kioe A Sen met the envoys."))
    >>> _joining_a(t, t.words, t.words.index("A"), t.tok_sent[t.words.index("A")])
    True
    """
    nxt = j + 1
    if nxt >= len(nw) or t.tok_sent[nxt] != sent or t.starts[nxt] == t.ends[j]:
        return False
    if t.article.sentences[sent].block == "headline" or nw[j - 1] in (":", ",", '"'):
        return False
    return nw[nxt][:1].isupper() and nw[nxt].isalpha() and nw[nxt] not in _NAME_STOP


# lower-case words that follow a hyphen after a name but are no syllable of it
_NOT_SYLLABLES = frozenset({"led", "era", "run", "born", "type", "like", "made", "based",
                            "style", "held", "free", "wide", "owned", "aged"})  # fmt: skip


def _syllable(w: str) -> bool:
    """Is ``w`` a lower-case syllable that closes a hyphened given name (``rae`` of
    ``Koo-rae``), not a word that makes a compound (``Roe-led``)?"""
    return w.isalpha() and w.islower() and len(w) <= 5 and w not in _NOT_SYLLABLES


@per_codebook
def verb_forms(cb: Codebook) -> frozenset[str]:
    """The verb forms of ``cameo_verbs.csv`` (``meets``, ``discuss``, ``urges``)."""
    rows = read_table("cameo_verbs.csv", cb.root)
    return frozenset(f.lower() for r in rows if r["kind"] == "verb" for f in split(r["pattern"]))


def _headline_verb(t: Tagged, j: int, w: str, n: int) -> bool:
    """Is ``w`` at token ``j`` a title-case headline's verb, not a name's word (``Special
    Envoy Meets Leaders``, ``Palauan President, Austin Discuss Security``)? A verb after a
    name's first word, or one of the third person first (``Meets``), unless the codebook
    has the word as a name (``Burns``).

    Examples
    --------
    >>> t = tag(parse_article("U.S. Envoy Meets Leaders in Juba\\n\\nThe envoy arrived."))
    >>> j = t.words.index("Meets")
    >>> _headline_verb(t, j, "Meets", 0), _headline_verb(t, j + 1, "Leaders", 0)
    (True, False)
    """
    if t.tok_sent[j] < 0 or t.article.sentences[t.tok_sent[j]].block != "headline":
        return False
    low = w.lower()
    if low not in verb_forms(t.codebook) or w in t.codebook.surface:
        return False
    return n >= 1 or low.endswith("s")


def _surname_item(
    t: Tagged, items, index: dict[int, int], j: int, w: str, inside: bool = False
) -> int | None:
    """The index of a one-token codebook person mention at ``j`` that is a bare surname,
    or of a one-word city that may be a given name (``Victoria``; ``index``: item index by
    start token). ``inside`` a name, after its given name, a person's first word is a
    surname too (``Kyaw Lin``: not Lin Jian, whose family name comes first)."""
    k = index.get(j)
    if k is None or items[k][1] != j + 1 or items[k][3] not in ("name", "place"):
        return None
    a = t.codebook.actors.get(items[k][2])
    if a is not None and a.type == "place" and a.name.split()[0] == w:
        return k  # "Victoria Nuland": a city's name as a given name (the caller checks)
    if inside and _state_surname(t, a, items[k][3], j):
        return k  # "Ambassador Neil Holland", "Senator Ben Jordan": a state's name as a surname
    if a is None or items[k][3] != "name" or a.type != "person" or len(a.name.split()) < 2:
        return None
    return None if a.name.split()[0] == w and not inside else k


def _state_surname(t: Tagged, a, kind: str, j: int) -> bool:
    """Is the one-word state name at token ``j``, right after one given name that follows a
    title (``Ambassador Neil Holland``, ``Senator Ben Jordan``), a surname? Only where no
    capitalized word follows (``Jane Georgia Smith`` is not read) and the given name is no
    actor's.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> text = "Ambassador Neil Holland said the office had done good work."
    >>> [(m.text, m.actor) for m in tag(parse_article(text)).mentions]
    [('Neil Holland', 'neil-holland')]
    """
    if a is None or a.type != "country" or kind != "name" or j < 2:
        return False
    nxt = t.words[j + 1] if j + 1 < len(t.words) else ""
    if nxt[:1].isupper() or nxt in ("-", "–"):
        return False
    return j - 2 in t.title_tokens and t.words[j - 1][:1].isupper() and j - 1 not in t.title_tokens


def _takes_post(nw: list[str], s: int, e: int, posted: frozenset[str]) -> bool:
    """Whether the title ``nw[s:e]`` goes on into its portfolio or post at ``nw[e]``: after
    ``of`` or ``for`` any office does (``Minister for Defence``); after ``to`` only a title
    that is posted somewhere (``posted``: ``Ambassador to Guyana``, ``envoy to the UN``),
    not ``the visit of the premier to Pakistan``, whose ``to`` is the visit's.

    Examples
    --------
    >>> _takes_post(["Ambassador", "to", "Peru"], 0, 1, frozenset({"ambassador"}))
    True
    >>> _takes_post(["premier", "to", "Peru"], 0, 1, frozenset({"ambassador"}))
    False
    >>> _takes_post(["Minister", "for", "Defence"], 0, 1, frozenset())
    True
    """
    w = nw[e].lower()
    if w != "to":
        return w in ("of", "for")
    return any(x.lower() in posted for x in nw[s:e])


def _extend_chains(t: Tagged, nw: list[str], items, title_spans) -> list[tuple]:
    """Title chains ``(start, end, country, extended, title end)``: with the portfolio and
    joined titles; the title end is where the last title proper ends.

    ``Minister for Defence``, ``Secretary of National Defense``, ``Ambassador to Guyana``
    take the portfolio after the title into the chain (its country, after ``of``, is
    returned); ``Deputy Prime Minister and Minister for Defence`` is one chain.
    """
    country_at = {}
    for s, e, actor, _ in items:
        a = t.actor(actor)
        if a is not None and a.type in ("country", "bloc", "organization", "place"):
            country_at[s] = (e, a.country or a.stands_for)
    for s, e in t.regions.items():  # "Special Envoy for the Horn of Africa"
        country_at.setdefault(s, (e, ""))
    out: list[list] = []
    portfolio = t.codebook.person_cues.get("portfolio", frozenset())
    posted = t.codebook.person_cues.get("posted", frozenset())
    for s, e in _title_chains(t.title_tokens):
        sent = t.tok_sent[s]
        j, last, country = e, e, ""
        office = any(title_spans.get(x, (0, ""))[1] == "office" for x in range(s, e))
        if (
            office
            and e < len(nw)
            and (_takes_post(nw, s, e, posted) or _joined_portfolio(t, nw, e, portfolio))
        ):
            places = 0
            while j < len(nw) and t.tok_sent[j] == sent:
                if j in country_at:
                    # one state or institution, right after of/for/to/the: "Ambassador to
                    # the United Nations", not "President of Russia and China"
                    if places or nw[j - 1].lower() not in ("of", "for", "to", "the"):
                        break  # "Under Secretary for Political Affairs Victoria Nuland"
                    places += 1
                    if nw[j - 1].lower() == "of":
                        country = country_at[j][1]
                    j = last = country_at[j][0]
                elif nw[j].lower() in portfolio and (nw[j][:1].isupper() or nw[s].islower()):
                    j = last = j + 1  # (a title written in lower case: "minister of health")
                elif (k := _portfolio_ahead(t, nw, j, portfolio)) is not None:
                    j = last = k + 1  # "for African Affairs", "for Political Affairs"
                elif nw[j].lower() in _CONNECT:
                    j += 1
                else:
                    break
        if last > e:
            t.title_tokens.update(range(e, last))
        if out and out[-1][1] + 1 == s and nw[s - 1].lower() == "and" and t.tok_sent[s - 1] == sent:
            t.title_tokens.add(s - 1)
            out[-1][1], out[-1][2] = last, out[-1][2] or country
            out[-1][3], out[-1][4] = last > e, e
            continue
        out.append([s, last, country, last > e, e])
    return [tuple(c) for c in out]


def _joined_portfolio(t: Tagged, nw: list[str], e: int, portfolio) -> bool:
    """Whether a title ending at ``e`` goes on into a second portfolio joined by ``and``
    (``Minister of Foreign Affairs and International Cooperation``, ``Minister of Defence
    and Veterans Affairs``), not into another title (``... and Foreign Minister``).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> t = tag(parse_article("Minister of Foreign Affairs and Trade Ana Ruiz spoke."))
    >>> e = t.words.index("and")
    >>> _joined_portfolio(t, t.words, e, frozenset({"trade", "affairs"}))
    True
    """
    if e + 1 >= len(nw) or nw[e].lower() != "and":
        return False
    k = _portfolio_ahead(t, nw, e + 1, portfolio)
    if k is None:
        return False
    while k + 1 < len(nw) and nw[k + 1].lower() in portfolio and nw[k + 1][:1].isupper():
        k += 1
    return k + 1 >= len(nw) or k + 1 not in t.title_tokens


def _portfolio_ahead(t: Tagged, nw: list[str], j: int, portfolio, reach: int = 5) -> int | None:
    """The portfolio word that closes a run of capitalized words from ``j`` (``African
    Affairs``, ``Western Hemisphere Affairs``), within ``reach`` capitalized words, else
    None; ``and`` or a comma may join them (``East Asian and Pacific Affairs``,
    ``Democracy, Human Rights, and Labor``).

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> t = tag(parse_article("Envoy for East Asian and Pacific Affairs Ana Ruiz spoke."))
    >>> k = _portfolio_ahead(t, t.words, 2, frozenset({"affairs"}))
    >>> t.words[k]
    'Affairs'
    """
    seen, k = 0, j
    bodies = t.codebook.person_cues.get("department", frozenset())
    heads = _office_heads(t.codebook) - portfolio
    while k < len(nw) and seen < reach and t.tok_sent[k] == t.tok_sent[j]:
        w = nw[k]
        if w in (",", "and") and k > j and k + 1 < len(nw) and nw[k + 1][:1].isupper():
            if heads & {x.lower() for x in nw[k + 1 : k + 4]}:
                return None  # "for Stabilization Jane Roe and Foreign Minister ...": a title
            k += 1  # "East Asian and Pacific Affairs": a word that joins two capitalized ones
            continue
        if w == "of" and k == j + 1 and nw[j].lower() in bodies and nw[k + 1 : k + 2] != ["the"]:
            k += 1  # "the Department of National Defense": a body's portfolio
            continue
        joined = k + 1 < len(nw) and t.starts[k] == t.ends[k - 1] and t.starts[k + 1] == t.ends[k]
        if w == "-" and k > j and joined and nw[k + 1][:1].isupper():
            k += 1  # "for Post-Conflict": a hyphenated word
            continue
        if not w[:1].isupper() or not w.isalpha():
            return None
        if w.lower() in portfolio:
            return k
        seen, k = seen + 1, k + 1
    return None


def _untitled_people(t: Tagged, nw: list[str], items, covered: set[int]) -> None:
    """People the codebook lacks, named after a speech verb (``said Jane Doe``) or before
    an appositive (``Jane Doe, a professor at ...``); the country is the first state or
    capital the appositive names."""
    words, lower = nw, t.lower
    size = len(words)
    cues = t.codebook.person_cues
    non_person, officials = cues["non_person"], cues["appositive"]
    nouns = officials | cues["commentator"]
    by_start = {s: (e, actor) for s, e, actor, _ in items}
    index = {it[0]: k for k, it in enumerate(items)}
    # Candidate starts: after a speech verb or "according to", and the capitalized run
    # before a comma that opens an appositive (one pass over the tokens, set look-ups).
    particles = cues["particle"]
    cands = _untitled_name_starts(words, lower, cues["speech"], nouns, particles, t.title_tokens)
    described = _described_name_starts(t, words, lower, officials)
    for i in sorted(cands | set(described)):
        if i < 1 or i >= size:
            continue
        w = words[i]
        if not w[:1].isupper() or t.tok_sent[i] < 0 or w in _NAME_STOP:
            continue
        if i + 1 >= size or not (
            words[i + 1][:1].isupper() or words[i + 1] == "-" or words[i + 1] in particles
        ):
            continue  # a name has two words at least ("Ahmed bin Khalid": a particle between)
        if i in covered and (i + 1 in covered or _surname_item(t, items, index, i, w) is None):
            continue
        if (
            words[i - 1][:1].isupper()
            and words[i - 1] not in _NAME_STOP
            and i - 1 not in t.title_tokens
            and not _lead_noun(t, i - 1)
        ):
            continue  # not the start of a capitalized run
        end, n, stolen = _name_run(t, nw, items, index, covered, i, t.tok_sent[i], limit=3)
        if n < 2 or any(words[x] in non_person for x in range(i, end)):
            continue
        speech = _introduced(t, i, end)
        k, appositive = _appositive_noun(t, nw, by_start, end, nouns)
        lead = _official_lead(t, items, i, officials)
        if lead is not None and not appositive:
            # "his Hungarian counterpart Jane Doe", "Houthi negotiator Jane Doe"
            country, acts = lead
        elif described.get(i) == end:
            # "The deputy head of South Sudan's military intelligence, Mac Paul, accused"
            country = _description_state(t, [it for it in items if it[1] <= i], i)
            acts, appositive = True, False
        elif not (speech or appositive):
            continue
        else:
            country = ""
            # an official acts for the state; a commentator (or a former official) does not
            official = appositive and (lower[k] in officials or k in t.title_tokens)
            acts = official and "former" not in lower[end:k]
        if appositive:
            country = _appositive_country(t, lower, by_start, end, k)
        if stolen is not None:
            covered.difference_update(range(items[stolen][0], items[stolen][1]))
            items.pop(stolen)
            by_start = {s: (e, actor) for s, e, actor, _ in items}
            index = {it[0]: k for k, it in enumerate(items)}
        name = _name_text(nw, t.starts, t.ends, i, end)
        pid = slugify(name)
        if pid not in t.codebook.actors:
            stands = country if acts else ""
            t.extra_actors.setdefault(
                pid, Actor(pid, name, "person", country, stands, source="text")
            )
            if appositive:
                t.extra_roles.setdefault(pid, lower[k])
        items.append((i, end, pid, "name"))
        covered.update(range(i, end))
    _later_appositives(t, nw, items, officials)


def _official_lead(t: Tagged, items, i: int, officials) -> tuple[str, bool] | None:
    """(state, acts for it) of the official's lower-case noun right before the name at
    ``i`` (``his Hungarian counterpart Jane Doe``, ``Yemeni Houthi negotiator Jane Doe``,
    ``rebel commander Jane Doe``), or None when no such noun leads the name. The state is
    the one the noun's own phrase names (its demonym, a possessive): none when a name,
    a comma or more than three words stand between; a former official acts for none.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> t = tag(parse_article("Talks\\n\\nShe met her Kenyan counterpart Jane Roe."))
    >>> t.actor("jane-roe").country, t.actor("jane-roe").stands_for
    ('KEN', 'KEN')
    """
    k = i - 1
    if k < 1 or t.lower[k] not in officials or not t.words[k].islower():
        return None
    lo = k
    while (
        lo > 0 and k - lo < 3 and t.words[lo - 1].isalpha() and t.tok_sent[lo - 1] == t.tok_sent[k]
    ):
        lo -= 1
    acts = "former" not in t.lower[lo:k] and "ex" not in t.lower[lo:k]
    inside = sorted((it for it in items if lo <= it[0] and it[1] <= i), key=lambda it: -it[1])
    for _s, e, actor, _ in inside:
        a = t.actor(actor)
        if a is None or a.type == "person":
            return "", False
        if a.country or a.stands_for:  # a state's own noun ("Kenyan counterpart") acts for it
            return a.country or a.stands_for, acts and (a.type == "country" or e == i)
        acts = False  # "Yemeni Houthi negotiator": the group's man, of the state, not for it
    return "", False


def _introduced(t: Tagged, i: int, end: int) -> bool:
    """Is the untitled name ``i:end`` introduced as a person: after a speech verb or
    ``according to`` (``said Jane Doe,``), before a relative ``who`` (``Jane Doe, who
    heads the party,``), or after a commentator's lower-case noun (``journalist Jane Doe``,
    ``opposition politician Jane Doe``)?

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> t = tag(parse_article("The court jailed activist Ana Ruiz on Monday."))
    >>> i = t.words.index("Ana")
    >>> _introduced(t, i, i + 2), _introduced(t, i + 1, i + 2)
    (True, False)
    """
    lower, cues = t.lower, t.codebook.person_cues
    size = len(lower)
    after = lower[end] if end < size else "."
    speech = lower[i - 1] in cues["speech"] or (
        i > 1 and lower[i - 1] == "to" and lower[i - 2] == "according"
    )
    if speech and after in (",", ".", ";", "who"):
        return True
    if after == "," and end + 1 < size and lower[end + 1] == "who":
        return True
    return _lead_noun(t, i - 1)


def _lead_noun(t: Tagged, k: int) -> bool:
    """Is token ``k`` a commentator's noun before a name: lower case (``journalist Jane
    Doe``), or capitalized as a sentence's first word (``Analyst Jane Doe said``)?"""
    if k < 1 or t.lower[k] not in t.codebook.person_cues["commentator"]:
        return False
    return t.words[k].islower() or t.tok_sent[k - 1] != t.tok_sent[k]


def _appositive_noun(t: Tagged, words: list[str], by_start, end: int, nouns) -> tuple[int, bool]:
    """(token, found) of the appositive noun after a name ending at ``end``: ``, professor
    at``, ``, a former White House official`` (a lower-case noun right after the comma, or
    after an article and up to three more words), ``, Panama's foreign minister,``."""
    lower, size = t.lower, len(words)
    after = lower[end] if end < size else "."
    k = end + 1
    owner = _state_possessive(t, by_start, end + 1) if after == "," else 0
    while after == "," and k < size and k <= end + 5 + owner:
        if k in t.title_tokens and lower[k] not in _NO_OFFICE and (k > end + 1 or _bare(t, k)):
            return k, True  # "Jane Doe, the Deputy Chief of Mission at ..."
        hit = None if k == end + 1 and owner else by_start.get(k)
        if hit is not None and t.actor_type(hit[1]) == "country":
            k = hit[0]  # "Jane Doe, the U.S. charge d'affaires,"
            continue
        if hit is not None and t.actor_type(hit[1]) == "group" and lower[hit[0] - 1] in nouns:
            return hit[0] - 1, True  # "Jane Doe, a Dutch diplomat,": the noun ends the group
        if not words[k].isalpha():
            break
        if lower[k] in nouns and words[k].islower():
            return k, True
        if k == end + 1 and owner:
            k += owner  # "Jane Doe, Panama's foreign minister,"
            continue
        if k == end + 1 and lower[k] not in _APPOSITIVE_MODIFIERS:
            break
        k += 1
    return k, False


def _bare(t: Tagged, k: int) -> bool:
    """Does the title opening at token ``k`` stand alone, no name after it: ``Jane Roe,
    Minister of Foreign Affairs.`` (an appositive), not ``Jane Roe, Minister Tom Doe and
    ...`` (a list of people) nor ``In New York, President Doe said`` (a place first)?

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> t = tag(parse_article("Talks\\n\\nWe met Jane Roe, Minister of Foreign Affairs."))
    >>> t.actor("jane-roe").type
    'person'
    >>> t = tag(parse_article("Talks\\n\\nIn Costa Rica, Minister Jane Roe spoke."))
    >>> t.actor("costa-rica") is None
    True
    """
    j, size = k, len(t.words)
    while j < size and j in t.title_tokens:
        j += 1
    return j >= size or not t.words[j][:1].isupper()


def _bylines(t: Tagged, nw: list[str], items, covered: set[int]) -> None:
    """``By Jane Doe`` (a sentence of its own, or ending at a comma: ``By Jane Doe,
    Reuters``): the writer of the story, a person without a state (a reporter writes for
    an outlet, not for a government)."""
    index = {it[0]: k for k, it in enumerate(items)}
    for si, (lo, hi) in enumerate(t.sent_tok):
        if hi - lo < 3 or nw[lo] != "By" or lo + 1 in covered:
            continue
        end, n, _ = _name_run(t, nw, items, index, covered, lo + 1, si)
        if n < 2 or (end < hi and nw[end] not in (",", "and")):
            continue
        add_text_person(t, nw, items, covered, lo + 1, end)


def _of_states(t: Tagged, items) -> None:
    """``Jane Doe of Honduras``, ``Senator Ana Ruiz of Costa Rica``, ``Ms. Ana Ruiz
    (Honduras)`` (a list of speakers or delegates): a person the text introduces, named
    right before ``of`` and a state (not a longer name that begins with the state: ``of
    Kenya Airways``) or before the state in brackets, is of that state; an official acts
    for it.

    Examples
    --------
    >>> t = tag(parse_article("Talks\\n\\nThe chair thanked Ms. Ana Ruiz (Honduras)."))
    >>> t.actor("ana-ruiz").country
    'HND'
    """
    by_start = {s: (e, actor) for s, e, actor, _ in items}
    size = len(t.lower)
    for _, e, pid, kind in list(items):
        a = t.extra_actors.get(pid)
        if kind != "name" or a is None or a.type != "person" or e + 2 >= size:
            continue
        at = e + 2 if t.lower[e + 1] == "the" else e + 1
        hit = by_start.get(at) if t.lower[e] in ("of", "(") else None
        state = t.actor(hit[1]) if hit else None
        if state is None or state.type != "country":
            continue
        if t.lower[e] == "(" and (hit[0] >= size or t.lower[hit[0]] != ")"):
            continue  # "(Honduras)" whole, not "(Honduras and Peru)"
        if (
            t.lower[e] == "of"
            and hit[0] < size
            and t.words[hit[0]][:1].isupper()
            and t.tok_sent[hit[0]] == t.tok_sent[e]
        ):
            continue
        official = bool(a.stands_for) or pid in t.extra_roles
        t.extra_actors[pid] = replace(a, country=state.id, stands_for=state.id if official else "")


def _state_possessive(t: Tagged, by_start, i: int) -> int:
    """The length of a state's (or its capital's, or its known official's) possessive at
    token ``i`` (``Panama 's``, ``the United States '``, ``Abiy 's``), 0 when none starts
    there."""
    hit = by_start.get(i)
    a = t.actor(hit[1]) if hit else None
    if a is None or hit[0] >= len(t.lower):
        return 0
    if a.type not in ("country", "place") and not (a.type == "person" and a.stands_for):
        return 0
    return hit[0] + 1 - i if t.lower[hit[0]] in POSSESSIVE else 0


def _untitled_name_starts(
    words: list[str], lower: list[str], speech_words, nouns, particles=frozenset(), titles=()
) -> set[int]:
    """Where an untitled name may start: after a speech verb or "according to", and the
    capitalized run before a comma that opens an appositive, lower-case particles inside
    it (``Pieter van der Berg, a Dutch diplomat``; ``Jane Roe, Minister of Foreign
    Affairs``: a title right after the comma, ``titles`` its tokens; one pass over the
    tokens, set look-ups)."""
    size = len(words)
    lead = speech_words | {",", "according"} | nouns
    cands: set[int] = set()
    for c in [c for c, w in enumerate(lower) if w in lead]:
        w = lower[c]
        if w in speech_words or w in nouns:
            cands.add(c + 1)  # "said Jane Doe", "journalist Jane Doe"
        elif w == "according":
            cands.add(c + 2)
        elif c + 1 < size and (
            lower[c + 1] in _APPOSITIVE_MODIFIERS
            or lower[c + 1] in nouns
            or lower[c + 1] == "who"
            or c + 1 in titles
            or (c + 2 < size and words[c + 1][:1].isupper() and lower[c + 2] in POSSESSIVE)
        ):
            j = c
            while (
                j > 0
                and c - j < 8
                and (
                    words[j - 1][:1].isupper()
                    or words[j - 1] == "-"
                    or (
                        words[j - 1] in particles
                        and j > 1
                        and (words[j - 2][:1].isupper() or words[j - 2] in particles)
                    )
                )
            ):
                j -= 1
                if words[j] not in particles:
                    cands.add(j)
    return cands


def _described_name_starts(t: Tagged, words, lower, officials) -> dict[int, int]:
    """``{start: end}`` of capitalized runs set off by commas after a description that
    holds an official's noun and before a verb of speech (``The deputy head of South
    Sudan's military intelligence, Mac Paul, accused ...``): the official it describes."""
    verbs = _cue_verbs(t.codebook)
    out: dict[int, tuple[int, bool]] = {}
    size = len(words)
    for c, w in enumerate(lower):
        if w != "," or c + 3 >= size or not words[c + 1][:1].isupper():
            continue
        e = c + 1
        while e < size and e - c <= 4 and words[e][:1].isupper() and words[e].isalpha():
            e += 1
        if e - c < 3 or e + 1 >= size or lower[e] != "," or lower[e + 1] not in verbs:
            continue
        start = c
        while start > 0 and t.tok_sent[start - 1] == t.tok_sent[c] and lower[start - 1] != ",":
            start -= 1
        if any(lower[k] in officials for k in range(start, c)):
            out[c + 1] = e
    return out


@per_codebook
def _cue_verbs(cb: Codebook) -> frozenset[str]:
    """Every verb form of ``cues.csv`` (said, accused, urged...)."""
    return frozenset(f.lower() for r in cb.cues if r["pos"] == "verb" for f in split(r["forms"]))


def _description_state(t: Tagged, items_before, i: int) -> str:
    """The state the description before a set-off name names last (``South Sudan's``)."""
    sent = t.tok_sent[i]
    for s, _e, actor, _ in reversed(items_before):
        if t.tok_sent[s] != sent:
            break
        a = t.actor(actor)
        if a is not None and (a.country or a.stands_for):
            return a.country or a.stands_for
    return ""


def _appositive_country(t: Tagged, lower: list[str], by_start, end: int, k: int) -> str:
    """The first state the appositive after the name (ending at ``end``; its noun at
    ``k``) names, by a country, capital, organization or bloc, up to the comma that closes
    it (``Jane Doe, the opposition candidate, fled to Spain``: no state) or the sentence's
    end."""
    country = ""
    size = len(lower)
    j = end + 1
    while j < size and j - k < 12 and lower[j] not in (".", ";", '"', "“", "”"):
        if lower[j] == "," and j > k:
            break
        hit = by_start.get(j)
        a = t.actor(hit[1]) if hit else None
        kinds = ("country", "place", "organization", "bloc") + (
            ("group",) if hit and hit[0] == k + 1 else ()
        )
        if j == end + 1 and hit and hit[0] < size and lower[hit[0]] in POSSESSIVE:
            kinds += ("person",)  # "Jane Doe, Abiy's security adviser,": Abiy's state
        if a is not None and a.type in kinds:
            country = a.country or a.stands_for
            if country:
                break
        j = hit[0] if hit else j + 1
    return country


def _later_appositives(t: Tagged, nw: list[str], items, officials) -> None:
    """``Langley, commander of U.S. Africa Command, said``: a person first named without
    a state (``said Gen. Michael Langley``) takes it from a later appositive of the surname,
    as an official of that state."""
    open_ = {a.name.split()[-1]: a for a in t.extra_actors.values() if a.type == "person"}
    open_ = {k: a for k, a in open_.items() if not a.country}
    if not open_:
        return
    lower, size = t.lower, len(nw)
    by_start = {s: (e, actor) for s, e, actor, _ in items}
    for i, w in enumerate(nw):
        a = open_.get(w)
        if a is None or i + 2 >= size or lower[i + 1] != ",":
            continue
        k = i + 2
        while k < size and k <= i + 4 and lower[k] in _APPOSITIVE_MODIFIERS:
            k += 1
        if k >= size or lower[k] not in officials or not nw[k].islower():
            continue
        j = k + 1
        while j < size and j - k < 12 and lower[j] not in (".", ";", ",", '"', "“", "”"):
            hit = by_start.get(j)
            found = t.actor(hit[1]) if hit else None
            if found is not None and found.type in ("country", "place", "organization", "bloc"):
                state = found.country or found.stands_for
                if state:
                    a.country, a.stands_for = state, state
                    t.extra_roles.setdefault(a.id, lower[k])
                    open_.pop(w)
                    break
            j = hit[0] if hit else j + 1


def _office_appositives(t: Tagged, items) -> None:
    """``Qatar's emir, Sheikh Hamad ...``, ``Chad's president, Idriss Deby``: a person the
    codebook lacks, named in apposition right after the title of a state's office (a comma
    and, at most, honorifics between), is of that state, as when the apposition is closed
    or the title stands right before the name.

    Examples
    --------
    >>> from alignkit.reading.article import parse_article
    >>> t = tag(parse_article("Kuwait's emir, Sheikh Jaber al-Ahmad al-Sabah visited Egypt."))
    >>> t.actor("jaber-al-ahmad-al-sabah").country
    'KWT'
    """
    office_ends = {e: actor for s, e, actor, kind in items if kind == "title"}
    for s, _, actor, _ in items:
        a = t.extra_actors.get(actor)
        if a is None or a.type != "person" or a.country:
            continue
        j = s - 1
        while j > 0 and j in t.title_tokens and t.words[j][:1].isupper():
            j -= 1  # "Sheikh", "Gen.": honorifics between the comma and the name
        office = t.actor(office_ends.get(j, ""))  # the office, or its holder on the date
        if t.lower[j] != "," or office is None or not office.country:
            continue
        a.country, a.stands_for = office.country, office.country


def _ministry_kind(text: str) -> str:
    low = text.lower().replace("defense", "defence")
    return next((k for k in ("foreign", "defence") if k in low), "")


def _bare_ministries(t: Tagged, nw: list[str], items, covered: set[int]) -> None:
    """``the ministry`` / ``the foreign ministry`` resolved to a ministry named in the
    previous three sentences (of the same kind), else to a ministry of the country named
    last in this or the previous sentence: the codebook's, or one made for the article."""
    hits = [i for i, w in enumerate(t.lower) if w == "ministry" and i not in covered and i > 0]
    if not hits:
        return
    cb = t.codebook
    ordered = sorted((s, e, actor) for s, e, actor, _ in items)
    starts = [x[0] for x in ordered]
    for i in hits:
        j = i - 1 if t.lower[i - 1] in ("foreign", "defence", "defense") else i
        if j < 1 or t.lower[j - 1] != "the" or t.tok_sent[i] < 0 or j in covered:
            continue
        if _state_named_after(t, ordered, i):
            continue  # "the ministry of foreign affairs of Ethiopia": the state named
        kind = _ministry_kind(t.lower[j]) if j < i else ""
        sent = t.tok_sent[i]
        pick = None
        k = bisect.bisect_left(starts, j) - 1
        while k >= 0 and sent - t.tok_sent[ordered[k][0]] <= 3 and pick is None:
            a = t.actor(ordered[k][2])
            if (
                a is not None
                and a.type == "organization"
                and "ministry" in a.name.lower()
                and (not kind or _ministry_kind(a.name) == kind)
            ):
                pick = a.id
            k -= 1
        k = bisect.bisect_left(starts, j) - 1
        while pick is None and k >= 0 and sent - t.tok_sent[ordered[k][0]] <= 1:
            a = t.actor(ordered[k][2])
            if a is not None and a.type == "country":
                pick = next(
                    (
                        o.id
                        for o in cb.ministries.get(a.id, ())
                        if kind and _ministry_kind(o.name) == kind
                    ),
                    None,
                )
                if pick is None:
                    label = (
                        f"{a.name} {nw[j].capitalize()} Ministry" if kind else f"{a.name} ministry"
                    )
                    pick = slugify(label)
                    if pick not in cb.actors:
                        t.extra_actors.setdefault(
                            pick, Actor(pick, label, "organization", a.id, a.id, source="text")
                        )
            k -= 1
        if pick is not None:
            items.append((j, i + 1, pick, "name"))
            covered.update(range(j, i + 1))


def _state_named_after(t: Tagged, ordered: list, i: int) -> bool:
    """Does an ``of`` phrase after the body noun at token ``i`` name a state (``the
    ministry of foreign affairs of Ethiopia``, ``the ministry of Chad``), within six
    words of its sentence?"""
    if i + 1 >= len(t.lower) or t.lower[i + 1] != "of":
        return False
    for s, _, actor in ordered:
        if (
            i + 1 < s <= i + 6
            and t.tok_sent[s] == t.tok_sent[i]
            and t.lower[s - 1]
            in (
                "of",
                "the",
            )
        ):
            a = t.actor(actor)
            if a is not None and a.type == "country":
                return True
    return False


_BARE_RULERS = frozenset({"government", "junta", "regime", "authorities", "country", "kingdom",
                          "emirate", "republic"})  # fmt: skip


def _bare_governments(t: Tagged, items, covered: set[int]) -> None:
    """``the government`` (``the interim government``) with no state before or after it
    resolved to the one state named in this sentence before it and the sentence before
    (``The coup in Burkina Faso ended ... By Friday the government announced``); where
    two states are named there, or none, it stays unresolved. So does ``the junta``, ``the
    regime``, ``the authorities`` (``Soldiers seized power in Niger ... The junta
    revoked``)."""
    hits = [i for i, w in enumerate(t.lower) if w in _BARE_RULERS and i not in covered]
    if not hits:
        return
    ordered = sorted((s, e, actor) for s, e, actor, _ in items)
    starts = [x[0] for x in ordered]
    for i in hits:
        lo = i - 1
        if lo >= 1 and t.words[lo].isalpha() and t.words[lo].islower() and t.lower[lo] != "the":
            lo -= 1  # "the interim government"
        if lo < 0 or t.lower[lo] != "the" or t.tok_sent[i] < 0:
            continue
        if any(x in covered for x in range(lo, i)):
            continue
        if i + 1 < len(t.lower) and t.lower[i + 1] in ("of", "in"):
            continue  # "the government of Chad", "the government in Kabul": named after
        sent = t.tok_sent[i]
        k = bisect.bisect_left(starts, lo)
        named = [
            (s, e, a.id)
            for s, e, actor in ordered[:k]
            if sent - t.tok_sent[s] <= 1
            and (a := t.actor(actor)) is not None
            and a.type == "country"
        ]
        states = {x for *_, x in named}
        if len(states) > 1:
            # the one state that opens a sentence, its subject, is the one named again:
            # "Kenya has deployed police to Haiti. The country also sent aid to Somalia."
            states = {x for s, e, x in named if s == t.sent_tok[t.tok_sent[s]][0]
                      and t.lower[e] not in ("and", ",", "-", "&")}  # fmt: skip
        if len(states) != 1:
            continue
        pick = _state_government(t, t.actor(states.pop()))
        items.append((lo + 1, i + 1, pick, "name"))
        covered.update(range(lo + 1, i + 1))


def _state_government(t: Tagged, a: Actor) -> str:
    """The id of the government of the state ``a`` (``Burkina Faso government``), listed
    among the text's actors when the codebook lacks it."""
    label = f"{a.name} government"
    pick = slugify(label)
    if pick not in t.codebook.actors:
        t.extra_actors.setdefault(
            pick, Actor(pick, label, "organization", a.id, a.id, source="text")
        )
    return pick


_GOVERNMENT_WORDS = frozenset({"government", "administration", "authorities"})


def _owned_governments(t: Tagged, items: list) -> None:
    """``Thailand's representative said his Government had ...``: a government no state
    names, owned by a pronoun that stands for a state's person or office, is that state's."""
    owners = {s: actor for s, _, actor, kind in items if kind == "pronoun"}
    for n, (s, e, actor, kind) in enumerate(items):
        a = t.actor(actor)
        if not (a and not a.stands_for and t.lower[e - 1] in _GOVERNMENT_WORDS):
            continue
        owner = t.actor(owners.get(s - 1, ""))
        state = owner.stands_for if owner is not None else ""
        if not state or t.actor(state) is None:
            continue
        items[n] = (s, e, _state_government(t, t.actor(state)), kind)


def _compound_name(t: Tagged, g: int, s: int) -> bool:
    """Is token ``g`` a proper noun the parse makes part of the name at ``s`` (``Hunter``
    of ``Hunter Biden``; not ``Later`` of ``Later Biden replied``)? False with no parse."""
    from .dependency import backend, parse

    if backend() == "surface":
        return False
    p = parse(t, t.tok_sent[s])
    return p.pos(g) == "PROPN" and p.head(g) == s and p.dep(g) == "compound"


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """spaCy's English stop words (``when``, ``but``, ``if``): no given name."""
    import_spacy()
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@per_codebook
def _person_words(cb: Codebook) -> dict[str, frozenset[str]]:
    """Every word of every form of each codebook person (``Joe``, ``Biden``, ``Joseph``)."""
    out: dict[str, set[str]] = {}
    for form, owners in cb.surface.items():
        for actor, kind in owners:
            if kind == "name" and getattr(cb.actors.get(actor), "type", "") == "person":
                out.setdefault(actor, set()).update(form.split())
    return {k: frozenset(v) for k, v in out.items()}


def _kin_names(t: Tagged, nw: list[str], items, covered: set[int]) -> None:
    """``Hunter Biden``, ``Laura Bush``: a given name the codebook person's name does not
    hold, right before the surname the codebook gives that person, names another person
    of the family (a person of the text). Not a title (``Senator Biden``), a word that
    opens no name (``When Biden``), nor a word the text also writes in lower case
    (``Candidate Biden`` beside ``the candidate``)."""
    lowered = {w for w, raw in zip(t.lower, t.words, strict=True) if raw[:1].islower()}
    titles = {w for phrase in t.codebook.titles for w in phrase.split()}
    for s, e, actor, kind in list(items):
        a = t.codebook.actors.get(actor)
        if kind != "name" or e != s + 1 or a is None or a.type != "person" or s < 1:
            continue
        g, w = s - 1, t.words[s - 1]
        known = _person_words(t.codebook).get(actor, ())
        if (
            g in covered
            or g in t.title_tokens
            or t.tok_sent[g] != t.tok_sent[s]
            or not (w[:1].isupper() and w[1:].islower() and w.isalpha() and len(w) > 2)
            or w in _NAME_STOP
            or w in known
            or w.lower() in lowered
            or w.lower() in titles
            or w.lower() in _stop_words()
            or w.lower() in t.codebook.person_cues["not_given"]
            or not _compound_name(t, g, s)
        ):
            continue
        items.remove((s, e, actor, kind))
        covered.discard(s)
        add_text_person(t, nw, items, covered, g, e)


def _title_chains(title_tokens: set[int]) -> list[tuple[int, int]]:
    chains, run = [], []
    for i in sorted(title_tokens):
        if run and i != run[-1] + 1:
            chains.append((run[0], run[-1] + 1))
            run = []
        run.append(i)
    if run:
        chains.append((run[0], run[-1] + 1))
    return chains


def _left_context(t: Tagged, ending, s: int, cb: Codebook, inside: str = "") -> tuple[str, str]:
    """Country and institution named just before a title (``Chinese``, ``Pentagon``, ``Iran's``).

    ``ending``: the actors of the items found so far by their end token, in item order.
    ``inside``: the actor of an institution the title begins in (``Turkish Foreign Ministry
    spokesperson``: the title ``Foreign Ministry spokesperson`` begins in the ministry).
    """
    a = t.actor(inside) if inside else None
    if a is not None and a.type == "organization":
        return (a.country or a.stands_for), ""  # the office names the ministry already
    j = s
    # a qualifier the title list lacks may stand between: "Russian Acting Deputy Minister"
    while (
        j > 0
        and s - j < 2
        and t.words[j - 1][:1].isupper()
        and t.words[j - 1].isalpha()
        and (t.tok_sent[j - 1] == t.tok_sent[s])
        and not ending.get(j)
    ):
        j -= 1
    if j > 0 and t.lower[j - 1] in POSSESSIVE:
        j -= 1
    for actor in ending.get(j, ())[:1]:
        a = t.actor(actor)
        if a is None:
            return "", ""
        org = a.name if a.type == "organization" else ""
        return (a.country or a.stands_for), org
    return "", ""


def _coordinated_people(t: Tagged, nw: list[str], items, covered: set[int]) -> None:
    """A capitalized name joined by ``and`` to a person's mention is a person too: ``the
    release of Jane Doe and President John Roe``, ``John Roe and Jane Doe met``. The text
    gives no office, so no state."""
    cues = t.codebook.person_cues
    index = {it[0]: k for k, it in enumerate(items)}
    regions = {i for s, e in t.regions.items() for i in range(s, e)}  # "Great Lakes"
    people = [(s, e) for s, e, a, k in items if k == "name" and t.actor_type(a) == "person"]
    # "Ambassador Roe and Jane Doe met": a title and a surname the codebook lacks before "and"
    people += [
        (k - 1, k)
        for k in range(2, len(nw) - 1)
        if t.lower[k] == "and"
        and k - 2 in t.title_tokens
        and k - 1 not in t.title_tokens | covered
        and nw[k - 1].isalpha()
        and nw[k - 1].istitle()
    ]
    for s, e in people:
        starts = []
        if e + 1 < len(nw) and t.lower[e] == "and":
            starts.append((e + 1, None))  # "John Roe and Jane Doe"
        b = s
        while b > 0 and b - 1 in t.title_tokens:
            b -= 1  # "Jane Doe and President John Roe": before the title
        if b > 2 and t.lower[b - 1] == "and":
            j = b - 2  # back to the start of the run before "and"
            while j > 0 and (nw[j - 1][:1].isupper() or nw[j - 1] in cues["particle"]):
                j -= 1
            starts.append((j, b - 1))
        for i, must_end in starts:
            if i in covered or t.tok_sent[i] != t.tok_sent[s] or nw[i] in _NAME_STOP:
                continue
            end, n, stolen = _name_run(t, nw, items, index, covered, i, t.tok_sent[i])
            least = 1 if must_end is None and _plural_title(t, s - 1) else 2
            if n < least or stolen is not None or (must_end is not None and end != must_end):
                continue  # "Presidents Mwangi and Okafor": a plural title's surnames
            nxt = nw[end] if end < len(nw) else "."
            if must_end is None and nxt.islower() and nxt.endswith("s") and len(nxt) > 3:
                continue  # "Kagame and Great Lakes leaders": a name as a modifier
            if nxt[:1].isupper() or any(t.lower[x] in cues["appositive"] for x in range(i, end)):
                continue  # "... and National Security Communications Advisor John Roe"
            if any(nw[x] in cues["non_person"] or x in regions for x in range(i, end)):
                continue
            add_text_person(t, nw, items, covered, i, end)


def _plural_title(t: Tagged, k: int) -> bool:
    """Is token ``k`` a plural title (``Presidents``, ``Foreign Ministers``): a title
    whose word without its ``s`` is a title word too?"""
    w = t.lower[k] if k >= 0 else ""
    return k in t.title_tokens and w.endswith("s") and w[:-1] in _title_words(t.codebook)


def _second_pass(t: Tagged, nwords: list[str], items, covered: set[int]) -> None:
    """Find later bare mentions of people introduced in this article (``Ryder said``)."""
    forms: dict[tuple[str, ...], str] = {}
    suffixes = t.codebook.person_cues["suffix"]
    for pid, a in t.extra_actors.items():
        if a.type != "person":
            continue
        words = a.name.split()
        if len(words) > 2 and words[-1] in suffixes:
            words = words[:-1]  # "Bechtol", not "Jr."
        forms[tuple(a.name.replace("-", " - ").split())] = pid
        forms.setdefault(tuple(words[-1].replace("-", " - ").split()), pid)
    longest = max((len(k) for k in forms), default=0)
    firsts = {k[0] for k in forms}
    # A bare surname the codebook gives someone never named in full here reads as the
    # person this article named in full ("Amit Singh ... Minister Singh").
    cb = t.codebook
    full = {a for s, e, a, k in items if k == "name" and e - s > 1}
    bare = {
        s: n
        for n, (s, e, a, k) in enumerate(items)
        if k == "name"
        and e == s + 1
        and a not in full
        and a not in t.extra_actors
        and (
            getattr(cb.actors.get(a), "type", "") == "person"
            or _titled_state_word(t, s, a)  # "Ambassador Holland" after "Neil Holland"
        )
    }
    if bare:
        forms_1 = {k: v for k, v in forms.items() if len(k) == 1}
        drop = set()
        for s_, n in bare.items():
            pid = forms_1.get((nwords[s_],))
            if pid is not None and t.tok_sent[s_] >= 0:
                drop.add(n)
                covered.discard(s_)
        if drop:
            items[:] = [it for n, it in enumerate(items) if n not in drop]
    i = 0
    while i < len(nwords):
        if nwords[i] not in firsts:
            i += 1
            continue
        hit = None
        for n in range(longest, 0, -1):
            key = tuple(nwords[i : i + n])
            if key in forms and not covered.intersection(range(i, i + n)) and t.tok_sent[i] >= 0:
                hit = (i, i + n, forms[key])
                break
        if hit:
            items.append((hit[0], hit[1], hit[2], "name"))
            covered.update(range(hit[0], hit[1]))
            i = hit[1]
        else:
            i += 1


def _titled_state_word(t: Tagged, s: int, actor: str) -> bool:
    """Is the one-word state name at token ``s`` right after a title (``Ambassador
    Holland``)? After a person of that surname the text named in full, it is that person
    (:func:`_second_pass`)."""
    a = t.codebook.actors.get(actor)
    return a is not None and a.type == "country" and s > 0 and s - 1 in t.title_tokens


def _foreign_bodies(t: Tagged) -> None:
    """A state's body the codebook names (``Department of Defense``: the Pentagon) right
    after another state's demonym (``the Malian Department of Defense``) is that other
    state's body of the same name: the mention is re-pointed to an actor made for it.

    Examples
    --------
    >>> from .article import parse_article
    >>> t = tag(parse_article("The Malian Department of Defense denied the report."))
    >>> [(m.text, m.actor, t.stands_for(m.actor)) for m in t.mentions][1]
    ('Department of Defense', 'mli-pentagon', 'MLI')
    """
    for n in range(1, len(t.mentions)):
        prev, mn = t.mentions[n - 1], t.mentions[n]
        a, d = t.actor(mn.actor), t.stands_for(prev.actor)
        if (
            prev.kind != "demonym"
            or prev.tok_end != mn.tok
            or mn.kind != "name"
            or a is None
            or a.type != "organization"
            or not a.stands_for
            or not d
            or d == a.stands_for
        ):
            continue
        oid = f"{d.lower()}-{a.id}"
        t.extra_actors.setdefault(oid, Actor(oid, mn.text, "organization", d, d, source="text"))
        t.mentions[n] = replace(mn, actor=oid)


def _described(t: Tagged, cur: Participant | None, mn: Mention) -> bool:
    """Is ``mn`` a group's or an organization's name right after the demonym ``cur``?"""
    a = t.actor(mn.actor)
    return (
        cur is not None
        and cur.tok_end == mn.tok
        and cur.sentence == mn.sentence
        and len(cur.mentions) == 1
        and cur.head.kind == "demonym"
        and mn.kind == "name"
        and a is not None
        and a.type in ("group", "organization")
    )


def _post_of_title(t: Tagged, mn: Mention) -> bool:
    """Whether ``mn`` is the post a posted title takes after ``to`` (``the US envoy to the
    United Nations``, ``Kenya's ambassador to Ethiopia``): where the official serves, not
    whom they act for, so it never heads the participant."""
    j = mn.tok - 1
    while j >= 0 and t.lower[j] in DETERMINERS:
        j -= 1
    if j < 1 or t.lower[j] != "to":
        return False
    # "the Ambassador to Guyana met ...": a post with no name after it is a post too
    posted = t.codebook.person_cues.get("posted", frozenset())
    return j in t.title_tokens or t.lower[j - 1] in {w.lower() for w in posted}


@per_codebook
def _patron_participles(cb: Codebook) -> frozenset[str]:
    return word_list("patron_participles.csv", cb.root)


@per_codebook
def backing_participles(cb: Codebook) -> frozenset[str]:
    """The participles of ``patron_participles.csv`` whose agent backs the party described
    (``Rwanda-backed``), not only describes it (``UN-sanctioned``)."""
    rows = read_table("patron_participles.csv", cb.root)
    return frozenset(f.lower() for r in rows if r["backs"] == "yes" for f in split(r["forms"]))


def is_patron(t: Tagged, mn: Mention) -> bool:
    """Whether ``mn`` is the agent of a hyphenated participle that describes what follows
    (``patron_participles.csv``): ``Rwanda-backed M23``, ``the UN-sanctioned militia``,
    ``Iranian-funded militias``. It names who backs, funds or sanctions, not a party of the
    clause; ``Saudi-led``, ``Russian-held``, ``Qatar-brokered`` (the leader, the holder, the
    mediator) are not such.

    Examples
    --------
    >>> from .article import parse_article
    >>> t = tag(parse_article("Kenya condemned the Rwanda-backed militia."))
    >>> [(m.text, is_patron(t, m)) for m in t.mentions]
    [('Kenya', False), ('Rwanda', True), ('militia', False)]
    """
    k = mn.tok_end
    return (
        k + 1 < len(t.lower)
        and t.lower[k] == "-"
        and t.tok_sent[k + 1] == mn.sentence
        and t.lower[k + 1] in _patron_participles(t.codebook)
    )


def _participants(t: Tagged) -> list[Participant]:
    """Group mentions joined only by titles and possessives into one participant; the
    agent of a hyphenated participle (:func:`is_patron`) is none."""
    out: list[Participant] = []
    for mn in t.mentions:
        if is_patron(t, mn):
            continue
        cur = out[-1] if out else None
        gap = range(cur.tok_end, mn.tok) if cur else range(0)
        joinable = (
            cur is not None
            and cur.sentence == mn.sentence
            and mn.kind != "pronoun"
            and all(i in t.title_tokens or t.lower[i] in POSSESSIVE for i in gap)
            and (len(gap) > 0 or t.actor(mn.actor) and t.actor(mn.actor).type == "person")
        )
        if joinable and len(gap) > 0 and all(t.lower[i] in POSSESSIVE for i in gap):
            # "Russia's actions" is a modifier; "Russia's President Putin" joins (title in gap)
            joinable = False
        # "Lebanese Hezbollah", "Palestinian Hamas": a demonym before a group's or a body's
        # name describes it; the party is the group
        joinable = joinable or _described(t, cur, mn)
        if joinable:
            cur.tok_end, cur.end = mn.tok_end, mn.end
            cur.mentions.append(mn)
            head_type = (t.actor(cur.head.actor) or Actor("", "", "")).type
            if _post_of_title(t, mn):
                pass  # "Kenya's ambassador to Ethiopia": serves in Ethiopia, acts for Kenya
            elif (t.actor(mn.actor) or Actor("", "", "")).type == "person" or head_type != "person":
                cur.head = mn
            continue
        tok = mn.tok
        # Titles and "the" before the first mention belong to the participant; not a
        # post's title ("the Ambassador to Guyana met ...": Guyana is where it serves)
        while (
            not _post_of_title(t, mn)
            and tok > 0
            and (tok - 1 in t.title_tokens or t.lower[tok - 1] in DETERMINERS)
            and (t.tok_sent[tok - 1] == mn.sentence)
        ):
            tok -= 1
        out.append(
            Participant(tok, mn.tok_end, t.starts[tok], mn.end, mn, [mn], False, mn.sentence)
        )
    for p in out:
        p.possessive = p.tok_end < len(t.lower) and t.lower[p.tok_end] in POSSESSIVE
    return out
