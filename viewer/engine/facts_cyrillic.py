"""Ukrainian and Russian words of facts, each told by the English word the extractors know.

Ukrainian outlets (and the Russian sources they quote) write amounts, dates and hedges
in their own words: "180 млн гривень", "3 березня 2025 року", "нібито". The extractors
read facts in English, so each word here is given as the English word of the same fact
("млн" is "million", "гривень" is "hryvnias"): a number's key and a date's key are then
computed as for English, and "3 березня 2025 року" keys as "3.03.2025" does. Only words
that follow digits or that a change can hold are listed; number words ("п'ять") are not.
"""

from __future__ import annotations

import re

from viewer.engine.facts_lexicon import table

__all__ = [
    "CYRILLIC_AMOUNT_WORDS",
    "CYRILLIC_CERTAINTY",
    "CYRILLIC_MONTHS",
    "CYRILLIC_YEAR_WORDS",
    "in_english",
]

# Month names as a date writes them after its day (genitive), and as a month is named
# alone (nominative) or "in" it (locative): Ukrainian, then Russian.
CYRILLIC_MONTHS = table(
    """
    1: січня, січень, січні, января, январь, январе
    2: лютого, лютий, лютому, февраля, февраль, феврале
    3: березня, березень, березні, марта, март, марте
    4: квітня, квітень, квітні, апреля, апрель, апреле
    5: травня, травень, травні, мая, май, мае
    6: червня, червень, червні, июня, июнь, июне
    7: липня, липень, липні, июля, июль, июле
    8: серпня, серпень, серпні, августа, август, августе
    9: вересня, вересень, вересні, сентября, сентябрь, сентябре
    10: жовтня, жовтень, жовтні, октября, октябрь, октябре
    11: листопада, листопад, листопаді, ноября, ноябрь, ноябре
    12: грудня, грудень, грудні, декабря, декабрь, декабре
    """,
    int,
)
# "2025 року", "2025 р.", "2025 года", "2025 г.": the word "year" after a year.
CYRILLIC_YEAR_WORDS = ("року", "рік", "р.", "года", "год", "г.")
# Scales, currencies and units after the digits, by the English word of the same amount.
CYRILLIC_AMOUNT_WORDS = table(
    """
    thousand: тис., тис, тисяч, тисячі, тисяча, тыс., тыс, тысяч, тысячи, тысяча
    million: млн, мільйон, мільйона, мільйони, мільйонів, миллион, миллиона, миллионов
    billion: млрд, мільярд, мільярда, мільярди, мільярдів, миллиард, миллиарда, миллиардов
    trillion: трлн, трильйон, трильйона, трильйонів, триллион, триллиона, триллионов
    hryvnias: грн., грн, гривня, гривні, гривень, гривна, гривны, гривен
    dollars: дол., долар, долара, долари, доларів, доллар, доллара, долларов
    euros: євро, евро
    roubles: руб., рубль, рубля, рублі, рублів, рубли, рублей
    percent: відсоток, відсотка, відсотки, відсотків, процент, процента, процентів,
      процентов
    km: км, кілометр, кілометра, кілометри, кілометрів, километр, километра, километров
    metres: метр, метра, метри, метрів, метров
    kg: кг, кілограм, кілограма, кілограмів, килограмм, килограмма, килограммов
    tonnes: тонна, тонни, тонн, тонну, тонны
    hectares: гектар, гектара, гектари, гектарів, гектаров, га
    """
)
# Hedges and negations, by the English word of their class (facts_certainty reads the
# English word's class).
CYRILLIC_CERTAINTY = table(
    """
    allegedly: нібито, начебто, буцімто, якобы, будто бы, предположительно
    probably: ймовірно, імовірно, вірогідно, мабуть, вероятно, скорее всего
    possibly: можливо, возможно
    unclear: невідомо, незрозуміло, неизвестно, непонятно, неясно
    not: не
    never: ніколи, никогда
    denied: заперечив, заперечила, заперечили, спростував, спростувала, спростували,
      опроверг, опровергла, опровергли, отрицает, отрицают
    """
)
_CYRILLIC_WORD = re.compile(r"[а-яёіїєґ'’]+\.?")
_HAS_CYRILLIC = re.compile(r"[а-яёіїєґ]")


def in_english(low: str) -> str:
    """``low`` (lower-case) with each Cyrillic word of an amount told in English, so a
    number's key reads "180 млн гривень" as "180 million hryvnias"."""
    if _HAS_CYRILLIC.search(low) is None:
        return low
    return _CYRILLIC_WORD.sub(lambda m: _english_word(m.group()), low)


def _english_word(word: str) -> str:
    """The English word of a Cyrillic one ("тис." is "thousand"), or the word as it was."""
    found = CYRILLIC_AMOUNT_WORDS.get(word)
    if found is None and word.endswith("."):  # "тис." read whole, or "тисяч." at the end
        found = CYRILLIC_AMOUNT_WORDS.get(word[:-1])
        return word if found is None else found + "."
    return word if found is None else found
