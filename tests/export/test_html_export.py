"""The HTML export: self-contained, complete (both sides, notes) and written atomically."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from viewer.annotations.model import Side
from viewer.export import ExportError, ExportOptions, export_html

from .builders import news_comparison, note_on
from .conftest import FIXED, LEFT_SENTENCE, NOTE_LEFT, NOTE_RIGHT, RIGHT_SENTENCE

RESOURCE_URL = re.compile(
    r"""(?:src|srcset|poster|data)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?\s*(?:https?:)?//"""
    r"""|@import|<link\b|<script\b|<iframe\b""",
    re.IGNORECASE,
)


def test_sample_pair_has_both_sides_and_both_notes(sample, sample_notes, tmp_path: Path) -> None:
    out = export_html(sample, sample_notes, tmp_path / "sample.html", FIXED)
    page = out.read_text(encoding="utf-8")
    flat = " ".join(re.sub(r"<[^>]+>", "", page).split())
    assert LEFT_SENTENCE in flat and RIGHT_SENTENCE in flat
    assert NOTE_LEFT in flat and NOTE_RIGHT in flat
    assert f"<strong>{NOTE_LEFT}</strong>" in page  # Markdown rendered
    assert 'href="#note-1"' in page and 'id="ref-1-1"' in page and 'href="#ref-1-1"' in page
    assert sample.left.sha256 in page and "Exported 2026-03-01 09:30 UTC" in page


def test_no_external_resource_urls_only_links(sample, sample_notes, tmp_path: Path) -> None:
    page = export_html(sample, sample_notes, tmp_path / "s.html", FIXED).read_text("utf-8")
    assert not RESOURCE_URL.search(page)
    assert '<a href="https://nbc.com">NBC</a>' in page  # links in note text are fine


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ('<img src="http://x/y.png">', True),
        ("body { background: url('https://x/y.png') }", True),
        ("<link rel=stylesheet href=//cdn/x.css>", True),
        ('<a href="https://example.org">a link</a>', False),
    ],
)
def test_the_resource_url_check_itself(snippet: str, expected: bool) -> None:
    assert bool(RESOURCE_URL.search(snippet)) is expected


def test_highlights_use_del_and_ins_and_facts_are_strong(tmp_path: Path) -> None:
    comparison = news_comparison()
    note = note_on(comparison.left, Side.LEFT, "loud noise", "<b>raw</b> & **bold**")
    page = export_html(comparison, [note], tmp_path / "n.html", FIXED).read_text("utf-8")
    assert '<strong class="fact first"><del class="replaced">40</del></strong>' in page
    # The marker is CSS: find-in-page and copying a quote never meet it in the text.
    style, body = page.split("</style>", 1)
    assert 'strong.first::before { content: "⚑"; }' in style and "⚑" not in body
    assert '<ins class="replaced">explosion</ins>' in page
    assert "&lt;b&gt;raw&lt;/b&gt; &amp; <strong>bold</strong>" in page
    assert "not in the other article" in page and "moved: ¶1 on the right" in page
    assert "Left out as page cruft" in page and "Home | World" not in page


def test_page_size_reaches_the_print_css(tmp_path: Path) -> None:
    out = export_html(news_comparison(), [], tmp_path / "l.html", ExportOptions(page_size="Letter"))
    assert "size: letter" in out.read_text("utf-8")


def test_missing_folder_is_a_clear_error_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export_html(news_comparison(), [], tmp_path / "nowhere" / "x.html")
    assert list(tmp_path.iterdir()) == []


def test_failed_write_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "keep.html"
    target.write_text("previous export", encoding="utf-8")

    def explode(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("viewer.export.html_export.render_html", lambda *_a: "x" * 10)
    monkeypatch.setattr(Path, "write_text", explode)
    with pytest.raises(ExportError, match="No space left on device"):
        export_html(news_comparison(), [], target)
    assert target.read_text(encoding="utf-8") == "previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.html"]
