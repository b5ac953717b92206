"""The signed edges of a text's network, as the tests of event reading compare them."""

from __future__ import annotations

import alignkit


def edges(text: str) -> set[tuple[str, str, str]]:
    """``{(a, b, "+" | "-")}`` with ``a < b``, for ``text`` dated 2024-05-01."""
    an = alignkit.analyze_text(text, publication_date="2024-05-01")
    return {
        (*sorted((a, b)), "+" if d["sign"] > 0 else "-") for a, b, d in an.network.edges(data=True)
    }
