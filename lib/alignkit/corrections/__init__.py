"""Corrections that last: an analyst's fixes, kept beside the article and re-applied.

The kit makes errors on text it was not built on. A correction names the item it fixes by
a *stable key* (evidence spans, types, actor ids: never a row number, since rows move when
the analysis changes) and is kept in ``<stem>.corrections.json`` beside the article
(``news/iran-deal.txt`` -> ``news/iran-deal.corrections.json``). Every later
:func:`alignkit.analyze` of that file re-applies it, after extraction and before the
network and the camps are built, so the network, the camps (balance) and the exports follow
from the corrected tables.

File format
-----------
A JSON list of objects, one per correction (``[]`` is a valid, empty file)::

    [
      {"kind": "reject_event", "source": "RUS", "target": "CHN", "type": "ACCUSE",
       "start": 97, "end": 119, "trigger": "condemned",
       "who": "ana", "when": "2026-01-05T10:00:00+00:00", "why": "a quote, not an act"},
      {"kind": "set_stance", "speaker": "sergei-lavrov", "cue_start": 185, "cue_end": 189,
       "cue": "said", "value": "negative"},
      {"kind": "set_sign", "source": "IRN", "target": "RUS", "value": "-"}
    ]

Fields by ``kind`` (the key fields, then the ``value``; every key field given must match):

* ``reject_actor``: ``actor`` (actor id).
* ``add_alias``: ``alias`` (the surface form, as written); ``value`` the actor id it names.
* ``reject_event``: ``source``, ``target`` (actor ids), ``type`` (PLOVER), ``start``,
  ``end`` (the evidence span of the ``events`` row), optional ``trigger``.
* ``reject_statement``: ``speaker`` (actor id), ``cue_start``, ``cue_end``, optional ``cue``.
* ``set_stance``: as ``reject_statement``; ``value`` ``positive``, ``negative`` or
  ``neutral``.
* ``reject_edge``: ``source``, ``target`` (network nodes, either order).
* ``set_sign``: as ``reject_edge``; ``value`` ``"+"`` or ``"-"`` (1 and -1 are read too).

Every entry may carry ``who`` (the analyst), ``when`` (ISO 8601 time; filled in by the
``add`` methods) and ``why`` (free text). Offsets index :attr:`Article.text` as every span
of the kit does. Any other field, an unknown kind, a missing key field, a value of the
wrong type, a ``when`` that is no ISO 8601 time, a number over 18 digits, nesting too
deep, a file that is not valid JSON, over :data:`~.entries.MAX_CORRECTIONS_BYTES` or not a
regular file (a FIFO, a device: refused without reading) raises :class:`CorrectionsError`
naming the file, the entry and the problem. :func:`save_corrections` takes a lock
(:func:`fcntl.flock` on the folder), merges with the file as it is now (a correction
another process or panel saved meanwhile is kept, one removed here stays removed), writes
a temporary file beside the file's target (a symbolic link stays a link) and renames it
over the old one, so a crash leaves the old file or the new.

What a correction does
----------------------
* ``reject_actor``: the actor is not in this article: its mentions, its statements, the
  events it takes part in and its milestones go; it is taken out of statement targets.
* ``add_alias``: the form names the actor (an in-memory extension of the codebook, with its
  own matchers, applied before tagging). Actors absent from the codebook belong in a user
  codebook (:func:`alignkit.load_codebook` with ``extra=folder``).
* ``reject_event`` / ``reject_statement``: the item goes (a rejected statement takes the
  events it made with it).
* ``set_stance``: the statement's stance is replaced, and with it the sign of the events it
  makes (a ``neutral`` stance makes none).
* ``reject_edge``: every event between the two nodes goes, so the edge goes.
* ``set_sign``: the edge keeps its evidence but takes this sign (``computed_sign`` keeps
  the kit's).

An analysis read with corrections is a :class:`CorrectedAnalysis`: its ``mentions``,
``actors``, ``statements`` and ``events`` tables carry a ``corrected`` column (the kind of
correction that touched the row, ``""`` for none), network edges a ``corrected``
attribute; removed rows are listed in :attr:`CorrectedAnalysis.rejected` (nothing
silently vanishes), and a correction whose key matches nothing stays in the file and is
listed in :attr:`CorrectedAnalysis.stale_corrections`.

Examples
--------
>>> import alignkit
>>> text = "Russia signed a cooperation agreement with Iran. Russia condemned China."
>>> an = alignkit.analyze_text(text, publication_date="2024-05-01")
>>> sorted(an.network.edges())
[('CHN', 'RUS'), ('IRN', 'RUS')]
>>> fix = Corrections()
>>> _ = fix.add(correction_for(an, "network", ("RUS", "CHN"), why="not in this text"))
>>> an2 = alignkit.analyze_text(text, publication_date="2024-05-01", corrections=fix)
>>> sorted(an2.network.edges()), an2.rejected["table"].tolist()
([('IRN', 'RUS')], ['events', 'events'])
"""

from .apply import apply_corrections, codebook_for
from .entries import (
    KINDS,
    REJECTED_COLUMNS,
    STATUS_COLUMNS,
    Correction,
    Corrections,
    CorrectionsError,
)
from .files import corrections_path, load_corrections, resolve, save_corrections
from .gold import correction_for, corrections_to_gold, key_of, write_gold

__all__ = [
    "KINDS",
    "REJECTED_COLUMNS",
    "STATUS_COLUMNS",
    "Correction",
    "Corrections",
    "CorrectionsError",
    "apply_corrections",
    "codebook_for",
    "correction_for",
    "corrections_path",
    "corrections_to_gold",
    "key_of",
    "load_corrections",
    "resolve",
    "save_corrections",
    "write_gold",
]
