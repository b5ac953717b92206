"""A state named only as the place of what a statement tells is no target of it:
"concern about the presence of Eritrean troops in northern Ethiopia" (a place qualified as
a part of the state's territory, ``place_qualifiers.csv``). Sentences written for issue 23,
none taken from a corpus text."""

from __future__ import annotations

import pytest
from signed_edges import edges


@pytest.mark.parametrize(
    ("text", "target", "place"),
    [
        ("The Kenyan foreign minister expressed concern about the presence of Eritrean "
         "troops in northern Ethiopia.", "ERI", "ETH"),
        ("The Egyptian president condemned the deployment of Turkish forces in western "
         "Libya.", "TUR", "LBY"),
    ],
)  # fmt: skip
def test_a_qualified_place_is_no_target_of_a_statement(text, target, place):
    found = edges(text)
    speaker = "KEN" if "Kenyan" in text else "EGY"
    assert (*sorted((speaker, target)), "-") in found
    assert (*sorted((speaker, place)), "-") not in found
