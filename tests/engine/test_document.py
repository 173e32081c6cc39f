"""A plain-text copy's title: the headline nearest above the body, never the page's furniture."""

from __future__ import annotations

import pytest

from viewer.engine.document import document_from_text

BODY = (
    "The central bank raised its key interest rate by half a percentage point on Tuesday, "
    "the largest increase in more than two decades, as policymakers fought inflation.\n\n"
    "Governor Anna Berg told reporters the bank was ready to act again if prices kept "
    "rising faster than wages over the coming months.\n\n"
    "Economists had expected a smaller move, and the currency rose against the euro and "
    "the dollar after the announcement in the capital.\n\n"
    "Mortgage lenders said they would pass the increase on to borrowers within weeks."
)


HEADLINE = "Central bank makes its biggest rate rise in two decades"


@pytest.mark.parametrize(
    ("above", "title"),
    [
        (HEADLINE, HEADLINE),
        ("World | Economy\n\n" + HEADLINE, HEADLINE),
        ("Share on Facebook Share on X Copy link", None),
        ("By Markus Weber | 5 min read", None),
        ("Wed 12 Mar 2025 16.00 GMT", None),
        ("Listen to this article · 4 min", None),
        ("From our correspondent in San Francisco", None),
        ("Sport > Football\n\n" + HEADLINE, HEADLINE),
    ],
    ids=[
        "headline",
        "section-then-headline",
        "share-bar",
        "byline",
        "dateline",
        "listen-bar",
        "from-our",
        "section-path",
    ],
)
def test_the_title_is_the_headline_never_the_furniture(above: str, title: str | None) -> None:
    assert document_from_text(above + "\n\n" + BODY).title == title


UK_BODY = (
    "Київське «Динамо» в неділю перемогло донецький «Шахтар» з рахунком 2:1 у матчі 24-го "
    "туру української Прем'єр-ліги.\n\n"
    "Переможний гол на 78-й хвилині забив півзахисник Віталій Буяльський після передачі з "
    "лівого флангу.\n\n"
    "Гра відбулася на НСК «Олімпійський» у присутності 18 тисяч глядачів, повідомили в клубі.\n\n"
    "Наступний матч «Динамо» зіграє в суботу у Львові проти місцевих «Карпат»."
)


@pytest.mark.parametrize(
    "headline",
    [
        "«Динамо» обіграло «Шахтар» у центральному матчі туру",
        "Кияни взяли гору над «Шахтарем» у класичному протистоянні",
        "«Динамо» обіграло «Шахтар» у Києві",
    ],
    ids=["opens-with-a-quotation-mark", "quotation-inside", "five-words"],
)
def test_a_headline_with_guillemets_is_the_title(headline: str) -> None:
    document = document_from_text("Спорт / Футбол\n\n" + headline + "\n\n" + UK_BODY)
    assert document.title == headline
