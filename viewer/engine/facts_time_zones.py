"""The time zone told after a clock time: "10 a.m. ET" is no "10 a.m. PT"."""

from __future__ import annotations

import re

from viewer.engine.facts_lexicon import alternation, table

__all__ = ["TIME_ZONES", "with_zone", "zone_end"]

# Zones by what they are: a zone's standard and summer names and its short name are one
# zone ("ET", "EST", "EDT"); "local time" is the place's own.
TIME_ZONES = table(
    """
    et: et, est, edt, eastern time
    ct: ct, cst, cdt, central time
    mt: mt, mst, mdt, mountain time
    pt: pt, pst, pdt, pacific time
    gmt: gmt, utc, greenwich mean time
    bst: bst, british summer time
    cet: cet, cest, central european time
    eet: eet, eest, eastern european time
    msk: msk, moscow time
    ist: ist, indian standard time
    jst: jst, japan standard time
    aet: aest, aedt
    local: local time
    """
)
# A zone's short name in capitals only ("10 a.m. ET"; a lower-case "est" may be a word),
# its name written out in any case ("3 p.m. local time", "Eastern Time").
_ZONE_AFTER = re.compile(
    r"[ \u00a0]+(?:\(?(?P<short>[A-Z]{2,4})\)?(?![\w-])"
    rf"|(?P<long>(?i:{alternation(z for z in TIME_ZONES if ' ' in z)}))\b)"
)


def with_zone(text: str, end: int, key: tuple) -> tuple[int, tuple]:
    """The end and key of a clock time ending at ``end`` with the zone after it, if any:
    ``("time", minutes)`` becomes ``("time", minutes, zone)``."""
    zone, zone_end = _zone_after(text, end)
    return (end, key) if zone is None else (zone_end, (*key, zone))


def zone_end(text: str, end: int) -> int:
    """Where the time zone after a clock time ending at ``end`` ends (``end`` if none)."""
    return _zone_after(text, end)[1]


def _zone_after(text: str, end: int) -> tuple[str | None, int]:
    m = _ZONE_AFTER.match(text, end)
    if m is None:
        return None, end
    said = (m.group("short") or m.group("long")).lower()
    zone = TIME_ZONES.get(" ".join(said.split()))
    return (None, end) if zone is None else (zone, m.end())
