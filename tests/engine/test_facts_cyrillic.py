"""Ukrainian and Russian facts: amounts, dates and hedges read as their English twins are."""

import re
from pathlib import Path

import pytest

from viewer.engine.compare import compare_paths
from viewer.engine.facts import find_flags
from viewer.engine.facts_certainty import extract_certainty
from viewer.engine.facts_cyrillic import (
    CYRILLIC_NUMBER_WORDS,
    cyrillic_stem,
    in_english,
)
from viewer.engine.facts_cyrillic_claims import cyrillic_sources, cyrillic_speakers
from viewer.engine.facts_cyrillic_ordinals import CYRILLIC_ORDINAL_PATTERN, CYRILLIC_ORDINAL_WORDS
from viewer.engine.facts_dates import extract_dates
from viewer.engine.facts_names import KnownNames, extract_names
from viewer.engine.facts_numbers import extract_numbers
from viewer.engine.facts_scan import Scan
from viewer.engine.worddiff import word_changes


@pytest.mark.parametrize(
    ("low", "english"),
    [
        ("180 млн гривень", "180 million hryvnias"),
        ("2,5 тис. доларів", "2,5 thousand dollars"),
        ("30 відсотків", "30 percent"),
        ("1,5 миллиарда рублей", "1,5 billion roubles"),
        ("12 км", "12 km"),
        ("212-метровому", "212 metres"),  # an adjective of measure
        ("8-річний", "8 years"),
        ("2 ч 40 мин", "2 hours 40 minutes"),
        ("5 тисяч.", "5 thousand."),  # a word's full stop ends the sentence: kept
        ("180 мешканців", "180 мешканців"),  # a word of no amount stays as it is
        ("$5 million", "$5 million"),  # no Cyrillic: the text itself
    ],
)
def test_amount_words_are_told_in_english(low, english):
    assert in_english(low) == english


def _keys(extract, text):
    return [(f.text, f.key) for f in extract(Scan(text))]


@pytest.mark.parametrize(
    ("ukrainian", "english"),
    [
        ("Збитки сягають 180 млн гривень.", "Losses reach 180 million hryvnias."),
        ("Збитки сягають 180 тис. гривень.", "Losses reach 180 thousand hryvnias."),
        ("Ціни зросли на 30 відсотків.", "Prices rose by 30%."),
        ("Дорога завдовжки 12 кілометрів.", "The road is 12 km long."),
        ("Бюджет составит 1,5 млрд рублей.", "The budget will be 1.5 billion roubles."),
        ("Урожай склав 3,2 млн тонн.", "The harvest was 3.2 million tonnes."),
        ("Спектакль идет 2 часа 40 минут.", "The play runs 2 hours and 40 minutes."),
        ("Суд дав йому 8 років.", "The court gave him 8 years."),
    ],
)
def test_amounts_key_as_in_english(ukrainian, english):
    (uk,) = extract_numbers(Scan(ukrainian), [])
    (en,) = extract_numbers(Scan(english), [])
    assert uk.key[1:3] == en.key[1:3]  # value and unit ("rose by" adds a way in English)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Уроки почнуться 1 вересня 2025 року.", ("abs", 2025, 9, 1)),
        ("Дощі почалися 3.03.2025 вранці.", ("abs", 2025, 3, 3)),
        ("Дощі почалися 3 березня 2025 р. вранці.", ("abs", 2025, 3, 3)),
        ("Встреча состоится 5 мая 2025 года.", ("abs", 2025, 5, 5)),
        ("Засідання відбудеться у вересні 2025 року.", ("abs", 2025, 9, None)),
        ("Роботи триватимуть до березня.", ("abs", None, 3, None)),
        ("Переговори відбулися 14 листопада.", ("abs", None, 11, 14)),
        ("Депутати зібралися в п'ятницю.", ("weekday", "friday", None)),
        ("Встреча прошла в среду.", ("weekday", "wednesday", None)),
        ("Про це вчора повідомили.", ("day", "yesterday")),
        ("Про це минулого тижня повідомили.", ("ref", "last", "week")),
        ("Завод запрацює наступного року.", ("ref", "next", "year")),
    ],
)
def test_dates_are_keyed_by_day_month_and_year(text, key):
    (date,) = extract_dates(Scan(text))
    assert date.key == key


def test_a_day_before_a_month_is_a_date_not_a_number():
    text = "Уроки почнуться 1 вересня, у школі 500 учнів."
    dates = extract_dates(Scan(text))
    numbers = extract_numbers(Scan(text), [(d.start, d.end) for d in dates])
    assert [d.text for d in dates] == ["1 вересня"]
    assert [n.text for n in numbers] == ["500"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Рятувальники нібито евакуювали людей.", [("нібито", "alleged")]),
        ("Обстрел якобы вели с севера.", [("якобы", "alleged")]),
        ("Причини ймовірно інші.", [("ймовірно", "probable")]),
        ("Можливо, роботи завершать у травні.", [("Можливо", "possible")]),
        ("Поки що невідомо, коли.", [("невідомо", "unclear")]),
        ("Рятувальники не змогли прибути.", [("не", "negation")]),
        ("Це не лише питання грошей.", []),  # "not only": no claim denied
        ("Він не раз заявляв про це.", []),  # "more than once"
        ("Це неможливо зробити.", []),  # "не" inside a word is no negation
    ],
)
def test_hedges_and_negations(text, found):
    assert [(f.text, f.key[1]) for f in extract_certainty(Scan(text))] == found


@pytest.mark.parametrize(
    ("forms", "same"),
    [
        (("Тиса", "Тиси", "Тисі"), True),  # a river declined
        (("Ірина", "Ірини", "Іриною"), True),
        (("Олег", "Олегові", "Олега"), True),
        (("Харків", "Харкова", "Харкові"), True),  # "і" in a closed syllable is "о"
        (("Київ", "Києва", "Києві"), True),
        (("Олимпийский", "Олимпийском"), True),
        (("Олег", "Олена"), False),  # two names, not two cases of one
        (("Дія", "Дії", "Дію"), True),  # a three-letter noun in "-ія" keeps two letters
        (("Дія", "Дно"), False),
        (("Russia", "Russian"), False),  # other scripts are left as they are
    ],
)
def test_stems_of_declined_names(forms, same):
    stems = {cyrillic_stem(f.lower()) for f in forms}
    assert (len(stems) == 1) is same


def test_a_decimal_with_a_comma_moved_to_another_paragraph_is_no_drop():
    left = "Навроцький отримав 50,89% голосів у другому турі."
    right = "Навроцький переміг у другому турі."
    documents = (left, right + "\n\nЗа даними комісії, він набрав 50,89 відсотка.")
    assert find_flags(left, right, word_changes(left, right), documents) == ()
    elsewhere = (left, right + "\n\nЗа даними комісії, він набрав 49,11 відсотка.")
    (flag,) = find_flags(left, right, word_changes(left, right), elsewhere)
    assert flag.kind.value == "number" and flag.left.text == "50,89%"


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("За словами міністра енергетики, котельні готові.", ["міністра енергетики"]),
        ("Про це повідомили в Міністерстві енергетики.", ["Міністерстві енергетики"]),
        ("Як повідомили у поліції Києва, затримано двох.", ["поліції Києва"]),
        ("По данным НБУ, курс вырос.", ["НБУ"]),
        ("За словами речника, що відповідає за зв'язки, все гаразд.", ["речника"]),
        ("За словами, котрі він сказав, усе гаразд.", []),  # no source before the comma
        ("According to the ministry, it is ready.", []),  # English sources: facts_claims
    ],
)
def test_sources_after_an_introducer(text, sources):
    assert [x.text for x in cyrillic_sources(Scan(text))] == sources


def test_the_ukrainian_screenshot_pair_has_its_one_planted_change():
    """The README's Ukrainian pair: two retellings, the right one saved in cp1251, that
    differ in one fact (a million become a thousand) and in much wording and order."""
    pair = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "ukrainian"
    comparison = compare_paths(str(pair / "left.txt"), str(pair / "right.txt"))
    flags = [f for p in comparison.pairs for f in p.flags]
    assert [(f.kind.value, f.left.text, f.right.text) for f in flags] == [
        ("number", "180 млн гривень", "180 тис. гривень")
    ]


def test_money_never_becomes_a_time():
    """A sum dropped where a duration is added, in a sentence rewritten, is two facts, not
    one changed: "1,1 млрд грн" does not "become" "14 місяців" (nor "$1.1 billion" "14
    months"). One short change that swaps them is still one flag (see facts_pairing)."""
    for left, right in (
        (
            "Вартість проєкту склала 1,1 млрд грн, повідомили в обласній адміністрації.",
            "Як повідомили в обласній адміністрації, будівництво тривало 14 місяців.",
        ),
        (
            "The regional administration said on Monday that the project had cost $1.1 billion.",
            "Construction took 14 months, the regional administration said on Monday.",
        ),
    ):
        flags = find_flags(left, right, word_changes(left, right))
        assert not [f for f in flags if "becomes" in f.note], [f.note for f in flags]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Про це заявив міністр енергетики Ігор Рудницький.", ["Ігор Рудницький"]),
        ("Ігор Рудницький заявив, що сезон почнеться вчасно.", ["Ігор Рудницький"]),
        ("«Все гаразд», – сказала Анна Зарицька.", ["Анна Зарицька"]),
        ("Про це в Києві заявив міністр енергетики.", []),  # a place before the verb
        ("Про це заявили в Міністерстві енергетики.", []),  # a body: see the sources
    ],
)
def test_speakers_by_a_verb(text, speakers):
    scan = Scan(text)
    names = extract_names(scan, KnownNames(text, text))
    assert [x.text for x in cyrillic_speakers(scan, names)] == speakers


def test_the_ordinal_pattern_reads_exactly_the_ordinal_words() -> None:
    """The stems-and-endings pattern (cheap to compile) and the table of forms (which says
    which ordinal each is) are one set of words."""
    pattern = re.compile(CYRILLIC_ORDINAL_PATTERN)
    assert all(pattern.fullmatch(w) for w in CYRILLIC_ORDINAL_WORDS)
    others = ["другой", "другие", "друга", "третьяк", *CYRILLIC_NUMBER_WORDS]
    assert not any(pattern.fullmatch(w) for w in others)
