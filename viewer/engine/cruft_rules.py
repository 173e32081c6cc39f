"""The tell-tale patterns of page furniture in a saved web page: one rule per convention."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["RULES", "Rule"]


@dataclass(frozen=True, slots=True)
class Rule:
    """A tell-tale cruft pattern; ``needles`` (lower case) let most blocks skip the regex.

    ``max_words``: the pattern tells only in a block this short (a view counter or a
    handle stands alone on its line; a paragraph may report views or cite a handle).
    """

    reason: str
    pattern: re.Pattern[str]
    needles: tuple[str, ...] = ()
    tail_only: bool = False  # the pattern is anchored at the end of the block
    max_words: int | None = None


# Each rule is a page-furniture convention common to news sites, never story words.
RULES: tuple[Rule, ...] = (
    Rule(
        "view counter",
        re.compile(r"\d[\s,.]*(?:views?|переглядів|просмотров)\b", re.I),
        ("view", "перегляд", "просмотр"),
        max_words=8,
    ),
    Rule(  # a teaser ending in its count: "... talks in Saudi Arabia25.02.18 • 33662 views"
        "view counter",
        re.compile(r"\d[\s,.]*(?:views?|переглядів|просмотров)\s*$", re.I),
        ("view", "перегляд", "просмотр"),
        tail_only=True,
    ),
    Rule(
        "reading time",
        re.compile(r"^\s*\d+\s*(?:min(?:ute)?s?\.?\s*read|хв)\b", re.I),
        ("min", "хв"),
    ),
    Rule(
        "share or follow link",
        re.compile(
            r"^\s*(?:share(?: this(?: post| article)?)?|follow us|subscribe|sign up|read more|"
            r"more like this|related(?: articles| news)?|popular(?: news)?|most read|"
            r"show more|load more|advertisement|news feed|read also|see also|"
            r"view image in fullscreen|enlarge this image|"
            r"читайте також|читати також|дивіться також|поділитися|підписуйтесь|реклама|"
            r"читайте также|смотрите также|поделиться|подписывайтесь)\b"
            # ...before a colon and a headline ("Related: Italy's drought..."), or alone or
            # before a link word: not "Share prices fell", "Related charges were dropped"
            r"(?:\s*:.{0,120}"
            r"|(?=\s*$|\s*[|›»/•–—-]|\s+(?:this|to|us|for|our|on|more|now|here|with|via|the|and"
            r"|на|в|у)\b)"
            r".{0,30})$",
            re.I,
        ),
    ),
    Rule(  # a banner speaks to the reader; a story about cookies does not
        "cookie notice",
        re.compile(
            r"\b(?:we|our|this (?:site|website))\b.*\bcookies?\b|\bcookies?\b.*\b(?:you|your)\b"
            r"|^\W*(?:cookie (?:policy|settings|preferences)|(?:accept|reject) (?:all )?cookies)"
            r"\W*$",
            re.I,
        ),
        ("cookie",),
        max_words=80,
    ),
    Rule(
        "copyright line",
        re.compile(r"©|\(c\)\s*\d{4}|\ball rights reserved\b", re.I),
        ("©", "(c)", "rights reserved"),
    ),
    Rule(
        "photo credit",
        re.compile(
            r"(?:\([^()]*\b(?:photo|images?|getty|via|reuters|ap|afp|epa|"
            r"shutterstock)\b[^()]*\)\s*$"
            # "Photo: amacad.org", "Photograph: Angelos Tzortzinis/AFP/Getty Images"
            r"|\b(?:stock )?photo(?: credit)?:\s*\S+\s*$"
            r"|\bphotograph(?:er)?:\s*[^.!?:]{1,80}$)",
            re.I,
        ),
        tail_only=True,
    ),
    Rule("truncated teaser", re.compile(r"(?:\.\.\.|…)\s*$"), tail_only=True),
    Rule("page markup", re.compile(r"_[^\W_]*_"), ("_",), max_words=8),
    Rule("page markup", re.compile(r"^\W*$")),
    Rule(  # a sign-up box speaks to the reader about its inbox
        "newsletter sign-up",
        re.compile(
            r"\benter your e-?mail\b|\bby signing up\b|\bunsubscribe at any time\b"
            r"|\bsign up (?:for|to) (?:our|the)\b.*\b(?:newsletter|briefing|bulletin)\b",
            re.I,
        ),
        ("mail", "signing up", "unsubscribe", "sign up"),
        max_words=40,
    ),
    Rule(  # a promotion asks the reader to subscribe, sign up or join a channel
        "subscription promo",
        re.compile(
            r"^\W*(?:subscribe|sign up|get our|"
            r"join our\b(?=.{0,40}\b(?:channel|community|newsletter|mailing list|telegram"
            r"|whatsapp|viber|facebook|instagram)\b)|"
            r"підпишіться|підписуйтеся|підписуйтесь|приєднуйтеся|приєднуйтесь|"
            r"подпишитесь|подписывайтесь|присоединяйтесь)\b"
            r"|\b(?:newsletters?|briefing)\b.*\b(?:(?:your|to the) inbox|straight to you)\b"
            r"|\b(?:our|наш\w*)\s+(?:telegram|viber|whatsapp|youtube)\b",
            re.I,
        ),
        (
            "subscri",
            "sign up",
            "join our",
            "get our",
            "inbox",
            "straight to you",
            "підпиш",
            "підпис",
            "приєдну",
            "подпиш",
            "подпис",
            "присоедин",
            "telegram",
            "viber",
            "whatsapp",
            "youtube",
        ),
        max_words=40,
    ),
    Rule(  # "Jane Doe covers energy for Reuters. Follow her on X."
        "author note",
        re.compile(
            r"\bfollow (?:him|her|them|me) (?:on|at) (?:@|(?:x|twitter|bluesky|threads"
            r"|instagram|facebook|linkedin|mastodon|telegram)\b)",
            re.I,
        ),
        ("follow",),
        max_words=60,
    ),
    Rule(
        "tags line",
        re.compile(
            r"^\W*(?:tags?|topics?|keywords|теги|мітки|теми|ключові слова|ключевые слова)"
            r"\s*:",
            re.I,
        ),
        ("tag", "topic", "keyword", "теги", "мітки", "теми", "ключов"),
        max_words=40,
    ),
    Rule(  # the furniture of a live blog's entries
        "byline or time stamp",
        # "Published June 12, 2024 at 6:40 a.m.", "Updated 12 Mar 2025"
        re.compile(
            r"^\s*(?:posted|written|updated|published|last updated)\s+(?:by|on|at|\d"
            r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)",
            re.I,
        ),
        ("posted", "written", "updated", "published"),
        max_words=10,
    ),
    Rule("date or time line", re.compile(r"^[\W\d]*\d{1,2}:\d{2}\s*(?:[AP]M)?[\W\d]*$", re.I)),
)
