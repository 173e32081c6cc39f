"""Name words folded for comparison: accents, transliterations, stems and their endings."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from viewer.engine.facts_cyrillic import cyrillic_stem

__all__ = ["fold", "name_stems", "stems_agree"]


@lru_cache(maxsize=8192)
def name_stems(key: tuple) -> frozenset[str]:
    """A name's words by their first five folded letters: "Russia" and "Russian" are one."""
    return frozenset(fold(t)[:5] for t in key)


@lru_cache(maxsize=8192)
def fold(word: str) -> str:
    """A word with accents and the usual ways of spelling Ukrainian and Russian names folded.

    "Erdoğan" is "Erdogan", "Odesa" "Odessa", "Shmyhal" "Shmygal", "Ihor" "Igor",
    "Syniehubov" "Sinegubov", "Klitschko" "Klichko", "Serhiy" "Sergey", "Wolodymyr"
    "Volodymyr": outlets transliterate differently. A name in Cyrillic loses its case
    ending: "Ірини" is "Ірина".
    """
    plain = "".join(
        c
        for c in unicodedata.normalize("NFKD", cyrillic_stem(word).translate(_UNDECOMPOSED))
        if not unicodedata.combining(c)
    )
    for old, new in _TRANSLITERATION:
        plain = plain.replace(old, new)
    return _DOUBLED.sub(r"\1", _ENDING.sub("i", plain))


# Letters with no accent to strip: "Kłodzko" is "Klodzko", "Ørsted" "Orsted".
_UNDECOMPOSED = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"}
)
# German spellings too: "Wolodymyr Gryschtschenko" is "Volodymyr Hryshchenko", "Selenskyj"
# "Zelenskyy", "Ismail" "Izmail"; and Arabic and Persian ones.
_TRANSLITERATION = (
    ("gh", "q"),  # Arabic and Persian: "Araghchi" is "Araqchi", "Qassem" "Kassem",
    ("q", "k"),  # "Khan Younis" "Khan Yunis"
    ("ou", "u"),
    ("tsch", "ch"),
    ("sch", "sh"),
    ("kh", "h"),
    ("w", "v"),
    ("z", "s"),
    ("j", "i"),
    ("y", "i"),
    ("ie", "e"),
    ("h", "g"),
)
_DOUBLED = re.compile(r"(.)\1")
_ENDING = re.compile(r"ei$")  # "Sergei", "Sergey" and "Serhiy" end alike ("Andrei", "Andriy")


# What a Latin name word may end in where a word of the same stem goes on: a place and its
# people ("Ukraine" / "Ukrainian", "Mexico" / "Mexican", "Belgium" / "Belgian"; "Russia" /
# "Russian" goes on with nothing dropped). Folded spelling: "y" is "i".
_PLACE_ENDINGS = frozenset({"a", "e", "i", "o", "um"})


def stems_agree(short: tuple, long: tuple) -> bool:
    """Whether every Latin word of ``short`` is a form of the word of ``long`` it shares its
    stem with, not another word that begins alike: "Russia" is the "Russian" of the
    "Russian Foreign Ministry", "Medicaid" is no "Vantor Medical" and "Johnson" no
    "Johnston", though their first five letters agree."""
    folded = [fold(w) for w in long]
    for word in short:
        x = fold(word)
        if not x.isascii():
            continue  # Cyrillic words are stemmed by their case endings (cyrillic_stem)
        mates = [y for y in folded if y[:5] == x[:5] and y.isascii()]
        if mates and not any(_forms_agree(x, y) for y in mates):
            return False
    return True


def _forms_agree(x: str, y: str) -> bool:
    """Whether two folded words of one stem are one word's forms: one goes on where the
    other stops, or what one has after their common start is a place's ending."""
    common = next(
        (i for i, (c, d) in enumerate(zip(x, y, strict=False)) if c != d), min(len(x), len(y))
    )
    return any(not rest or rest in _PLACE_ENDINGS for rest in (x[common:], y[common:]))
