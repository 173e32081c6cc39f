"""Name words folded and their forms: a place and its people, not words that begin alike."""

from __future__ import annotations

import pytest

from viewer.engine.facts_name_fold import fold, stems_agree
from viewer.engine.facts_name_match import names_equivalent


@pytest.mark.parametrize(
    ("short", "long", "agree"),
    [
        (("russia",), ("russian", "foreign", "ministry"), True),
        (("ukraine",), ("ukrainian", "navy"), True),
        (("belgium",), ("belgian", "police"), True),
        (("mexico",), ("mexican", "army"), True),
        (("trump",), ("donald", "trump"), True),
        (("medicaid",), ("vantor", "medical"), False),
        (("johnson",), ("boris", "johnston"), False),
        (("київ",), ("київська", "рада"), True),  # Cyrillic: left to its case endings
    ],
)
def test_stems_agree(short: tuple, long: tuple, agree: bool) -> None:
    assert stems_agree(short, long) is agree


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (("medicaid",), ("vantor", "medical"), False),
        (("trump",), ("donald", "trump"), True),
        (("velyka", "pysarivka"), ("velikaya", "pisarevka"), True),
        (("halberd", "medical"), ("vantor", "medical"), False),
    ],
)
def test_names_equivalent_by_word_forms(a: tuple, b: tuple, same: bool) -> None:
    assert names_equivalent(a, b) is same
    assert names_equivalent(b, a) is same


def test_fold_spells_alike() -> None:
    assert fold("zelenskyy") == fold("selenskij")
