"""Where the name of a Ukrainian or Russian body ends: they capitalise only its first word.

"Міністерство енергетики" and "Служба безпеки" open with the body's noun, and the words
after it say which body it is. "Антимонопольний комітет", "Державна податкова служба" and
"Тверской районный суд" open with an adjective, and the body's noun follows in lower case.
Read as a capitalised run alone, each would be "Міністерство" or "Антимонопольний", and
one body replaced by another ("Антимонопольний комітет" / "Державна податкова служба")
would be no name change at all.
"""

from __future__ import annotations

import re

from viewer.engine.facts_cyrillic import CYRILLIC_BODY_STEMS

__all__ = ["adjective_body", "body_noun_at", "with_body_words"]

# After such a word, the words that say which body it is (genitive nouns and adjectives)
# belong to its name; a verb never does ("Міністерство повідомило").
_BODY_NAME = re.compile(rf"(?:{'|'.join(w.capitalize() for w in CYRILLIC_BODY_STEMS)})[а-яіїєґё]*")
_WHICH_BODY = re.compile(
    r"[ \u00a0]([а-яіїєґё’'-]+(?:и|і|ї|ів|их|ого|ої|ей|ов|ых|ой|ы|ю|я|у))(?![\w’'-])"
)
_NOT_WHICH = re.compile(r"(?:ли|ло|ла|ти|ть|ся|сь)$")  # verbs: "заявило", "діяти", "закрилася"
# Times are no part of a name: "Національний банк минулого тижня", "в прошлом году".
_TIME_WORD = re.compile(
    r"(?:минул|наступн|цього|того|прошл|следующ|этого|тижн|недел|місяц|месяц|рок|год|дн)"
)

# A capitalised adjective, in any case and gender ("Державна", "Державної", "Тверской").
_ADJECTIVE = re.compile(  # "Санкт-Петербургская" too
    r"[А-ЯЁІЇЄҐ][а-яёіїєґА-ЯЁІЇЄҐ’'-]+?(?:ий|ій|ый|ой|ая|яя|ое|ее|ые|ие|а|я|е|і|ого|его|ої|ей|ому"
    r"|ему|ым|им|их|ых|ою|ую|юю|у)"
)
# Lower-case adjectives between it and the body's noun ("податкова", "районный").
_LOWER_ADJECTIVE = re.compile(
    r"[ \u00a0][а-яёіїєґ’'-]+(?:ий|ій|ый|ой|ая|ое|ые|ие|а|е|і|ого|ої|ей|ому|ым|им|их|ых|ою|ую|у)"
    r"(?![\w’'-])"
)
# The nouns of bodies, by their stems, with a case ending at most (not "банкір", "фондова",
# "судно"): committee, service, court, bank, exchange, forces, council, fund, agency, and
# the like, down to parties and unions.
_BODY_NOUN = re.compile(
    r"[ \u00a0](?:комітет|комитет|служб|суд|банк|бірж|бирж|сил|рад|совет|фонд|агентств"
    r"|інспекці|инспекци|палат|прокуратур|поліці|полици|гварді|гварди|комісі|комисси"
    r"|департамент|депозитари|бюро|дум|центр|інститут|институт|компані|компани|корпораці"
    r"|корпораци|університет|университет|академі|академи|управлінн|управлени|міністерств"
    r"|министерств|адміністраці|администраци|парті|парти|асоціаці|ассоциаци|спілк|союз)"
    r"(?:а|я|и|і|ї|у|ю|е|о|ы|й|ом|ою|ой|ей|єю|ів|ов|ам|ами|ах)?(?![\w’'-])"
)


# Words that look like adjectives but name no body: determiners and the commonest
# adjectives ("Ця служба", "Нова служба", "Местный суд").
_NOT_NAMING = frozenset(
    "ця цей ці це та ті той эта этот эти это те вся весь всі все усі уся інша інший інші "
    "другая другой другие кожна кожний каждая каждый наша наш наші наши нова новий нові "
    "новая новый новые перша перший первая первый місцева місцевий местная местный "
    "районна районний районная районный міська міський городская городской".split()
)


def with_body_words(text: str, start: int, end: int) -> int:
    """Where a capitalised run ``start:end`` ends once a body's name in Ukrainian or Russian
    takes the words after it: up to two that say which body a capitalised body's noun is
    ("Міністерство енергетики", "Служба безпеки"), or the lower-case adjectives and the
    noun after a capitalised adjective ("Державна податкова служба"), and then the words
    saying which ("Державна служба статистики"). Any other run ends where it did."""
    if not _BODY_NAME.fullmatch(text, start, end):
        if not _ADJECTIVE.fullmatch(text, start, end) or text[start:end].lower() in _NOT_NAMING:
            return end
        noun = _adjective_noun(text, end)
        if noun is None:
            return end
        end = noun
    for _ in range(2):
        word = _WHICH_BODY.match(text, end)
        if word is None or _NOT_WHICH.search(word.group(1)) or _TIME_WORD.match(word.group(1)):
            break
        end = word.end()
    return end


def _adjective_noun(text: str, at: int) -> int | None:
    """Where the body's noun ends after a capitalised adjective ending at ``at``, past at
    most two lower-case adjectives; None if no body's noun follows."""
    for _ in range(3):
        noun = _BODY_NOUN.match(text, at)
        if noun is not None:
            return noun.end()
        adjective = _LOWER_ADJECTIVE.match(text, at)
        if adjective is None:
            return None
        at = adjective.end()
    return None


def body_noun_at(text: str, at: int) -> bool:
    """Whether a body's noun follows ``at`` ("... податкова| служба"): a change right
    before it on both sides swapped the adjective that says which body it is."""
    return _BODY_NOUN.match(text, at) is not None


def adjective_body(frag: str) -> bool:
    """Whether a run is a body named by a capitalised adjective and its noun ("Антимонопольний
    комітет"): a name even where it opens a sentence, as its lower-case noun shows."""
    first = frag.split(None, 1)[0]
    return (
        " " in frag
        and _ADJECTIVE.fullmatch(first) is not None
        and first.lower() not in _NOT_NAMING
        and _adjective_noun(frag, len(first)) is not None
    )
