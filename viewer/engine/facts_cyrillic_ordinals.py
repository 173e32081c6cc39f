"""Ukrainian and Russian ordinals in words ("третя атака": "the third attack"), table, pattern."""

from __future__ import annotations

from viewer.engine.facts_lexicon import alternation

__all__ = ["CYRILLIC_ORDINAL_PATTERN", "CYRILLIC_ORDINAL_WORDS"]

# Ordinals in Ukrainian and Russian, by stem and declension: "третя атака" is "the third
# attack" ("3-тя атака"), "двадцять четвертого туру" the 24th round. Ukrainian "друг-"
# gives only forms Russian does not use for "other" ("другой", "другие").
_UK_HARD = "ий а е ого ому им ої ій у і их ими ою"
_UK_SOFT = "ій я є ього ьому ім ьої ю і іх іми ьою"
_RU_HARD = "ый ой ая ое ого ому ым ом ую ые ых ыми"
_RU_SOFT = "ий ья ье ьего ьему ьим ьей ью ьи ьих ьими"
_ORDINAL_STEMS = {
    "first": ("перш", "перв"),
    "second": ("втор",),
    "third": (),
    "fourth": ("четверт", "четвёрт"),
    "fifth": ("п'ят", "п’ят", "пят"),
    "sixth": ("шост", "шест"),
    "seventh": ("сьом", "седьм"),
    "eighth": ("восьм",),
    "ninth": ("дев'ят", "дев’ят", "девят"),
    "tenth": ("десят",),
    "eleventh": ("одинадцят", "одиннадцат"),
    "twelfth": ("дванадцят", "двенадцат"),
    "thirteenth": ("тринадцят", "тринадцат"),
    "fourteenth": ("чотирнадцят", "четырнадцат"),
    "fifteenth": ("п'ятнадцят", "п’ятнадцят", "пятнадцат"),
    "sixteenth": ("шістнадцят", "шестнадцат"),
    "seventeenth": ("сімнадцят", "семнадцат"),
    "eighteenth": ("вісімнадцят", "восемнадцат"),
    "nineteenth": ("дев'ятнадцят", "дев’ятнадцят", "девятнадцат"),
    "twentieth": ("двадцят", "двадцат"),
    "thirtieth": ("тридцят", "тридцат"),
}
CYRILLIC_ORDINAL_WORDS = (
    {
        stem + ending: english
        for english, stems in _ORDINAL_STEMS.items()
        for stem in stems
        for ending in (_UK_HARD + " " + _RU_HARD).split()
    }
    | {"трет" + ending: "third" for ending in (_UK_SOFT + " " + _RU_SOFT).split()}
    | dict.fromkeys(("другий", "другій", "друге", "другі"), "second")
)
# The same words as a pattern of stems and endings: an alternation of all 970 forms took
# 15-20 ms to compile, twice, on every start of the fact finder.
_HARD_STEMS = [stem for stems in _ORDINAL_STEMS.values() for stem in stems]
CYRILLIC_ORDINAL_PATTERN = (
    rf"(?:(?:{alternation(_HARD_STEMS)})(?:{alternation(set((_UK_HARD + ' ' + _RU_HARD).split()))})"
    rf"|трет(?:{alternation(set((_UK_SOFT + ' ' + _RU_SOFT).split()))})"
    r"|друг(?:ий|ій|е|і))"
)
