"""A word swapped for its opposite: "deficit" for "surplus", "convicted" for "charged".

Business and statistics copy turns on a few words that say which side of a line a
figure is on: a surplus or a deficit, a profit or a loss, results that beat or missed
forecasts, a record high or a record low, seasonally adjusted or not, nominal or real.
No number changes, so the number rules see nothing; yet the report says the opposite
(a number flag). Court and police copy turns on the stage a case has reached: a suspect
arrested, charged, convicted or acquitted; "charged with fraud" retold "convicted of
fraud" states as settled what is not (a certainty flag). A change that replaces one such
word (or phrase) with another of its group, and nothing else, is flagged. Only whole
changes count: a rewritten sentence that happens to hold both words says nothing of
either.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from viewer.engine.facts_context import Found, sentence_starts, trim
from viewer.engine.facts_lexicon import DIRECTIONS, table
from viewer.engine.model import Change, Flag, FlagKind, Span

__all__ = ["opposite_flags"]

# group/pole: phrases. Two phrases of one group with different poles are opposites; a
# phrase may stand in several groups ("lost" a match, "lost" 3%).
_GROUPS = """
    balance/+: surplus, surpluses, a surplus
    balance/-: deficit, deficits, a deficit, shortfall
    result/+: profit, profits, a profit, net profit, net income, прибуток, прибутку, прибутком,
      прибыль, прибыли, прибылью
    result/-: loss, losses, a loss, net loss, збиток, збитку, збитком, збитки, убыток, убытка,
      убытком, убытки
    balance/+: профіцит, профіциту, профіцитом, профицит, профицита, профицитом
    balance/-: дефіцит, дефіциту, дефіцитом, дефицит, дефицита, дефицитом
    forecast/+: beat, beats, beating, topped, exceeded, surpassed, above, ahead of, better than
    forecast/-: missed, misses, missing, fell short of, below, behind, worse than, short of
    extreme/+: high, highest, record high, a record high, peak, biggest, largest, strongest,
      fastest, best, most
    extreme/-: low, lowest, record low, a record low, trough, smallest, weakest, slowest,
      worst, least
    adjusted/+: seasonally adjusted, adjusted, seasonally
    adjusted/-: unadjusted, non-seasonally adjusted, not seasonally adjusted, non-adjusted,
      not adjusted, non-seasonally, not seasonally
    terms/+: nominal, in nominal terms
    terms/-: real, in real terms, inflation-adjusted
    move/+: increase, increases, gain, gains, growth, inflow, inflows, upgrade, upgraded,
      accelerated
    move/-: decrease, decreases, decline, contraction, outflow, outflows, downgrade,
      downgraded, slowed
    contest/+: won, wins, win, winning, leads, lead, led, leading
    contest/-: lost, loses, lose, losing, trails, trail, trailed, trailing
    degree/+: more, higher, greater
    degree/-: less, lower, smaller
    share/+: majority, a majority
    share/-: minority, a minority
    outcome/yes: passed, approved, adopted, signed, backed, endorsed, recommended, for,
      in favour of, in favor of, in favour, in favor, supported
    outcome/no: rejected, blocked, vetoed, defeated, voted down, advised against, against,
      opposed
    quality/yes: effective, safe, successful, legal, valid, constitutional
    quality/no: ineffective, unsafe, unsuccessful, illegal, invalid, unconstitutional
    stage/suspected: arrested, detained, suspected, suspected of,
      arrested on suspicion of, detained on suspicion of, held on suspicion of,
      under investigation, investigated, investigated for, questioned over
    stage/charged: charged, charged with, indicted, indicted on, indicted for, accused,
      accused of, prosecuted, prosecuted for, on trial, on trial for, stood trial for,
      faces charges of, facing charges of
    stage/convicted: convicted, convicted of, found guilty, found guilty of, guilty of,
      jailed, jailed for, sentenced, sentenced for
    stage/acquitted: acquitted, acquitted of, cleared, cleared of, found not guilty,
      found not guilty of, exonerated
    ruling/kept: upheld, confirmed
    ruling/undone: quashed, overturned, set aside, struck down, reversed
    custody/held: remanded in custody, remanded, held in custody, kept in custody, detained,
      denied bail, refused bail, jailed
    custody/free: released on bail, granted bail, bailed, freed on bail, released, freed,
      set free
    ballot/for: voted for, voted in favour, voted in favor, voting for, voting in favour,
      voting in favor, voted for it, voted in favour of it, voted in favor of it
    ballot/against: voted against, voting against, voted against it, voted against the resolution
    ballot/abstained: abstained, abstaining, abstain, abstains
    deed/claimed: claimed, claims, claimed responsibility for, claims responsibility for,
      claimed credit for, said it carried out, said they carried out
    deed/done: carried out, carries out, conducted, staged, committed, perpetrated
    toll/dead: dead, killed, killing, died, deaths, fatalities, загинули, загинуло, загиблих,
      загинув, загинула, погибли, погибло, погибших, погиб, погибла
    toll/injured: injured, injuring, wounded, wounding, hurt, injuries, поранені, поранених,
      поранено, травмовані, травмованих, отримали поранення, ранены, раненых, ранено,
      получили ранения, пострадали, пострадавших
    toll/missing: missing, unaccounted for, зникли безвісти, зниклих безвісти, зник безвісти,
      пропали без вести, пропавших без вести, пропал без вести
"""


def _grouped(text: str) -> dict[str, set[tuple[str, str]]]:
    """``group/pole: phrase, phrase`` lines as {phrase: {(group, pole), ...}}: a phrase may
    stand in several groups, so each line is read on its own."""
    out: dict[str, set[tuple[str, str]]] = {}
    for line in text.strip().replace(",\n", ", ").splitlines():
        for phrase, head in table(line).items():
            group, pole = head.split("/")
            out.setdefault(phrase, set()).add((group, pole))
    return out


_OPPOSITES = _grouped(_GROUPS)
# The way an amount moves, also without an amount ("Stocks rose" / "Stocks fell"); not
# "up" and "down", which end phrasal verbs as often ("broke down" / "broke up").
for _word, _way in DIRECTIONS.items():
    if _word not in ("up", "down"):
        _OPPOSITES.setdefault(_word, set()).add(("move", _way))
# The phrases of each pole of a group, to look for them around a change.
_BY_POLE: dict[tuple[str, str], frozenset[str]] = {}
for _phrase_of, _poles in _OPPOSITES.items():
    for _pole in _poles:
        _BY_POLE[_pole] = _BY_POLE.get(_pole, frozenset()) | {_phrase_of}
# What a swap of each group is: a figure's side (a number flag, "the opposite"), or how
# settled a case or a decision is, which says no to the other (a certainty flag, as a
# "not" added is: "passed" retold "rejected", "safe" retold "unsafe").
_CASE_NOTES = {
    "stage": "another stage of the case",
    "ruling": "the ruling the other way",
    "custody": "custody or freedom",
    "outcome": "the opposite outcome",
    "quality": "the opposite",
    "ballot": "another vote",
    "deed": "a claim of responsibility or the deed itself",
}
# Groups of number flags whose note is not "the opposite": a toll's count now counts other
# people ("nine missing" retold "nine dead").
_NUMBER_NOTES = {"toll": "others counted (the dead, the injured or the missing)"}
# Punctuation a change may carry around its words (a table: far cheaper than a regex).
_LOOSE = str.maketrans({c: " " for c in ".,;:!?\"'()[]“”‘’«»"})


def opposite_flags(left: str, right: str, changes: Sequence[Change]) -> list[Found]:
    """Flags for changes that swap a word for another of its group: a figure's opposite
    (number flags) or another stage of a case (certainty flags)."""
    found = []
    for change in changes:
        x = _OPPOSITES.get(_phrase(change.left.text))
        y = _OPPOSITES.get(_phrase(change.right.text)) if x is not None else None
        if x is None or y is None:
            continue
        poles = sorted(
            (g, pole, pole2) for g, pole in x for g2, pole2 in y if g == g2 and pole != pole2
        )
        if not poles or _reordered(left, change.left, right, change.right, poles[0]):
            continue
        groups = [g for g, _, _ in poles]
        s1, e1 = trim(left, change.left.start, change.left.end)
        s2, e2 = trim(right, change.right.start, change.right.end)
        case = _CASE_NOTES.get(groups[0])
        kind = FlagKind.NUMBER if case is None else FlagKind.CERTAINTY
        what = case or _NUMBER_NOTES.get(groups[0], "the opposite")
        note = f"'{left[s1:e1]}' becomes '{right[s2:e2]}': {what}"
        made = Flag(kind, Span(s1, e1, left[s1:e1]), Span(s2, e2, right[s2:e2]), note)
        found.append(Found(made))
    return found


def _reordered(left: str, a: Span, right: str, b: Span, poles: tuple[str, str, str]) -> bool:
    """Whether each side's pole also stands elsewhere in the other side's sentence: then
    the sentence was reordered ("312 voted in favour and 205 against" retold "205 voted
    against and 312 in favour"), and the diff only lined the two words up."""
    group, left_pole, right_pole = poles
    return _stands_near(right, b, _BY_POLE[group, left_pole]) and _stands_near(
        left, a, _BY_POLE[group, right_pole]
    )


def _stands_near(text: str, span: Span, phrases: frozenset[str]) -> bool:
    """Whether one of ``phrases`` stands in the sentences ``span`` touches, outside it."""
    starts = sentence_starts(text)
    lo = starts[bisect_right(starts, span.start) - 1]
    after = bisect_right(starts, span.end)
    hi = starts[after] if after < len(starts) else len(text)
    around = f" {_phrase(text[lo : span.start])} {_phrase(text[span.end : hi])} "
    return any(f" {p} " in around for p in phrases)


def _phrase(text: str) -> str:
    """A change's words, lower case, without punctuation ("Deficit," is "deficit")."""
    return " ".join(text.lower().translate(_LOOSE).split())
