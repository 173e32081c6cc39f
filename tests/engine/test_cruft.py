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
        ("Related: Italy's drought leaves Po river dry", BlockClass.CRUFT, "share or follow link"),
        ("Posted by Marco Rossi", BlockClass.CRUFT, "byline or time stamp"),
        ("Published June 12, 2024 at 6:40 a.m.", BlockClass.CRUFT, "byline or time stamp"),
        (
            "Читайте также: ЦБ впервые за год снизил ставку",
            BlockClass.CRUFT,
            "share or follow link",
        ),
        ("Подписывайтесь на наш канал в Telegram", BlockClass.CRUFT, "share or follow link"),
        ("Читати також: Тарифи зростуть з червня", BlockClass.CRUFT, "share or follow link"),
        ("Поделиться", BlockClass.CRUFT, "share or follow link"),
        ("Updated 12 Mar 2025", BlockClass.CRUFT, "byline or time stamp"),
        ("Updated guidance was issued on Monday.", BlockClass.SHORT, None),
        ("View image in fullscreen", BlockClass.CRUFT, "share or follow link"),
        (
            "Residents watch as smoke rises over the hills near Marathon. "
            "Photograph: Angelos Tzortzinis/AFP/Getty Images",
            BlockClass.CRUFT,
            "photo credit",
        ),
        ("Enter your email", BlockClass.CRUFT, "newsletter sign-up"),
        (
            "By signing up, you agree to our Terms of Use and Privacy Policy. You may "
            "unsubscribe at any time.",
            BlockClass.CRUFT,
            "newsletter sign-up",
        ),
        ("Cookie settings", BlockClass.CRUFT, "cookie notice"),
        (
            "Subscribe to our newsletter to get the most important news of the day every morning.",
            BlockClass.CRUFT,
            "subscription promo",
        ),
        (
            "Get the Morning Briefing newsletter delivered straight to your inbox every weekday.",
            BlockClass.CRUFT,
            "subscription promo",
        ),
        (
            "Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися головні новини.",
            BlockClass.CRUFT,
            "subscription promo",
        ),
        ("Join our WhatsApp channel for breaking news.", BlockClass.CRUFT, "subscription promo"),
        (
            "Jane Doe covers energy and climate for Reuters. Follow her on X @janedoe.",
            BlockClass.CRUFT,
            "author note",
        ),
        ("Tags: Ukraine, Russia, war, Zelensky", BlockClass.CRUFT, "tags line"),
        ("Теги: Україна, Росія, переговори", BlockClass.CRUFT, "tags line"),
        (
            "Teaser headline inside the article25.02.18, 16:16 • 33662 views",
            BlockClass.CRUFT,
            "view counter",
        ),
        # Story words that look like page furniture: not cruft.
        ("Related charges were dropped in 2021.", BlockClass.SHORT, None),
        (
            "The ministry urged citizens to subscribe to emergency alerts on their phones.",
            BlockClass.PROSE,
            None,
        ),
        (
            "Join us, the minister told the crowd, and we will win this fight together.",
            BlockClass.PROSE,
            None,
        ),
        ("He told followers on Telegram that the talks had failed.", BlockClass.PROSE, None),
        ("Topics discussed included the grain deal and prisoner swaps.", BlockClass.SHORT, None),
        (
            "The newsletter was sent to 40,000 subscribers, the company said.",
            BlockClass.PROSE,
            None,
        ),
        (
            "Police said they would follow him on his route to the border in unmarked cars.",
            BlockClass.PROSE,
            None,
        ),
        ("Share prices dropped 6% in early trading.", BlockClass.SHORT, None),
        (
            "It also found that the company's cookie banner let users accept all cookies with "
            "a single click but forced them through four screens to refuse them.",
            BlockClass.PROSE,
            None,
        ),
        (
            "A video of a flooded pumping station in Forli had 1,200,000 views on the "
            "company's social media channels by Friday.",
            BlockClass.PROSE,
            None,
        ),
        (
            "Residents can check whether their street is affected on the regional map at "
            "www.regione.emilia-romagna.it/alert_map_live.",
            BlockClass.PROSE,
            None,
        ),
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


def test_a_quote_in_another_language_is_what_someone_said() -> None:
    quote = "«Ми готові надіслати інженерів, щойно вода спаде», — сказав міністр."
    assert classify(quote, main_script_cyrillic=False)[0] is BlockClass.CRUFT
    assert classify("«Ми готові надіслати інженерів, щойно вода спаде»", False)[0] is not (
        BlockClass.CRUFT
    )


@pytest.mark.parametrize(
    "furniture",
    [
        [
            "Key facts",
            "• Deaths: 14",
            "• Evacuated: 36,000",
            "• Rivers burst: 23",
            "• Farms: 5,000",
        ],
        ["10:42 GMT", "Posted by Marco Rossi", "Share this post", "11:05 GMT", "Posted by Ann Lee"],
    ],
    ids=["key-facts-list", "live-blog-entry"],
)
def test_a_list_or_live_blog_furniture_does_not_cut_the_body(furniture: list[str]) -> None:
    lede = PROSE.replace("Friday", "Monday")
    page = ["Home | World", lede, *furniture, PROSE, PROSE.replace("Friday", "Sunday")]
    verdicts = detect_cruft(page)
    assert not verdicts[1].boilerplate  # the lede stays body, though the rest is longer
    assert not verdicts[-1].boilerplate and not verdicts[-2].boilerplate


def test_a_run_of_three_paragraphs_apart_from_a_longer_one_is_body() -> None:
    box = ["Read more", "Why Europe's insurers are worried", "Italy's utilities face a summer"]
    longer = [PROSE.replace("Friday", day) * 2 for day in ("Monday", "Tuesday", "Wednesday")]
    page = [*longer, *box, PROSE, PROSE.replace("Friday", "Sunday"), PROSE.replace("three", "two")]
    verdicts = detect_cruft(page)
    assert [v.boilerplate for v in verdicts[-3:]] == [False, False, False]
    assert verdicts[3].boilerplate


def test_comments_after_the_article_stay_cruft() -> None:
    article = [PROSE.replace("Friday", f"day {k}") for k in range(8)]
    comments = []
    for k in range(6):
        comments += [f"reader{k} • {k + 1} hours ago"]
        comments += [f"Twenty months is a joke, they built the interchange in {k + 9} months."]
        comments += ["Reply • Like 12"]
    intro = ["Comments (6)", "Post a comment"]
    verdicts = detect_cruft([*article, *intro, *comments])
    assert not any(v.boilerplate for v in verdicts[:8])
    # Six comments of prose, each between a name and "Reply": no body of their own.
    assert all(v.boilerplate for v in verdicts[8:])


def test_html_extractor_mask_marks_the_rest_as_cruft() -> None:
    page = [PROSE, "Talks in Geneva", PROSE + " Again.", PROSE + " Twice.", PROSE + " Comment."]
    verdicts = detect_cruft(page, [True, False, False, True, False])
    # Prose the extractor skipped between two of its paragraphs is still the article;
    # a short line there, and prose after its last paragraph, are not.
    assert [v.boilerplate for v in verdicts] == [False, True, False, False, True]
    assert verdicts[1].reason == verdicts[4].reason == "outside the extracted main text"


def test_the_furniture_after_an_article_is_not_its_last_paragraph() -> None:
    """A tags line and a promotion of prose length right after the last paragraph were
    once taken in as body (one short line does not break a run of prose)."""
    page = [
        PROSE,
        PROSE + " Again.",
        PROSE + " Twice.",
        "Tags: Ukraine, Russia, talks",
        "Subscribe to our newsletter to get the most important news of the day every morning.",
        "Jane Doe covers energy and climate for Reuters. Follow her on X @janedoe.",
    ]
    verdicts = detect_cruft(page)
    assert [v.boilerplate for v in verdicts] == [False, False, False, True, True, True]
    assert [v.reason for v in verdicts[3:]] == ["tags line", "subscription promo", "author note"]


def test_a_promotion_the_extractor_skipped_inside_the_article_is_not_rescued() -> None:
    page = [
        PROSE,
        "Sign up to get our daily briefing straight to your inbox, every morning.",
        PROSE,
    ]
    verdicts = detect_cruft(page, [True, False, True])
    assert [v.boilerplate for v in verdicts] == [False, True, False]


def test_a_page_without_prose_keeps_everything_but_obvious_cruft() -> None:
    verdicts = detect_cruft(["Milk", "Bread", "2 min read"])
    assert [v.boilerplate for v in verdicts] == [False, False, True]


_ABOUT_BLOCKS = [
    "About the City of Riverton",
    "Riverton is a city of 48,000 residents on the Scioto River in central Ohio, governed "
    "by a nine-member council and an elected mayor.",
]


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (  # the issuer's boilerplate before the contacts, the end mark last
            [*_ABOUT_BLOCKS, "Media Contact:", "Karen Whitfield", "###"],
            [
                "press release boilerplate",
                "press release boilerplate",
                "after the article body",
                "after the article body",
                "end mark of a press release",
            ],
        ),
        (  # the end mark first: everything after it, prose or not
            ["- 30 -", *_ABOUT_BLOCKS],
            [
                "end mark of a press release",
                "after the end mark of a press release",
                "after the end mark of a press release",
            ],
        ),
        (
            ["-END-", PROSE],
            ["end mark of a press release", "after the end mark of a press release"],
        ),
    ],
    ids=["about-then-contacts", "end-mark-then-about", "end-mark"],
)
def test_a_press_release_tail_is_cruft(tail: list[str], expected: list[str]) -> None:
    body = [PROSE.replace("Friday", day) for day in ("Monday", "Tuesday", "Wednesday")]
    verdicts = detect_cruft([*body, *tail])
    assert not any(v.boilerplate for v in verdicts[:3])
    assert [v.reason for v in verdicts[3:]] == expected


@pytest.mark.parametrize(
    "page",
    [
        # "About" opening a section with more of the story after it
        [PROSE, PROSE, "About the study", PROSE, PROSE, PROSE],
        # before the body has begun: a heading of the story itself
        ["About the City of Riverton", PROSE, PROSE, PROSE],
        # "30" or "END" inside a sentence is no end mark
        [PROSE, PROSE, "The vote ended 30-30 after the session.", PROSE],
    ],
    ids=["about-section", "about-first", "thirty-in-prose"],
)
def test_no_press_release_tail_inside_a_story(page: list[str]) -> None:
    verdicts = detect_cruft(page)
    assert not any(v.reason and "press release" in v.reason for v in verdicts)
