"""Who says a claim in Ukrainian and Russian: a source after "за словами", a speaker by "заявив".

Ukrainian and Russian put the source after the words that introduce it: "за словами
міністра енергетики" (according to the energy minister), "як повідомили в поліції" (as
the police reported), "по данным НБУ". The source is the few words after the introducer,
up to a punctuation mark; its key is a name key of those words, which names_equivalent
compares without case endings ("міністра енергетики" is "міністр енергетики"), so "за
словами міністра" retold as "за словами речника міністерства" is a source changed.
"""

from __future__ import annotations

import re

from viewer.engine.facts_cyrillic import (
    CYRILLIC_LETTERS,
    CYRILLIC_NUMBER_WORDS,
    CYRILLIC_SOURCE_HEADS,
    CYRILLIC_SPEECH_VERBS,
    cyrillic_stem,
)
from viewer.engine.facts_cyrillic_times import (
    CYRILLIC_TIMES,
)
from viewer.engine.facts_lexicon import UNITS_SMALL, alternation, first_words
from viewer.engine.facts_numbers import Item
from viewer.engine.facts_scan import Anchors, Folded, Scan, Touching
from viewer.engine.facts_source_phrase import NAMED_BEFORE_BARE
from viewer.engine.model import FlagKind

__all__ = ["cyrillic_sources", "cyrillic_sources_touch", "cyrillic_speakers"]

_INTRODUCERS = (
    # Ukrainian: "according to", "as reported in", "as ... said in"
    "за словами",
    "за даними",
    "за інформацією",
    "за оцінками",
    "за оцінкою",
    "як повідомили в",
    "як повідомили у",
    "повідомили в",
    "повідомили у",
    "як повідомляє",
    "повідомляє",
    "як зазначили в",
    "як зазначили у",
    "зазначили в",
    "зазначили у",
    "як заявили в",
    "як заявили у",
    "заявили в",
    "заявили у",
    "розповіли в",
    "розповіли у",
    "із посиланням на",  # "citing": "пише FT із посиланням на західних посадовців"
    "з посиланням на",
    "посилаючись на",
    # Russian
    "по словам",
    "по данным",
    "по информации",
    "по оценкам",
    "по оценке",
    "как сообщили в",
    "сообщили в",
    "как сообщает",
    "сообщает",
    "как заявили в",
    "заявили в",
    "рассказали в",
    "со ссылкой на",
    "ссылаясь на",
    # "as a statement of ... says": "говорится в сообщении прокуратуры", "йдеться у заяві"
    "говорится в сообщении",
    "говорится в заявлении",
    "йдеться в повідомленні",
    "йдеться у повідомленні",
    "йдеться в заяві",
    "йдеться у заяві",
)
# Any plural speech verb before "в" or "у" places its source in a body: "пояснили в
# пресс-службе суда", "наголосили в Міноборони".
_PLACING_VERBS = """
    заявили сказали повідомили зазначили наголосили розповіли додали пояснили підкреслили
    запевнили уточнили сообщили отметили подчеркнули рассказали добавили заверили
""".split()
_PLACING = tuple(f"{v} {p}" for v in _PLACING_VERBS for p in ("в", "у", "во"))
# An introducer and up to six words after it: the source, cut at the first punctuation
# mark or the first word of what was said (``_source``): "за словами начальника Харківської
# ОВА Олега Синєгубова".
_INTRO = Folded.of(
    rf"(?<!\w)(?:{alternation(set(_INTRODUCERS) | set(_PLACING))})"
    r"(?P<source>[ \u00a0]+[\w’'-]+(?:[ \u00a0]+[\w’'-]+){0,5})"
)
_ANCHORS = Anchors(starts=first_words((*_INTRODUCERS, *_PLACING)))
_STOP = re.compile(r"[.,;:!?«»\"“”()\n]")
_WORD = re.compile(r"[\w’'-]+")
# Words that end a source phrase: what was said follows ("за словами міністра, що ..."),
# or where and when ("повідомили в ДСНС у неділю").
_NOT_SOURCE = frozenset(
    "що як і й та а але на до від з із для про після під час який яка які це у в "
    "что и но от с из о после который которая это во".split()
)
# "в" or "у" before a capitalised word places the source in a body: "источника в
# Росавиации", "джерела у Міноборони"; before a lower-case one it says where or when.
_IN = frozenset({"в", "у", "во"})
_REACH = 80  # characters: the longest introducer with its source
# A speaker's verb (CYRILLIC_SPEECH_VERBS) names the speaker after it, after at most
# three lower-case words of title ("заявив міністр енергетики Ігор Рудницький"), or a full
# name right before it. Plural verbs say who spoke only with a source word beside them
# ("повідомили джерела"); before "в" they introduce a body (_PLACING).
_PLURAL_VERBS = frozenset(_PLACING_VERBS)
_VERB = Folded.of(rf"(?<!\w)(?:{alternation(CYRILLIC_SPEECH_VERBS | _PLURAL_VERBS)})(?!\w)")
_VERB_ANCHORS = Anchors(starts=CYRILLIC_SPEECH_VERBS | _PLURAL_VERBS)
# Words that may stand between a verb and a source word, or before the source word:
# possessives ("його адвокат"), counts ("два джерела") and the "of" of "одне з джерел".
_POSSESSIVES = frozenset("його її їхній їхні їх его ее её их свій свои".split())
_BESIDE_HEAD = (
    _POSSESSIVES
    | frozenset(
        "з із из агентству виданню журналістам изданию журналистам".split()
    )  # "повідомили агентству"
    | frozenset(CYRILLIC_NUMBER_WORDS)
)
# A lower-case adjective before a source word, by its ending ("місцеві", "обласного").
_ADJECTIVE = re.compile(
    rf"[{CYRILLIC_LETTERS}’'-]+(?:ий|ій|ої|ого|ому|их|ими|і|ые|ие|ый|ой|ая|яя|ое|ее|ых)"
)
_TITLE = re.compile(rf"[ \u00a0]+(?:[{CYRILLIC_LETTERS}][\w’'-]*[ \u00a0]+){{0,3}}")
_SPEAKER_REACH = 90  # characters: a verb, three words of title and a name
# The outlet a source told, between the verb and the source: "сообщил «Интерфаксу»
# источник", "рассказал ТАСС источник".
_OUTLET = re.compile(
    r"[ \u00a0]+(?:«[^»]{1,40}»|\"[^\"]{1,40}\"|“[^”]{1,40}”"
    r"|[A-ZА-ЯЁЄІЇҐ][\w’'-]*(?=[ \u00a0]+[а-яёєіїґ]))"
)
# Where a source sits: "источник в силовых структурах", "джерело в уряді" (not when: "в
# понедельник").
_AFFILIATION = re.compile(r"[ \u00a0]+(?:в|у|во)[ \u00a0]+([\w’'-]+(?:[ \u00a0]+[\w’'-]+){0,2})")
_WHEN = frozenset(CYRILLIC_TIMES)
_SPACES_BEFORE = re.compile(r"[ \u00a0]+$")


def cyrillic_sources(scan: Scan) -> list[Item]:
    """Sources named after an introducer, each an attribution with a name key."""
    if not scan.has_cyrillic():
        return []
    out, text = [], scan.text
    for m in scan.finditer(_INTRO, _ANCHORS):
        source = _source(text, m.start("source"), m.end("source"))
        if source is not None:
            out.append(_introduced(text, *source))
    return out


# Source words by their stems: "по словам прокурора" names the "прокурор" a speech verb
# names ("сказал прокурор").
_HEAD_STEMS = {cyrillic_stem(w): c for w, c in CYRILLIC_SOURCE_HEADS.items()}
# A body in the genitive right after a source word: "представитель прокуратуры".
_GENITIVE = re.compile(
    rf"[ \u00a0]+([{CYRILLIC_LETTERS}’'-]+(?:ы|и|і|ї|а|я|у|ю|ів|ов|ей|ої|ого|ього|его))(?![\w’'-])",
    re.IGNORECASE,
)


def _introduced(text: str, start: int, end: int) -> Item:
    """The source after an introducer: a person's source word in any case, with the stems
    of the lower-case words after it ("по словам представителя прокуратуры": a
    representative, "прокуратур"), keyed as a speech verb's source word is; else a body or
    a named person, keyed by its words ("за даними поліції", "за словами речника
    Повітряних сил Юрія Ігната")."""
    words = list(_WORD.finditer(text, start, end))
    head = _HEAD_STEMS.get(cyrillic_stem(words[0].group().lower())) if words else None
    if head is None or head in NAMED_BEFORE_BARE or not all(w.group().islower() for w in words):
        return _body_source(text, start, end)  # a body, or a person with a name or a body
    rest = frozenset(cyrillic_stem(w.group().lower()) for w in words[1:] if w.group() not in _IN)
    return Item(
        FlagKind.ATTRIBUTION, start, end, text[start:end], ("source", None, head, rest, False)
    )


def cyrillic_speakers(scan: Scan, names: list[Item]) -> list[Item]:
    """Speakers by a speech verb: a name, with the name's key, or a source word without a
    name ("заявив прокурор", "два джерела повідомили"), keyed as an English source phrase
    ("two sources") is."""
    if not scan.has_cyrillic():
        return []
    text, out = scan.text, []
    by_start, by_end = {n.start: n for n in names}, {n.end: n for n in names}
    for m in scan.finditer(_VERB, _VERB_ANCHORS):
        if m.group() in _PLURAL_VERBS:
            source = _source_word(text, m.start(), m.end()) or _told_outlet_in(text, m.end())
            if source is None:  # "Повітряні сили повідомили": a body named right before
                gap = _SPACES_BEFORE.search(text, max(0, m.start() - 8), m.start())
                body = by_end.get(gap.start() if gap is not None else m.start())
                if body is not None and len(body.key) >= 2:
                    source = Item(
                        FlagKind.ATTRIBUTION,
                        body.start,
                        body.end,
                        body.text,
                        ("name", body.key, frozenset[str]()),
                    )
            if source is not None:
                out.append(source)
            continue
        if _OUTLET.match(text, m.end()) and (told := _source_word(text, m.start(), m.end())):
            out.append(told)  # "сообщил РБК источник": the source told the outlet
            continue
        title = _TITLE.match(text, m.end())
        # "повідомило джерело в НАБУ": a source in the body, not the body
        titled = title is not None and not _has_source_word(title.group())
        name = by_start.get(title.end()) if title is not None and titled else None
        if name is None:  # "Ігор Рудницький заявив": a full name right before the verb
            gap = _SPACES_BEFORE.search(text, max(0, m.start() - 8), m.start())
            before = by_end.get(gap.start() if gap is not None else m.start())
            name = before if before is not None and len(before.key) >= 2 else None
        if name is not None:
            key = ("name", name.key, frozenset[str]())
            out.append(Item(FlagKind.ATTRIBUTION, name.start, name.end, name.text, key))
        elif (source := _source_word(text, m.start(), m.end())) is not None:
            out.append(source)
    return out


def _has_source_word(words: str) -> bool:
    return not CYRILLIC_SOURCE_HEADS.keys().isdisjoint(w.lower() for w in _WORD.findall(words))


def _source_word(text: str, verb_start: int, verb_end: int) -> Item | None:
    """A source word right after the verb ("заявив його адвокат") or right before it
    ("два джерела повідомили"), a count or possessive beside it, in one clause."""
    outlet = _OUTLET.match(text, verb_end)
    if outlet is not None:
        verb_end = outlet.end()
    after = [m for m in _WORD.finditer(text, verb_end, min(len(text), verb_end + 40))][:3]
    after = _clause(text, verb_end, after)
    for i, w in enumerate(after):
        low = w.group().lower()
        if low in CYRILLIC_SOURCE_HEADS:
            return _source_item(text, after[:i], w)
        if low not in _BESIDE_HEAD and not (
            (w.group().islower() and _ADJECTIVE.fullmatch(low)) or (i and w.group()[0].isupper())
        ):
            break  # "розповіли місцеві мешканці", "заявили опрошенные Интерфаксом аналитики"
    before = [m for m in _WORD.finditer(text, max(0, verb_start - 40), verb_start)][-3:]
    before = before[::-1]
    if before and not text[before[0].end() : verb_start].strip():
        head = before[0]
        if head.group().lower() in CYRILLIC_SOURCE_HEADS:
            mods = [w for w in before[1:] if w.group().lower() in _BESIDE_HEAD][:1]
            return _source_item(text, mods, head)
    placed = _PLACED_BEFORE.search(text, max(0, verb_start - 60), verb_start)
    if placed is not None:  # "У Європарламенті заявили": a body named before the verb
        return _body_source(text, *placed.span("body"))
    return None


def _told_outlet_in(text: str, verb_end: int) -> Item | None:
    """The body a plural verb places its source in past the outlet it told ("сообщили
    РБК в пресс-службе министерства"); without an outlet, "сообщили в" introduces it."""
    outlet = _OUTLET.match(text, verb_end)
    if outlet is None:
        return None
    start, end, where = _affiliation(text, outlet.end())
    return _body_source(text, start, end) if where else None


def _body_source(text: str, start: int, end: int) -> Item:
    """The source ``start:end`` keyed by its words as a name, "в" and "у" left out (they
    alternate by sound: "джерела у Міноборони" is "джерела в Міноборони")."""
    words = (w.lower() for w in _WORD.findall(text, start, end))
    key = ("name", tuple(w for w in words if w not in _IN), frozenset[str]())
    return Item(FlagKind.ATTRIBUTION, start, end, text[start:end], key)


# "в" or "у" opening a clause, then a capitalised body, right before a plural verb.
_PLACED_BEFORE = re.compile(
    r"(?:^|\n|[.!?]\s+|,\s+)[ВвУу]\s+(?P<body>[А-ЯЁЄІЇҐ][\w’'-]*(?:\s+[\w’'-]+){0,2}?)\s+$"
)


def _clause(text: str, at: int, words: list[re.Match[str]]) -> list[re.Match[str]]:
    """The words up to the first punctuation mark between them."""
    kept: list[re.Match[str]] = []
    for w in words:
        if _STOP.search(text, at, w.start()):
            break
        kept.append(w)
        at = w.end()
    return kept


def _source_item(text: str, beside: list[re.Match[str]], head: re.Match[str]) -> Item:
    count: int | None = None
    for w in beside:
        english = CYRILLIC_NUMBER_WORDS.get(w.group().lower())
        if english in UNITS_SMALL:
            count = UNITS_SMALL[english]
    start = min([head.start()] + [w.start() for w in beside])
    _, end, where = _affiliation(text, head.end())
    of = _GENITIVE.match(text, head.end()) if not where else None
    if of is not None and of.group(1).islower() and of.group(1) not in _NOT_SOURCE | _WHEN:
        end, where = of.end(), frozenset({cyrillic_stem(of.group(1).lower())})
    # "їхні представники", "его адвокат": the ones of someone named before, pointing back
    owned = any(w.group().lower() in _POSSESSIVES for w in beside)
    key: tuple[object, ...] = (
        "source",
        count,
        CYRILLIC_SOURCE_HEADS[head.group().lower()],
        where,
        owned,
    )
    return Item(FlagKind.ATTRIBUTION, start, end, text[start:end], key)


def _affiliation(text: str, at: int) -> tuple[int, int, frozenset[str]]:
    """Where the body a source phrase ending at ``at`` sits in starts and ends, with the
    stems of its words ("источник в правительстве": "правит"), if "в" or "у" names one;
    else ``at``, ``at`` and none."""
    m = _AFFILIATION.match(text, at)
    if m is None:
        return at, at, frozenset()
    words = _clause(text, m.start(1), list(_WORD.finditer(text, m.start(1), m.end(1))))
    kept = []
    for w in words:
        if w.group().lower() in _NOT_SOURCE:
            break
        kept.append(w)
    if not kept or kept[0].group().lower() in _WHEN:
        return at, at, frozenset()
    return (
        kept[0].start(),
        kept[-1].end(),
        frozenset(cyrillic_stem(w.group().lower()) for w in kept),
    )


def cyrillic_sources_touch(scan: Scan, touching: Touching) -> bool:
    """Whether a source after an introducer, or a speaker by a verb, may touch a change
    (never a wrong no)."""
    if not scan.has_cyrillic():
        return False
    if scan.touches(_INTRO, _ANCHORS, touching, _REACH):
        return True
    return any(touching(max(0, v - 40), v + _SPEAKER_REACH) for v in scan.candidates(_VERB_ANCHORS))


def _source(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the source words among the words after an introducer."""
    stop = _STOP.search(text, start, end)
    end = stop.start() if stop is not None else end
    words = list(_WORD.finditer(text, start, end))
    kept: list[re.Match[str]] = []
    for k, w in enumerate(words):
        low = w.group().lower()
        if low in _IN and kept and k + 1 < len(words) and words[k + 1].group()[:1].isupper():
            kept.append(w)  # "источника в Росавиации": a source inside a body
            continue
        if low in _NOT_SOURCE:
            break
        kept.append(w)
    if not kept or kept[0].group().lower() in _WHEN:
        return None  # "заявили во вторник": when, no source
    return kept[0].start(), kept[-1].end()
