"""Year-like digits that count something (facts_year_counts)."""

from __future__ import annotations

import pytest

from viewer.engine.facts_year_counts import year_is_a_count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Some 2000 soldiers were sent.", True),
        ("The plan began in 2000 and ended later.", False),
        ("Ціна зросла до 2000 грн.", True),
        ("Евакуювали 2000 людей.", True),
        ("У 2000 році місто мало 5000 мешканців.", False),
        ("Завод збудували 2000 року.", False),
        ("Це сталося у 2024, повідомили в ОВА.", False),
    ],
)
def test_year_like_digits_count_or_date(text: str, count: bool) -> None:
    start = next(i for i in range(len(text)) if text[i : i + 4].isdigit())
    assert year_is_a_count(text, start, start + 4) is count
