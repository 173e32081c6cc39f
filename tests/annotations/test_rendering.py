"""Note rendering: Markdown formatting yes, live HTML and fetched images never."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.annotations.rendering import SAFE_SCHEMES, render_note_html, summary_line

FORBIDDEN_TAGS = {"script", "img", "iframe", "object", "embed", "link", "style", "svg", "video"}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


def _assert_inert(html: str) -> None:
    for tag, attrs in _tags(html):
        assert tag not in FORBIDDEN_TAGS, html
        assert not any(name.startswith("on") or name in {"src", "style"} for name in attrs)
        if "href" in attrs:
            assert (attrs["href"] or "").split(":")[0].lower() in SAFE_SCHEMES, html


@pytest.mark.parametrize(
    ("note", "visible"),
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        (
            '<img src="http://example.com/x.png">',
            '&lt;img src="http://example.com/x.png"&gt;',
        ),
        ("<div>\n<script>x()</script>\n</div>", "&lt;script&gt;x()&lt;/script&gt;"),
        ('<a href="javascript:alert(1)">x</a>', "&lt;a href="),
        ("`<b>code</b>`", "<code>&lt;b&gt;code&lt;/b&gt;</code>"),
        ("![chart](http://example.com/x.png)", '<a href="http://example.com/x.png">chart</a>'),
        ("![](http://example.com/x.png)", '<a href="http://example.com/x.png">http://'),
        ("![c][1]\n\n[1]: https://example.com/c.png", '<a href="https://example.com/c.png">c</a>'),
        ("![pixel](data:image/png;base64,AAAA)", "<span>pixel</span>"),
        ("[click](javascript:alert(1))", "<span>click</span>"),
        ("[site](https://example.com/a?b=1&c=2)", '<a href="https://example.com/a?b=1&amp;c=2">'),
        ("<https://reuters.com>", '<a href="https://reuters.com">https://reuters.com</a>'),
        ("**Changed** number\nsecond line", "<strong>Changed</strong> number<br />"),
        ("- one\n- two", "<li>one</li>"),
        ("Цифра змінилася: 3% → 4%", "Цифра змінилася: 3% → 4%"),
    ],
)
def test_render(note: str, visible: str) -> None:
    html = render_note_html(note)
    assert visible in html
    _assert_inert(html)


FRAGMENTS = [
    "<script>",
    "</script>",
    "<img src=x onerror=alert(1)>",
    "<iframe src='http://e'>",
    "![a](http://e/x.png)",
    "![b](javascript:1)",
    "[l](javascript:alert(1))",
    "[k](https://ok.example)",
    "[r][1]",
    "\n\n[1]: vbscript:x\n\n",
    "<style>body{}</style>",
    "<svg onload=alert(1)>",
    "`code`",
    "**b**",
    "&lt;",
    "\n",
    "> ",
    "text ",
]


@settings(deadline=None)  # a Markdown conversion can stall on a busy machine
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=12))
def test_any_mix_of_hostile_fragments_renders_inert(parts: list[str]) -> None:
    _assert_inert(render_note_html("".join(parts)))


@pytest.mark.parametrize(
    ("body", "line"),
    [
        ("", ""),
        ("\n\n  \n", ""),
        ("## Number changed\nmore", "Number changed"),
        ("> quoted claim", "quoted claim"),
        ("\n - first item\n - second", "first item"),
        ("1. step one", "step one"),
        ("x" * 100, "x" * 79 + "…"),
    ],
)
def test_summary_line(body: str, line: str) -> None:
    assert summary_line(body) == line
