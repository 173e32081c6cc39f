"""Where the names of Ukrainian and Russian bodies end, and which runs are such bodies."""

from __future__ import annotations

import re

import pytest

from viewer.engine.facts_cyrillic_bodies import adjective_body, body_noun_at, with_body_words

_FIRST_WORD = re.compile(r"\S+")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Міністерство енергетики повідомило про аварію.", "Міністерство енергетики"),
        ("Служба безпеки затримала агента.", "Служба безпеки"),
        ("Міністерство повідомило про аварію.", "Міністерство"),
        ("Антимонопольний комітет оштрафував операторів.", "Антимонопольний комітет"),
        ("Державна податкова служба оштрафувала операторів.", "Державна податкова служба"),
        ("Державна служба статистики повідомила.", "Державна служба статистики"),
        ("Тверской районный суд арестовал его.", "Тверской районный суд"),
        (
            "Национальный расчетный депозитарий попал под санкции.",
            "Национальный расчетный депозитарий",
        ),
        ("Повітряні сили повідомили про збиття.", "Повітряні сили"),
        ("Санкт-Петербургская биржа закрылась.", "Санкт-Петербургская биржа"),
        (
            "Девятый арбитражный апелляционный суд взыскал долг.",
            "Девятый арбитражный апелляционный суд",
        ),
        ("Національний банк минулого тижня знизив ставку.", "Національний банк"),
        # an adjective before no body's noun, or a word like one that names nothing
        ("Українська фондова біржа закрилася.", "Українська фондова біржа"),
        ("Російське судно зайшло в порт.", "Російське"),
        ("Українські банкіри зібралися.", "Українські"),
        ("Нова служба почала роботу.", "Нова"),
        ("Ця служба почала роботу.", "Ця"),
    ],
)
def test_a_body_name_takes_the_words_its_language_leaves_in_lower_case(
    text: str, name: str
) -> None:
    first = _FIRST_WORD.match(text)
    assert first is not None
    assert text[: with_body_words(text, 0, first.end())] == name


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        ("Антимонопольний комітет", True),
        ("Тверской районный суд", True),
        ("Державна служба статистики", True),
        ("Антимонопольний", False),
        ("Нова служба", False),
        ("Міністерство енергетики", False),  # a body's noun first: no adjective to tell it
        ("Російське судно", False),
    ],
)
def test_a_body_named_by_an_adjective_is_a_name_even_opening_a_sentence(
    run: str, expected: bool
) -> None:
    assert adjective_body(run) is expected


@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [
        ("Державна податкова служба", len("Державна податкова"), True),
        ("Московский городской суд", len("Московский городской"), True),
        ("Російське судно", len("Російське"), False),
        ("Українські банкіри", len("Українські"), False),
        ("Державна податкова служба", len("Державна"), False),
    ],
)
def test_a_body_noun_after_a_change_marks_a_swapped_adjective(
    text: str, at: int, expected: bool
) -> None:
    assert body_noun_at(text, at) is expected
