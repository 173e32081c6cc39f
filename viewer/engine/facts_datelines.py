"""Where a story was filed: the dateline that opens it ("KYIV (Reuters) -", "Mumbai:").

A dateline names a place and maybe a date and an agency, yet tells no fact of the story:
names and dates inside it are never flagged (facts_names, facts_inventory).
"""

from __future__ import annotations

import re

__all__ = ["dateline_end"]

# A dateline opening a story: a place (in capitals, or one to three words before a colon or
# a dash), maybe a date and the agency: "KYIV (Reuters) -", "Mumbai:", "ABUJA —".
_CAPS_PLACE = r"[A-Z][A-Z.'’-]+(?:[ \u00a0][A-Z][A-Z.'’-]+)*"
_DATELINE = re.compile(
    rf"\s*(?:{_CAPS_PLACE}(?:,[ \u00a0]*[A-Z][\w. ]{{0,20}}?)?[ \u00a0]*"
    r"(?:\([^)\n]{1,40}\)[ \u00a0]*(?:--|[-—–:])|[—–:]|-(?=[ \u00a0]))"  # "KYIV (Reuters) -",
    # "ABUJA —", "SINGAPORE - "
    r"|[A-Z][\w.'’-]*(?:[ \u00a0][A-Z][\w.'’-]*){0,2}[ \u00a0]*:"  # "Mumbai:"
    # a press release's: "BOSTON, Dec. 3, 2026 /PRNewswire/ --", "RIVERTON, Ohio, March 4,
    # 2026 /PRNewswire/ --", "SAN FRANCISCO--(BUSINESS WIRE)--"
    rf"|{_CAPS_PLACE}(?:,\s*[A-Z][\w.'’ ]{{1,25}}?)?(?:,\s*[^,/\n]{{3,20}},?\s+\d{{4}})?"
    r"\s*(?:/[^/\n]{2,40}/|--\s*\([^)\n]{2,40}\))\s*(?:--|—|–))"
)


def dateline_end(text: str) -> int:
    """Where a dateline opening the text ends (0 if none): the place and date a story or
    a press release was filed from ("KYIV, Jan 15 (Reuters) -"), which tell no fact."""
    found = _DATELINE.match(text)
    return found.end() if found is not None else 0
