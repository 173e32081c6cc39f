"""Ukrainian and Russian words of time, and the dates they make."""

from __future__ import annotations

import pytest

from viewer.engine.facts_cyrillic_times import CYRILLIC_MONTHS
from viewer.engine.facts_dates import extract_dates
from viewer.engine.facts_scan import Scan


def test_every_month_has_ukrainian_and_russian_names() -> None:
    for month in range(1, 13):
        names = [w for w, m in CYRILLIC_MONTHS.items() if m == month]
        assert len(names) == 6, (month, names)  # genitive, nominative, locative; twice


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a count of a unit, then "ago"
        ("Обвал стався три дні тому.", [("три дні тому", ("ago", "day", "earlier", 3))]),
        ("Обвал стався 3 дні тому.", [("3 дні тому", ("ago", "day", "earlier", 3))]),
        ("Обрушение произошло неделю назад.", [("неделю назад", ("ago", "week", "earlier", 1))]),
        ("Это случилось два года назад.", [("два года назад", ("ago", "year", "earlier", 2))]),
        ("Тому він пішов.", []),  # "therefore", no time
        # a part of a month
        ("Кошти надійшли на початку березня.", [("на початку березня", ("mpart", 3, "early"))]),
        ("Кошти надійшли наприкінці березня.", [("наприкінці березня", ("mpart", 3, "late"))]),
        ("Деньги поступили в середине марта.", [("в середине марта", ("mpart", 3, "mid"))]),
        ("Кошти надійшли 3 березня.", [("3 березня", ("abs", None, 3, 3))]),
    ],
)
def test_ukrainian_and_russian_times_are_dates(text: str, found: list) -> None:
    assert [(d.text, d.key) for d in extract_dates(Scan(text))] == found
