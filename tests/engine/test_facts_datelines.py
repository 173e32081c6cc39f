"""The dateline that opens a story: where it ends, so nothing in it is read as a fact."""

from __future__ import annotations

import pytest

from viewer.engine.facts_datelines import dateline_end


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("KYIV (Reuters) - Talks began.", "KYIV (Reuters) -"),
        ("ABUJA — Talks began.", "ABUJA —"),
        ("Mumbai: Talks began.", "Mumbai:"),
        ("BOSTON, Dec. 3, 2026 /PRNewswire/ -- Acme said.", "BOSTON, Dec. 3, 2026 /PRNewswire/ --"),
        ("SAN FRANCISCO--(BUSINESS WIRE)-- Acme said.", "SAN FRANCISCO--(BUSINESS WIRE)--"),
        ("Talks began in Kyiv on Monday.", ""),  # no dateline
        ("The Kyiv talks began - slowly.", ""),
    ],
)
def test_a_dateline_ends_where_the_story_begins(text: str, dateline: str) -> None:
    assert text[: dateline_end(text)].strip() == dateline
