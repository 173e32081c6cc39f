"""A caveat that a report could not be verified, cut whole: the claim now reads as confirmed.

"Local media reported that a bridge had collapsed. Reuters could not independently verify
the report." retold with the second sentence gone keeps every fact of the first, so no
fact is dropped; yet the reader is no longer told that nobody checked it. A hedge dropped
with its whole sentence is not flagged elsewhere (no similar sentence stands on the other
side to hold it), so a change holding a sentence that says a report could not be verified
or confirmed, where the other article says nothing like it anywhere, is flagged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.engine.facts_context import Found, Side, flag, trim
from viewer.engine.model import Change, FlagKind

__all__ = ["caveats_cut"]

_CAVEAT = re.compile(
    r"\b(?:could\s+not|couldn['’]t|was\s+unable\s+to|were\s+unable\s+to|cannot|can\s+not)"
    r"\s+(?:be\s+)?(?:independently\s+|immediately\s+)?(?:verif|confirm)\w*"
    r"|\b(?:has|have|had)\s+not\s+been\s+(?:independently\s+)?(?:verified|confirmed)\b"
    r"|\bneither\b[^.]{0,80}?\b(?:could|can)\s+be\s+(?:independently\s+)?(?:verified|confirmed)\b"
    r"|\bне\s+(?:вдалося|удалось|може|можуть|может|могут|змогли|смогли)\s+"
    r"(?:незалежно\s+|независимо\s+)?(?:перевірити|підтвердити|проверить|подтвердить)"
    r"|\b(?:перевірити|підтвердити|проверить|подтвердить)\s+(?:\w+\s+){0,3}?не\s+"
    r"(?:вдалося|удалось|змогли|смогли)\b",
    re.IGNORECASE,
)


def caveats_cut(a: Side, b: Side, changes: Sequence[Change]) -> list[Found]:
    """Flags for verification caveats cut from the left or added on the right (see the
    module); the other side shows the place where the caveat stood, as an empty span."""
    out: list[Found] = []
    for ch in changes:
        for side, other, span, there, is_left in (
            (a, b, ch.left, ch.right, True),
            (b, a, ch.right, ch.left, False),
        ):
            found = _CAVEAT.search(side.text, span.start, span.end)
            if found is None or _CAVEAT.search(other.document or other.text) is not None:
                continue  # none here, or the other article says it too (maybe elsewhere)
            s, e = trim(side.text, *side.sentence_span(side.sentence_of(found.start())))
            note = f"caveat {'dropped' if is_left else 'added'}: '{side.text[s:e]}'"
            place = (there.start, there.start)
            (l0, l1), (r0, r1) = ((s, e), place) if is_left else (place, (s, e))
            kind = FlagKind.CERTAINTY
            out.append(flag(kind, a, l0, l1, b, r0, r1, note, is_left, not is_left))
    return out
