"""The engine on stories other than the seeds: a wire release against an HTML page, and a
Ukrainian cp1251 page against a UTF-8 rewrite. Links are checked by content, not by id."""

from pathlib import Path

import pytest

from viewer.engine.compare import compare_paths
from viewer.engine.model import Comparison

STORY = Path(__file__).resolve().parent / "data" / "story"


def _linked(c: Comparison, left: str, right: str) -> bool:
    return any(left in a_text and right in b_text for a_text, b_text in _full_links(c))


def _full_links(c: Comparison) -> set[tuple[str, str]]:
    return {
        (c.left.blocks[i].text, c.right.blocks[j].text)
        for p in c.pairs
        for i in p.left
        for j in p.right
    }


def _only(c: Comparison, side: str) -> list[str]:
    doc, ids = (c.left, c.left_only) if side == "left" else (c.right, c.right_only)
    return [doc.blocks[i].text for i in ids]


@pytest.fixture(scope="module")
def release_vs_page() -> Comparison:
    return compare_paths(str(STORY / "release.txt"), str(STORY / "gazette.html"))


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("approved a budget of 412", "approved a 412 million dollar budget"),
        ("repair 40 kilometres", "repair 40 kilometres"),
        ("add two new bus lines", "two new bus lines"),
        ("flood defences", "flood defences"),
        ("Opposition councillors", "Opposition councillors"),
        ("Local business groups", "Business groups welcomed"),
    ],
)
def test_wire_release_links_to_the_rewritten_page(
    release_vs_page: Comparison, left: str, right: str
) -> None:
    assert _linked(release_vs_page, left, right)


def test_wire_release_one_sided_paragraphs(release_vs_page: Comparison) -> None:
    assert [t for t in _only(release_vs_page, "left") if "publish the detailed figures" in t]
    assert [t for t in _only(release_vs_page, "right") if "petition signed by 3,000" in t]


def test_page_furniture_is_cruft_on_both_sides(release_vs_page: Comparison) -> None:
    for doc in (release_vs_page.left, release_vs_page.right):
        cruft = " ".join(b.text for b in doc.blocks if b.boilerplate)
        body = " ".join(b.text for b in doc.blocks if not b.boilerplate)
        for furniture in ("FOR IMMEDIATE RELEASE", "Media contact", "Home", "Related", "cookies"):
            assert furniture not in body
        assert "Tuesday" in body and "Tuesday" not in cruft
    assert release_vs_page.right.title == "Northport passes record budget after nine-hour debate"


def test_cyrillic_pair_in_two_encodings() -> None:
    c = compare_paths(str(STORY / "uk-cp1251.txt"), str(STORY / "uk-utf8.txt"))
    assert c.left.encoding == "cp1251" and c.right.encoding == "utf-8"
    assert _linked(c, "Кабінет міністрів у середу", "Кабінет міністрів схвалив")
    assert _linked(c, "ремонт 900 кілометрів", "ремонт 700 кілометрів")
    assert _linked(c, "Експерти нагадують", "Експерти нагадують")
    assert [t for t in _only(c, "left") if t.startswith("Опозиція критикує")]
    assert [t for t in _only(c, "right") if t.startswith("Депутати від опозиції")]
    nav = [b for b in c.left.blocks if b.text in ("Головна", "Новини", "Читайте також")]
    assert nav and all(b.boilerplate for b in nav)
