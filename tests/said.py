"""What a text's statements say, as the tests of reported speech compare them."""

from __future__ import annotations

import alignkit

# columns of the speaker's actor row, by the names the tests use
_ACTOR_COLUMNS = {"name": "name", "state": "country", "type": "type"}


def said(text: str, *columns: str) -> list[tuple]:
    """One tuple per statement of ``text``: each of ``columns`` is a column of the
    statements table (``cue``, ``content``, ``kind``...) or of the speaker's actor row
    (``name``, ``state``, ``type``)."""
    an = alignkit.analyze_text(text)
    acts = an.actors.set_index("actor")
    return [
        tuple(
            acts.at[row["speaker"], _ACTOR_COLUMNS[c]] if c in _ACTOR_COLUMNS else row[c]
            for c in columns
        )
        for row in an.statements.to_dict("records")
    ]
