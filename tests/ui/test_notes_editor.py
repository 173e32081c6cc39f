"""The note dialog: hostile Markdown shows as text, fetches nothing, opens only web links."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl

from viewer.ui import note_editor
from viewer.ui.note_editor import NoteEditor, SafeBrowser

pytestmark = pytest.mark.gui

HOSTILE = (
    "Look: <script>alert(1)</script>\n\n"
    '<img src="http://example.com/x.png">\n\n'
    "![pixel](http://example.com/track.png) and [site](javascript:alert(2))"
)


@pytest.fixture
def editor(qtbot) -> NoteEditor:
    dialog = NoteEditor("the quote", ["Fine", "Misquote"], "Ann", body="", tag="Misquote")
    qtbot.addWidget(dialog)
    return dialog


def test_hostile_markdown_is_shown_as_text_and_fetches_nothing(
    qtbot, editor: NoteEditor, monkeypatch
) -> None:
    requests: list[str] = []
    original = SafeBrowser.loadResource

    def spy(self, kind, name):
        requests.append(name.toString() if isinstance(name, QUrl) else str(name))
        return original(self, kind, name)

    monkeypatch.setattr(SafeBrowser, "loadResource", spy)
    editor.editor.setPlainText(HOSTILE)
    editor.show()
    qtbot.waitExposed(editor)
    editor.preview.grab()  # paint it: images would be requested now
    text = editor.preview.toPlainText()
    assert "<script>alert(1)</script>" in text
    assert '<img src="http://example.com/x.png">' in text
    html = editor.preview.toHtml()
    assert "<img" not in html
    assert "javascript:" not in html
    assert not [r for r in requests if r.startswith("http")]


def test_links_open_only_on_click_and_only_for_the_web(qtbot, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        note_editor.QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True
    )
    browser = SafeBrowser()
    qtbot.addWidget(browser)
    browser.show_markdown("[site](https://example.com/a)")
    assert opened == []  # rendering follows nothing
    assert not browser.openLinks() and not browser.openExternalLinks()
    browser.anchorClicked.emit(QUrl("https://example.com/a"))
    browser.anchorClicked.emit(QUrl("file:///etc/passwd"))
    browser.anchorClicked.emit(QUrl("javascript:alert(1)"))
    assert opened == ["https://example.com/a"]
    assert browser.source().isEmpty()  # the browser itself never navigated


def test_values_are_trimmed_and_new_tags_typed(qtbot, editor: NoteEditor) -> None:
    editor.editor.setPlainText("  **bold** verdict \n")
    editor.tag_box.setCurrentText(" New tag ")
    assert editor.body() == "**bold** verdict"
    assert editor.tag() == "New tag"
    assert "<b>bold</b>" in editor.preview.toHtml() or "font-weight" in editor.preview.toHtml()


def test_the_quote_and_author_are_plain_text(qtbot) -> None:
    dialog = NoteEditor("<b>not bold</b>", [], "<i>Eve</i>")
    qtbot.addWidget(dialog)
    assert dialog.quote.text() == "“<b>not bold</b>”"
    assert dialog.quote.textFormat() == note_editor.Qt.TextFormat.PlainText
    assert dialog.author.textFormat() == note_editor.Qt.TextFormat.PlainText
