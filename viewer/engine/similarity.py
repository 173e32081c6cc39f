"""Lexical similarity of text units: stemmed terms, TF-IDF weights, cosine and containment.

Light on purpose (no model, no network): outlets rewrite and translate the same facts,
so stems of content words carry most of the signal; IDF computed over both articles
makes a shared name or number count for more than a shared "said".
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

import Stemmer

# A decimal or grouped number is one term ("0.6", "$1.2380", "1,500"), and "%" is
# "percent": "Sterling fell 0.6 percent to $1.2380" and "The pound dropped 0.6% to
# $1.2380" share their figures.
_TERM = re.compile(r"(?:[A-Z]\.){2,}|\d+(?:[.,]\d+)+|%|\w+(?:['’]\w+)?", re.UNICODE)

_PREFIX = 5
_EN = Stemmer.Stemmer("english")
_RU = Stemmer.Stemmer("russian")

# Function words of English, Ukrainian and Russian; IDF weighting handles the rest.
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers him his how i if in into is
    it its itself just me more most my no nor not now of off on once only or other our out
    over own same she should so some such than that the their them then there these they
    this those through to too under until up very was we were what when where which while
    who whom why will with would you your said says say told according reported reports
    і й та в у на з із до що як це не за від по для але чи ж же б би ще так які який яка
    и в во на с со к по за из от до что как это не но для же бы ли или""".split()
)

# Counts written in words are the same terms as in digits: "Fourteen aftershocks" and
# "14 aftershocks" share their number.
_NUMBER_WORDS = {
    w: str(n)
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
        " fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {
    w: str(10 * n)
    for n, w in enumerate("thirty forty fifty sixty seventy eighty ninety".split(), 3)
}

__all__ = ["STOPWORDS", "TermVector", "containment", "cosine", "terms", "weigh"]

TermVector = dict[str, float]


_TERM_OF: dict[str, str | None] = {}  # word -> its term, None for a function word
_CACHE_LIMIT = 500_000


def _term_of(word: str) -> str | None:
    if word == "%":
        return "perce"  # the stem of "percent"
    if word[:1].isdigit():
        return word.replace(",", "").replace(".", "")  # "1,500" is "1500"
    word = word.replace(".", "")
    if len(word) < 2 or word.lower() in STOPWORDS:
        return None
    if word.isupper():
        return word  # acronyms: US is not "us"
    low = word.lower()
    if low in _NUMBER_WORDS:
        return _NUMBER_WORDS[low]
    stem = _EN.stemWord(low) if low.isascii() else _RU.stemWord(low)
    # Truncated stems join variants a stemmer keeps apart (adviser/advisor,
    # negotiation/negotiator): a cheap, language-neutral gain in recall.
    return stem[:_PREFIX]


def terms(text: str) -> list[str]:
    """Stemmed content terms of a text, in order, without function words.

    >>> terms("The U.S. talks were held in Geneva")
    ['US', 'talk', 'held', 'genev']
    """
    cache = _TERM_OF
    if len(cache) > _CACHE_LIMIT:
        cache.clear()
    out = []
    for word in _TERM.findall(text):
        term = cache.get(word, "")
        if term == "":
            term = cache[word] = _term_of(word)
        if term is not None:
            out.append(term)
    return out


def document_frequencies(units: Iterable[Sequence[str]]) -> tuple[Counter[str], int]:
    """How many units contain each term, and the number of units."""
    df: Counter[str] = Counter()
    n = 0
    for unit in units:
        df.update(set(unit))
        n += 1
    return df, n


def inverse_frequencies(df: Counter[str], n: int) -> dict[str, float]:
    """IDF of every term, computed once per comparison rather than once per occurrence."""
    return {t: math.log((n + 1) / (d + 0.5)) for t, d in df.items()}


def weigh(unit: Sequence[str], idf: dict[str, float]) -> TermVector:
    """TF-IDF vector of one unit, L2-normalised so a dot product is a cosine."""
    counts = Counter(unit)
    vec = {t: (idf[t] if c == 1 else (1.0 + math.log(c)) * idf[t]) for t, c in counts.items()}
    norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
    return {t: w / norm for t, w in vec.items()}


def cosine(a: TermVector, b: TermVector) -> float:
    """Cosine of two normalised vectors.

    The shared terms come from a set intersection (C speed) in hash order; ``fsum`` adds
    exactly, so the result never depends on that order or on the hash seed.
    """
    return math.fsum(a[t] * b[t] for t in a.keys() & b.keys())


def containment(part: TermVector, whole: TermVector) -> float:
    """Share of ``part``'s weight whose terms also occur in ``whole`` (1.0: all of it).

    Asymmetric on purpose: a paragraph split off a longer one is contained in it even
    when their cosine is modest.
    """
    total = sum(w * w for w in part.values())
    if not total:
        return 0.0
    return math.fsum(part[t] * part[t] for t in part.keys() & whole.keys()) / total
