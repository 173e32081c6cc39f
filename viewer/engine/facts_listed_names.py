"""Names dropped from a list: "funded by the NIH and Pfizer" retold "funded by the NIH".

A name added or dropped alone is no flag: a rewrite shortens "Lars Holm, an economist at
Nordea" to "Lars Holm" and loses nothing a fact-checker must see. A name cut from a list
whose other members stay is another matter: the sentence still names who did it, and
one of them is gone. The change must cut the name and its list punctuation only (or the
verb's agreement with it: "are" / "is"), a kept name must stand right beside it, and the
name must stand nowhere in the other document. In a sentence rebuilt around the list, a
name left over beside list members the other side still names is dropped too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.engine.facts_aliases import NAME_ALIASES
from viewer.engine.facts_context import Found, Side, flag, quoted, whole_word_places
from viewer.engine.facts_lexicon import AGREEMENT_VERBS, STOP, TITLES
from viewer.engine.facts_name_match import names_equivalent
from viewer.engine.facts_numbers import Item
from viewer.engine.model import Change, FlagKind

__all__ = ["listed_name_cuts", "names_dropped_from_lists"]

# Words that join the last member of a list: English, Ukrainian, Russian.
_AND = r"(?:and|or|і|й|та|або|и|или)(?!\w)"
_CAPITAL = "[A-ZА-ЯЁЄІЇҐ]"
_LOWER = "[a-zа-яёєіїґ'’-]"  # a lower-case word before a member: its title ("его знакомого")
# A change that may cut one member of a list: list punctuation, then a capital (", France",
# " and Pfizer"), or a member and the punctuation after it ("France, ", "Congress and the ").
_CUT = re.compile(
    rf"\s*(?:,|(?<!\w){_AND}|&)\s*(?:the\s+)?(?:{_LOWER}+,?\s+){{0,3}}{_CAPITAL}"
    rf"|(?:the\s+)?{_CAPITAL}[\w\s.'’&-]*?(?:,|\s{_AND})(?:\s+the)?\s*$"
)
# What may stand in such a change besides the name: list punctuation, "the", "both" and
# "together" ("Haaland and Foden both scored" cut to "Haaland scored").
_LIST_GLUE = re.compile(rf"[\s,&]*(?:(?:{_AND}|the\b|both\b|together\b)[\s,&]*)*", re.IGNORECASE)
# A number that ends a member's name: "SoftBank Vision Fund 2", "Apollo 11".
_NUMBERED = re.compile(r"\s+\d{1,4}[\s,]*")
# Before a member, its title in lower case may stand too ("and central bank Governor Eva
# Novak", "и его знакомого Сергея Бородина", "and his business partner, Dana Ortiz").
_GLUE_BEFORE = re.compile(rf"{_LIST_GLUE.pattern}(?-i:{_LOWER}+,?\s+){{0,3}}", re.IGNORECASE)
# A list is joined by "and" (or "or", "&"), in the cut or soon after it, past more
# members: "Paris, Berlin and Rome". A comma alone may add a place's country or state
# ("Kyiv, Ukraine"; "Springfield, Illinois"), which is no other member. The next member
# opens with a capital.
_JOINED = re.compile(r"&|(?<!\w)" + _AND, re.IGNORECASE)
_MEMBER = rf"(?:the\s+)?{_CAPITAL}[\w.'’-]*"
_JOINED_AFTER = re.compile(
    rf"(?:[\s,]*{_MEMBER}(?:[\s,]+{_MEMBER})*)?[\s,]*(?i:{_AND}|&)\s+(?:the\s+)?{_CAPITAL}"
)  # "and employs" after "Austin, Texas" joins no member
# Between a kept member and the change: at most a space or a comma.
_BESIDE = re.compile(r"[\s,]*")


# Cutting a member of a plural subject may turn "are" into "is" ("Goldman Sachs and Morgan
# Stanley are acting" / "Goldman Sachs is acting"), "have both" into "have".
_AGREEING = re.compile(
    rf"\s+(?:{'|'.join(sorted(AGREEMENT_VERBS))})(?:\s+both)?\s*$", re.IGNORECASE
)


def listed_name_cuts(changes: Sequence[Change]) -> list[int]:
    """The changes that cut or add text on one side only, opening like a list member
    (", France", " and Pfizer"), or with only the verb's agreement on the other side:
    cheap, so a pair is asked for names only then."""
    return [i for i, c in enumerate(changes) if _cut_side(c) is not None]


def _cut_side(c: Change) -> bool | None:
    """Whether a change cuts a list member on the left (True) or adds one on the right
    (False), verb agreement aside; None if it may be neither."""
    left, right = c.left.text, c.right.text
    if bool(left.strip()) != bool(right.strip()):
        return bool(left.strip()) if _CUT.match(left or right) else None
    for cut, kept, is_left in ((left, right, True), (right, left, False)):
        if kept.strip().lower() in AGREEMENT_VERBS and _AGREEING.search(cut) and _CUT.match(cut):
            return is_left
        if _shrunk(cut, kept) and _CUT.match(cut):
            return is_left  # ", France and Germany" / " and France": the last member cut
    return None


_WORD = re.compile(r"\w+")


def _shrunk(cut: str, kept: str) -> bool:
    """Whether ``kept`` keeps some of the words of ``cut``, not all: the list lost one."""
    words = set(_WORD.findall(kept.lower()))
    return bool(words) and words < set(_WORD.findall(cut.lower()))


def names_dropped_from_lists(
    a: Side, b: Side, cuts: Sequence[int], changes: Sequence[Change]
) -> list[Found]:
    """A flag for each name a change in ``cuts`` drops from (or adds to) a list, beside a
    member that both sides name."""
    out = []
    for i in cuts:
        is_left = bool(_cut_side(changes[i]))
        side, other = (a, b) if is_left else (b, a)
        start, end = side.spans[i]
        if (agreeing := _AGREEING.search(side.text, start, end)) is not None:
            end = agreeing.start()  # "and Morgan Stanley are" / "is": the member is cut
        at = other.spans[i][0]
        if not _joined(side.text, start, end):
            continue
        for x, named in _titled(side.text, _cut_members(side, start, end)):
            kept = _kept_beside(side, x, start, end, other)
            if kept is None or _stated_in(other, named):
                continue
            # one of the speakers of a claim: "Amnesty and Human Rights Watch said"
            speaks = _speaks(side, x) or _speaks(side, kept)
            kind = FlagKind.ATTRIBUTION if speaks else FlagKind.NAME
            note = f"{quoted(x)} {'dropped' if is_left else 'added'}"
            if is_left:
                found = flag(kind, a, x.start, x.end, b, at, at, note, fact_right=False)
            else:
                found = flag(kind, a, at, at, b, x.start, x.end, note, fact_left=False)
            out.append(found)
    return out


def _named(side: Side) -> list[Item]:
    """The names of ``side``, speakers included: a name that says something is a source,
    not a name fact ("Amnesty International and Human Rights Watch said")."""
    names = side.facts.get(FlagKind.NAME, [])
    speakers = [
        Item(FlagKind.NAME, x.start, x.end, x.text, x.key[1])
        for x in side.facts.get(FlagKind.ATTRIBUTION, [])
        if x.key[0] == "name"
    ]
    return sorted([*names, *speakers], key=lambda x: x.start) if speakers else list(names)


def _speaks(side: Side, x: Item) -> bool:
    """Whether the name ``x`` is a speaker: a source, not a name fact."""
    return any(
        y.key[0] == "name" and y.start == x.start for y in side.facts.get(FlagKind.ATTRIBUTION, [])
    )


def _joined(text: str, start: int, end: int) -> bool:
    """Whether the cut is part of a list joined by "and": in it, or after it."""
    return _JOINED.search(text, start, end) is not None or (
        _JOINED_AFTER.match(text, end) is not None
    )


def _cut_members(side: Side, start: int, end: int) -> list[Item]:
    """The names inside ``start:end`` when nothing else is there but list punctuation."""
    inside = [x for x in _named(side) if start <= x.start and x.end <= end]
    if not inside:
        return []
    at = start
    for x in inside:
        if _GLUE_BEFORE.fullmatch(side.text, at, x.start) is None:
            return []
        at = x.end
    tail = _LIST_GLUE.fullmatch(side.text, at, end) or _NUMBERED.fullmatch(side.text, at, end)
    return inside if tail is not None else []


# Between a title's capitalised words and the name it goes with: lower-case words only
# ("Liberal Democrat spokesperson Helen Morgan", "his French counterpart Sebastien Lecornu").
_TITLE_WORDS = re.compile(rf"\s+(?:{_LOWER}+\s+){{1,3}}")


def _titled(text: str, members: list[Item]) -> list[tuple[Item, Item]]:
    """The cut members with a capitalised title joined to the name after it, as one
    member, each with the name that says who it is (the last part)."""
    out: list[tuple[Item, Item]] = []
    for x in members:
        if (
            out
            and _TITLE_WORDS.fullmatch(text, out[-1][0].end, x.start)
            and not _JOINED.search(text, out[-1][0].end, x.start)
        ):
            first = out[-1][0]
            joined = Item(FlagKind.NAME, first.start, x.end, text[first.start : x.end], x.key)
            out[-1] = (joined, x)
        else:
            out.append((x, x))
    return out


def _kept_beside(side: Side, x: Item, start: int, end: int, other: Side) -> Item | None:
    """A name right before or after the cut (or in the cut, beside ``x``) that also
    stands on the other side, if any."""
    told = _named(other)
    for y in _named(side):
        if y.start == x.start or (start <= y.start and y.end <= end):
            continue
        before = y.end <= start and _BESIDE.fullmatch(side.text, y.end, start)
        after = end <= y.start and _LIST_GLUE.fullmatch(side.text, end, y.start)
        if (before or after) and any(names_equivalent(y.key, z.key) for z in told):
            return y
    return _opening_member(side, start, other)


# A capitalised word opening the sentence right before the cut: "Qatar and Egypt mediated"
# (a sentence's first word is no name to the names' reader, which cannot tell it from "The").
_OPENING_WORD = re.compile(rf"(?:^|[.!?]\s+)({_CAPITAL}[\w.'’-]+)[\s,]*$")
# Two capitalised words or more right before the cut: the end of a titled name that opens
# far before it ("German Defence Minister Boris Pistorius and his French counterpart").
_RUN_END = re.compile(rf"(?<![\w.'’-])({_CAPITAL}[\w.'’-]+\s+{_CAPITAL}[\w.'’-]+)[\s,]*$")


def _opening_member(side: Side, start: int, other: Side) -> Item | None:
    """The kept member beside a cut that the names' reader did not give: the sentence's
    first word, when it is capitalised and no function word, or the last two words of a
    name the scanned parts do not reach; either must stand whole on the other side too."""
    m = _OPENING_WORD.search(side.text, max(0, start - 40), start) or _RUN_END.search(
        side.text, max(0, start - 60), start
    )
    if m is None or m.group(1).lower() in STOP:
        return None
    word = m.group(1)
    if not any(
        other.text[i : i + len(word)] == word for i in whole_word_places(other.text, word.lower())
    ):
        return None
    return Item(FlagKind.NAME, m.start(1), m.end(1), word, tuple(word.lower().split()))


def _stated_in(other: Side, x: Item) -> bool:
    """Whether the other side or its document names ``x`` anywhere, in any of its forms
    ("the Netherlands" / "Dutch", which opening a sentence reads as no name)."""
    if any(names_equivalent(x.key, z.key) for z in _named(other)):
        return True
    document = other.document or other.text
    forms = [" ".join(x.text.lower().split())]
    if len(x.key) == 1:
        forms += _ALIASES_OF.get(x.key[0], [])
    return any(next(whole_word_places(document, form), None) is not None for form in forms)


# Each name's other forms ("netherlands": "dutch"), looked up by the name.
_ALIASES_OF = {
    name: [alias for alias, of in NAME_ALIASES.items() if of == name]
    for name in set(NAME_ALIASES.values())
}

# Between two members of one list: ", ", " and ", ", and ", " & " (with "the" before the
# next member).
_MEMBER_GAP = re.compile(rf"\s*(?:,\s*(?:{_AND}\s+)?|(?<!\w){_AND}\s+|&\s*)(?:the\s+)?", re.I)


def names_dropped_in_rewrites(a: Side, b: Side, xs: list[Item], ys: list[Item]) -> list[Found]:
    """A flag for each name left over on one side that a list of names held beside others
    the other side still names: "gains in Nvidia, Broadcom and Advanced Micro Devices"
    retold "gains in Nvidia and Broadcom" in a sentence turned around, where no change
    cuts the member alone (``names_dropped_from_lists`` needs one)."""
    out = []
    for side, other, lone, is_left in ((a, b, xs, True), (b, a, ys, False)):
        told = _named(other) if lone else []
        for x in lone:
            mates = _list_mates(side, x)
            kept = [next((z for z in told if names_equivalent(m.key, z.key)), None) for m in mates]
            if not mates or None in kept or _stated_in(other, x) or _adjective_in(other, x):
                continue
            at = max(z.end for z in kept if z is not None)
            note = f"{quoted(x)} {'dropped' if is_left else 'added'}"
            if is_left:
                out.append(
                    flag(FlagKind.NAME, a, x.start, x.end, b, at, at, note, fact_right=False)
                )
            else:
                out.append(flag(FlagKind.NAME, a, at, at, b, x.start, x.end, note, fact_left=False))
    return out


def _list_mates(side: Side, x: Item) -> list[Item]:
    """The other members of the list of names ``x`` stands in, joined by "and", "or" or
    "&" somewhere (a comma alone may add a place's country: "Kyiv, Ukraine"); [] if none."""
    names = _named(side)
    at = next((i for i, y in enumerate(names) if y.start == x.start), None)
    if at is None:
        return []
    first = last = at
    while first > 0 and _MEMBER_GAP.fullmatch(side.text, names[first - 1].end, names[first].start):
        first -= 1
    while last + 1 < len(names) and _MEMBER_GAP.fullmatch(
        side.text, names[last].end, names[last + 1].start
    ):
        last += 1
    gaps = [side.text[names[i].end : names[i + 1].start] for i in range(first, last)]
    if not any(_JOINED.search(gap) for gap in gaps):
        return []
    return [y for y in names[first : last + 1] if y.start != x.start]


def _adjective_in(other: Side, x: Item) -> bool:
    """Whether the other document holds a capitalised word opening as the name does: a
    sentence's first word is no name to the names' reader, so "Russian and Ukrainian
    negotiators" names Russia for all that only "Ukrainian" reads as a name there."""
    words = [w for w in x.text.split() if w.lower().rstrip(".") not in TITLES] or x.text.split()
    stem = words[0][:5]  # "Emma" of "Dr Emma Hill"
    document = other.document or other.text
    return re.search(rf"(?<!\w){re.escape(stem)}", document) is not None
