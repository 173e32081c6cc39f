"""Who speaks each quotation: two speakers' quotations swapped keep every quote and name.

'Baker said the budget was "a betrayal", while Shah called it "a responsible plan"' retold
with the two quotations swapped leaves the same quotes and the same names on both sides,
so neither the quotes nor the sources differ as sets; only who says which quote changed.
Each quotation's speaker is the name that says it in its clause: a name before it with a
speech verb between them ("Baker said the budget was"), or a name right after it with a
speech verb beside ('"...," Baker said', '"...," said Baker'); a pronoun ('," he said',
'She added: "') points back to the one named saying something in the sentence before. A
quotation that stands on both sides with speakers that are different people is given to
someone else.
"""

from __future__ import annotations

import re

from viewer.engine.facts_context import Found, Side, flag, quoted
from viewer.engine.facts_countries import capital_in_place_of_country
from viewer.engine.facts_demonyms import told_by_nationality
from viewer.engine.facts_lexicon import SPEECH_VERBS, alternation
from viewer.engine.facts_name_match import names_equivalent
from viewer.engine.facts_names import KnownNames, extract_names
from viewer.engine.facts_numbers import Item
from viewer.engine.facts_quotes import same_quote
from viewer.engine.facts_scan import Scan
from viewer.engine.model import FlagKind

__all__ = ["quotes_given_to_others"]

_VERB = alternation(SPEECH_VERBS)
# Between a speaker and the quotation after it: a speech verb, and no clause break.
_SAYS_BEFORE = re.compile(rf"^[^\"“”«»;]{{0,60}}?\b(?:{_VERB})\b[^\"“”«»;]{{0,40}}$")
_PRONOUN_SAYS = re.compile(rf"\b(?:he|she|they|we|I)\s+(?:{_VERB})\b")
# A pronoun saying a quotation: right after it ('," he told reporters'), or opening the
# sentence before it ('She added: "').
_PRONOUN_AFTER = re.compile(rf"[\s,]*(?:he|she)\s+(?:{_VERB})\b")
# A subject of its own after a name, with no comma closing it as an apposition.
_OTHER_SUBJECT = re.compile(rf",\s+(?:a|an|the)\s+[^,\"“”«»;]*?\b(?:{_VERB})\b")
_SET_OFF_VERB = re.compile(rf",\s+(?:{_VERB})\b")
_NAME_SAYS = re.compile(rf"\s+(?:{_VERB})\s+")  # between a speaker and whom they told
_PRONOUN_SUBJECT = re.compile(rf"(?i)\b(?:he|she|they|we)\s+(?:{_VERB})\s+$")
_SAID_TITLED = re.compile(rf"\b(?:{_VERB})\s+(?:[a-z][\w'’-]*\s+){{0,3}}$")  # "said chief ..."
_SAYS_AFTER_VERB = re.compile(r"[\s:,]*")  # '... , said: "'
_ANY_VERB = re.compile(rf"\b(?:{_VERB})\b")
_PRONOUN_OPENS = re.compile(rf"(?:He|She)\s+(?:{_VERB})\s*[:,]?\s*")
_CLAUSE_BREAK = re.compile(r",\s*(?:while|whereas|but|and)\b|;|[.!?]\s")
# Between a quotation and its speaker after it: a comma or mark, maybe the verb first.
_SAYS_AFTER_GAP = re.compile(rf"^[\s,.!?—–-]*(?:(?:{_VERB})\s+)?$")
# Or a title in lower case, the verb after the name ('," neighbor Linda Park said').
_TITLE_GAP = re.compile(r"^[\s,.!?—–-]*(?:[a-z][\w'’-]*\s+){1,3}$")
# Or the verb first, then a title in lower case ('," said provincial governor Karim Bensalah').
_SAYS_TITLE_GAP = re.compile(rf"^[\s,.!?—–-]*(?:{_VERB})\s+(?:[a-z][\w'’-]*\s+){{1,3}}$")
# A name owning the title after it ("Reinholt's barrister"), and the name set off after
# that title ("Reinholt's barrister, Jonathan Ferris SC").
_OWNER_OF_TITLE = re.compile(r"['’]s\s+[a-z]")
_APPOSED = re.compile(r"['’]s\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*,?\s+")
_VERB_AFTER = re.compile(rf"\s+(?:{_VERB})\b")  # used with match(text, pos)
# A name's title set off by commas, then its verb: ', director of the National Economic
# Council, told reporters'.
_APPOSITION_VERB = re.compile(rf",\s+[a-z][^,.;:!?\"“”]*,\s+(?:{_VERB})\b")
_VERB_BEFORE = re.compile(rf"\b(?:{_VERB})\s+$")  # '," said the chair, Sir Anthony Blake'
_PLACE_OF = re.compile(r"\s+(?:in|at|from)\s+")  # between a speaker and where they are
_REACH = 100
# How far from a quotation any word of its speaker may stand: the reach, and a long name.
_SPEAKER_SPAN = _REACH + 400
# A full stop after an abbreviation ("Tillman Brooks & Co. analyst Marcus Oyelaran", "Dr.
# Pieter van Wyk") ends no clause nor sentence: looked behind once a full stop matched.
_ABBREVIATIONS = ("Co", "Inc", "Corp", "Ltd", "Jr", "Sr", "Dr", "St", "Mr", "Ms", "Mrs")
_NOT_ABBREVIATED = "".join(rf"(?<!\b{a}\.)" for a in _ABBREVIATIONS)
_CLAUSE_END = re.compile(rf"[,;!?:]\s|\.{_NOT_ABBREVIATED}\s|[.!?]$")
# The end of the sentence right before a quotation that opens one, and the edges of
# sentences before it (a full stop and a space, or a line break).
_ENDS_SENTENCE = re.compile(r"[.!?][\"”»]?\s+$")
_SENTENCE_EDGE = re.compile(rf"[.!?]{_NOT_ABBREVIATED}[\"”»]?\s|\n")
# A quotation that is a sentence: it ends with a full stop inside its marks.
_WHOLE_SENTENCE = re.compile(r"[.!?][\"”»’']*$")
# After the quotation: the paragraph or the next sentence begins, no speaker of its own.
_SENTENCE_AFTER = re.compile(r"\s*(?:$|\n|[A-ZА-ЯЁЄІЇҐ\"“«])")
# "Wanjiru, 27, said": the verb after an apposition set off by commas.
_LATER_VERB = re.compile(rf",[^,.;]{{1,30}},\s+(?:{_VERB})\b")


def quotes_given_to_others(
    a: Side, b: Side, quotes_a: list[Item], quotes_b: list[Item], known: KnownNames
) -> list[Found]:
    """Flags for quotations on both sides whose speakers differ, each flag on the speakers.

    A quotation that moved (it touches a change on both sides) is checked, and so is one
    left in place whose speaker changed: a speaker replaced beside it is already an
    attribution flag, but not when the new speaker also stands elsewhere in the other
    text ('"...," Fire Chief Tom Reyes said. Neighbor Linda Park said' retold as
    '"...," neighbor Linda Park said. She said').
    """
    # Only a quotation that moved, or one with a change where its speaker may stand, is
    # worth finding speakers for: that reads every name of both texts.
    both = [
        (x, y)
        for x in quotes_a
        if a.touching(max(0, x.start - _SPEAKER_SPAN), x.end + _SPEAKER_SPAN)
        for y in quotes_b
        if same_quote(x.key, y.key)
    ]
    if not both:
        return []
    speakers_a = dict(_speakers(a.text, [x for x, _ in both], known))
    speakers_b = dict(_speakers(b.text, [y for _, y in both], known))
    out = []
    for x, y in both:
        sx, sy = speakers_a.get(id(x)), speakers_b.get(id(y))
        if not sx or not sy or any(_one_speaker(n, m) for n in sx for m in sy):
            continue  # one speaker, told with a title or a body more or less
        moved = a.changes_touching(x) and b.changes_touching(y)
        if not moved and not any(a.changes_touching(n) for n in sx):
            continue  # neither the quotation nor its speaker changed here
        one, other = sx[-1], sy[-1]
        note = (
            f"quotation attributed to someone else: '{one.text}' becomes '{other.text}'"
            f" for {quoted(x)}"
        )
        out.append(flag(FlagKind.QUOTE, a, one.start, one.end, b, other.start, other.end, note))
    return out


def _one_speaker(a: Item, b: Item) -> bool:
    """Whether two speakers are one: one person, or a country and its capital ("Pristina
    says" / "Kosovo says", "Russia's Defense Ministry" / "Moscow's Defense Ministry")."""
    return _one_person(a.key, b.key) or capital_in_place_of_country(a.text, b.text)


def _one_person(a: tuple, b: tuple) -> bool:
    """Whether two names are one speaker: equivalent, or ending in the same first name and
    surname ("головнокомандувач ЗСУ Олександр Сирський" / "... Збройних сил України
    Олександр Сирський", the run holding the body)."""
    return names_equivalent(a, b) or (len(a) >= 2 and len(b) >= 2 and a[-2:] == b[-2:])


def _speakers(text: str, quotes: list[Item], known: KnownNames) -> list[tuple[int, list[Item]]]:
    """Each quotation (by id) with the names of the phrase that says it, where one does.
    Only the names around the quotations are read, not every name of the text."""
    around: list[tuple[int, int]] = []
    for q in sorted(quotes, key=lambda q: q.start):
        lo, hi = max(0, q.start - _SPEAKER_SPAN), min(len(text), q.end + _SPEAKER_SPAN)
        if around and lo <= around[-1][1]:
            around[-1] = (around[-1][0], max(hi, around[-1][1]))
        else:
            around.append((lo, hi))
    # "the Russian said": a speaker described, named before (facts_demonyms), not named
    names = [
        n for n in extract_names(Scan(text, around), known) if not told_by_nationality(text, n)
    ]
    out = []
    for q in quotes:
        speaker = _speaker(text, q, names)
        if speaker:
            out.append((id(q), [_keyed_in_full(n, names) for n in speaker]))
    return out


def _keyed_in_full(name: Item, names: list[Item]) -> Item:
    """A surname alone keyed as the full name told before it ('"...," Recean told' after
    "Prime Minister Dorin Recean"), so that it compares as that person; its span stays."""
    if len(name.key) != 1:
        return name
    surname = name.key[0]
    full = next(
        (
            n
            for n in reversed(names)
            if n.end <= name.start and len(n.key) > 1 and n.key[-1] == surname
        ),
        None,
    )
    return name._replace(key=full.key) if full is not None else name


def _speaker(text: str, q: Item, names: list[Item]) -> list[Item]:
    """The names of the clause that says ``q``: before it up to the speech verb
    ("Professor Sarah Gilbert of the University of Oxford said:"), or right after it to
    the clause's end ('," said Harlow Bank chair Sir Anthony Blake.')."""
    before = [n for n in names if q.start - _REACH <= n.end <= q.start]
    if before and (
        _PRONOUN_SAYS.search(text, before[-1].end, q.start)
        or _OTHER_SUBJECT.match(text, before[-1].end, q.start)
    ):
        # "Speaking to reporters in Dravik, she said:": she, not Dravik; "... in
        # Luxembourg, a spokesperson said, adding that": the spokesperson
        before = []
    if before and _SAYS_BEFORE.match(text[before[-1].end : q.start]):
        apposed = _apposed_speaker(text, q, names, before[-1])
        if apposed is not None:
            # "Kevin Brandauer, ... at the University of Toledo ..., said:": the bodies of
            # the apposition with him, himself last (named in a flag's note)
            inside = [n for n in before if n.start > apposed.end]
            return [*inside, apposed]
        phrase = [before[-1]]
        for n in reversed(before[:-1]):
            if _CLAUSE_BREAK.search(text, n.end, phrase[0].start):
                break
            phrase.insert(0, n)
        if not _CLAUSE_BREAK.search(text[phrase[-1].end : q.start]):
            return phrase
    # a quotation ending its sentence ('"... under lights." Cricket Australia said') has
    # no speaker after it: the next sentence begins
    after = [n for n in names if q.end <= n.start <= q.end + _REACH]
    if q.text[-1:] in "\"”»’'" and q.text[-2:-1] == ".":
        after = []
    if after and _OWNER_OF_TITLE.match(text, after[0].end):
        # '," said Reinholt's barrister, Jonathan Ferris SC': the barrister speaks, not
        # Reinholt; named after the title, or not named at all
        gap, rest = text[q.end : after[0].start], after[1:]
        if (
            _SAYS_AFTER_GAP.match(gap)
            and rest
            and _APPOSED.fullmatch(text, after[0].end, rest[0].start)
        ):
            return rest[:1]
        return []
    if after:
        gap = text[q.end : after[0].start]
        verb = (
            _VERB_AFTER.match(text, after[0].end)
            or _LATER_VERB.match(text, after[0].end)
            or _APPOSITION_VERB.match(text, after[0].end)  # "Lael Brainard, director of ..., told"
        )
        if verb and (_SAYS_AFTER_GAP.match(gap) or _TITLE_GAP.match(gap)):
            return after[:1]  # '," Santos wrote on X after Lima confirmed it': Santos only
        if _SAYS_TITLE_GAP.match(gap):
            return after[:1]
        if _SAYS_AFTER_GAP.match(gap) and _VERB_BEFORE.search(gap):
            return _in_clause(text, after)
    return _continued(text, q, names) or _told_before(text, q, names)


def _apposed_speaker(text: str, q: Item, names: list[Item], last: Item) -> Item | None:
    """The name whose apposition, set off by commas, runs past ``last`` to the verb that
    says ``q`` ("Kevin Brandauer, a former agent who teaches at the University of Toledo,
    said:"): the speaker, not the body named inside the apposition."""
    for n in names:
        if n.end >= last.start or q.start - n.end > _SPEAKER_SPAN:
            continue
        m = _APPOSITION_VERB.match(text, n.end)
        if (
            m is not None
            and m.end() > last.end
            and _SAYS_AFTER_VERB.fullmatch(text, m.end(), q.start)
        ):
            return n
    return None


def _told_before(text: str, q: Item, names: list[Item]) -> list[Item]:
    """The speaker a pronoun points back to ('"...," he told reporters.', 'She added:
    "..."'): the one named saying something in the sentence before, in the same paragraph."""
    lo = max(0, q.start - _SPEAKER_SPAN)
    edges = [m.end() for m in _SENTENCE_EDGE.finditer(text, lo, q.start)]
    if not edges or not (
        _PRONOUN_AFTER.match(text, q.end) or _PRONOUN_OPENS.fullmatch(text, edges[-1], q.start)
    ):
        return []
    start, prev = edges[-1], edges[-2] if len(edges) > 1 else lo
    if "\n" in text[prev:start]:
        return []  # the sentence before stands in another paragraph
    sentence = [n for n in names if prev <= n.start and n.end <= start]
    for n in reversed(sentence):
        said = _SAID_TITLED.search(text, max(0, n.start - 60), n.start)
        if said is not None and text[n.end : start].strip() in ("", "."):
            # "..., said chief medical officer Dr. Samuel Okonjo." ending the sentence, but
            # "Fiona Lennox told MSPs": the name before the verb is who speaks
            subject = next((o for o in sentence if 0 <= said.start() - o.end <= 1), None)
            return [subject or n]
    for n in reversed(sentence):
        if (
            _VERB_AFTER.match(text, n.end)
            # "Italy's minister, Lorenzo Bellandi, said", not "in Luxembourg, told reporters"
            or (text[max(0, n.start - 2) : n.start] == ", " and _SET_OFF_VERB.match(text, n.end))
            or _LATER_VERB.match(text, n.end)
            or _APPOSITION_VERB.match(text, n.end)
        ):
            return [n]
    # the name opening the sentence, its subject, when a speech verb follows in it
    # ("Dlamini called the results remarkable but said ..."), not a title's owner
    first = sentence[0] if sentence else None
    if (
        first is not None
        and not text[prev : first.start].strip()
        and not _OWNER_OF_TITLE.match(text, first.end)
        and _ANY_VERB.search(text, first.end, start)
    ):
        return [first]
    return []


def _in_clause(text: str, names: list[Item]) -> list[Item]:
    """The first of ``names`` and those after it in its clause, the speaker's phrase after
    a verb ('," said Harlow Bank chair Sir Anthony Blake, who ...')."""
    end = _CLAUSE_END.search(text, names[0].end)
    stop = end.start() if end is not None else len(text)
    return [n for n in names if n.start < stop]


def _continued(text: str, q: Item, names: list[Item]) -> list[Item]:
    """The speaker of the sentence before a quotation that is a sentence of its own, when
    that sentence says who speaks: '"...," said Sisson. "The crowd carried me the last
    mile."' and 'Wanjiru, 27, said after the race. "The crowd ..."' go on quoting them."""
    end = _ENDS_SENTENCE.search(text, max(0, q.start - 6), q.start)
    if end is None or not _WHOLE_SENTENCE.search(q.text) or not _SENTENCE_AFTER.match(text, q.end):
        return []
    lo = max(0, q.start - _SPEAKER_SPAN)
    edges = [m.end() for m in _SENTENCE_EDGE.finditer(text, lo, end.start())]
    start = edges[-1] if edges else lo
    sentence = [n for n in names if start <= n.start and n.end <= end.start()]
    for k, n in reversed(list(enumerate(sentence))):
        if _VERB_AFTER.match(text, n.end) or _LATER_VERB.match(text, n.end):
            if k and _PLACE_OF.fullmatch(text, sentence[k - 1].end, n.start):
                return [sentence[k - 1]]  # "analyst Aiko Shimada in Tokyo said": not Tokyo
            return [n]
        if _VERB_BEFORE.search(text, max(0, n.start - 12), n.start):
            if _PRONOUN_SUBJECT.search(text, max(0, n.start - 20), n.start):
                return []  # "He told Parliament": told by him, not by Parliament
            if k and _NAME_SAYS.fullmatch(text, sentence[k - 1].end, n.start):
                return [sentence[k - 1]]  # "Ms Lennox told MSPs": Lennox, not the MSPs
            return _in_clause(text, sentence[k:])  # 'said Teravian minister Oumar Halleck,'
    return []
