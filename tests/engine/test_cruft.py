"""Cruft detection on plain-text copies of pages: flagged and kept, never dropped."""

import pytest

from viewer.engine.cruft import BlockClass, classify, detect_cruft

PROSE = (
    "Representatives of the two countries have met several times in recent months to "
    "discuss the war, three sources familiar with the matter said on Friday."
)


@pytest.mark.parametrize(
    ("text", "cls", "reason"),
    [
        ("09:54 AM • 26936 views", BlockClass.CRUFT, "view counter"),
        ("2 min read", BlockClass.CRUFT, "reading time"),
        ("Share this post:", BlockClass.CRUFT, "share or follow link"),
        ("Read more", BlockClass.CRUFT, "share or follow link"),
        (
            "We use cookies to improve your experience. Accept all",
            BlockClass.CRUFT,
            "cookie notice",
        ),
        ("© 2025 Example Media. All rights reserved.", BlockClass.CRUFT, "copyright line"),
        (
            "The parliament building in Bern. (Stefan Wermuth/Bloomberg via Getty Images)",
            BlockClass.CRUFT,
            "photo credit",
        ),
        ("US and Russian flags. Stock photo: amacad.org", BlockClass.CRUFT, "photo credit"),
        (
            "With the onset of heat, ticks are activated, which pose a serious threat ...",
            BlockClass.CRUFT,
            "truncated teaser",
        ),
        ("spot_imgspot_imgspot_img", BlockClass.CRUFT, "page markup"),
        (PROSE, BlockClass.PROSE, None),
        ("Details", BlockClass.SHORT, None),
        ("Talks in Geneva", BlockClass.SHORT, None),
    ],
)
def test_classify(text: str, cls: BlockClass, reason: str | None) -> None:
    assert classify(text) == (cls, reason)


def test_other_script_is_cruft_in_a_latin_article() -> None:
    text = "Головні новини дня: уряд ухвалив нове рішення щодо енергетики та транспорту"
    assert classify(text, main_script_cyrillic=False) == (
        BlockClass.CRUFT,
        "other language than the article",
    )
    assert classify(text, main_script_cyrillic=True)[0] is not BlockClass.CRUFT


def test_body_is_the_main_run_of_prose() -> None:
    page = [
        "News Feed",
        "Show More",
        "Headline about something else entirely",
        "09:29 AM • 47264 views",
        PROSE,
        "Details",
        PROSE.replace("Friday", "Monday"),
        "Teaser headline inside the article • 33662 views",
        PROSE.replace("Friday", "Sunday"),
        "Avatar",
        "Jane Reporter",
        "News Editor",
        "Jane Reporter is a news editor who writes about diplomacy, security and the economy, "
        "and studied political science at a university in Toronto.",
        "Read more",
    ]
    verdicts = detect_cruft(page)
    body = [t for t, v in zip(page, verdicts, strict=True) if not v.boilerplate]
    assert body == [page[4], page[5], page[6], page[8]]
    assert verdicts[7].reason == "view counter"
    assert verdicts[12].reason == "after the article body"
    assert all(v.reason for v in verdicts if v.boilerplate)


def test_html_extractor_mask_marks_the_rest_as_cruft() -> None:
    verdicts = detect_cruft([PROSE, PROSE + " Again.", "Footer text"], [True, False, True])
    assert [v.boilerplate for v in verdicts] == [False, True, True]


def test_a_page_without_prose_keeps_everything_but_obvious_cruft() -> None:
    verdicts = detect_cruft(["Milk", "Bread", "2 min read"])
    assert [v.boilerplate for v in verdicts] == [False, False, True]
