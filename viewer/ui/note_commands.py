"""Note commands: notes on the selected words, a paragraph, a link or a fact change; editing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar

from viewer.annotations.anchoring import make_anchor
from viewer.annotations.fact_notes import draft_for_flag
from viewer.annotations.model import Anchor, Note, Side, quote_text
from viewer.engine.model import Comparison, Document, Flag
from viewer.ui.actions import make_action
from viewer.ui.note_editor import NoteEditor
from viewer.ui.pane_ranges import trimmed

if TYPE_CHECKING:
    from viewer.ui.notes_controller import NotesController

__all__ = ["NoteCommands"]

_STATUS_MS = 5000


def _block_range(doc: Document, block_ids: Sequence[int]) -> tuple[int, int] | None:
    blocks = [b for b in doc.blocks if b.id in set(block_ids)]
    if not blocks:
        return None
    return trimmed(doc.text, blocks[0].start, blocks[-1].end)


class NoteCommands(QObject):
    """Turns what the user points at (words, a paragraph, a link) into note dialogs.

    The dialogs hand finished notes to the controller, which owns the list and its undo.

    Members:
      annotate, annotate_paragraph, annotate_link: the window's actions (Ctrl+M and kin),
        enabled while a comparison is shown.
      editor: the last note dialog opened (tests fill it in and accept it).
    """

    def __init__(self, controller: NotesController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.window = controller.window
        self.view = controller.view
        self.editor: NoteEditor | None = None
        self._last_side = Side.LEFT

        window = self.window
        self.annotate = make_action(window, "&Add Note…", ["Ctrl+M"], "Annotate the selected words")
        self.annotate_paragraph = make_action(
            window, "Note on &Paragraph…", ["Ctrl+Shift+M"], "Annotate the whole paragraph"
        )
        self.annotate_link = make_action(
            window,
            "Note on &Link…",
            ["Ctrl+Alt+M"],
            "Annotate the current pair of linked paragraphs",
        )
        self.annotate.triggered.connect(lambda: self.annotate_selection())
        self.annotate_paragraph.triggered.connect(lambda: self.annotate_block())
        self.annotate_link.triggered.connect(lambda: self.annotate_pair())
        for action in self.actions():
            self.window.addAction(action)

        for side in Side:
            pane = self.view.pane(side)
            pane.selection_changed.connect(lambda s=side: self._selection_moved(s))
            pane.block_clicked.connect(lambda _id, s=side: setattr(self, "_last_side", s))
            pane.add_context_menu_hook(lambda menu, point, s=side: self._fill_menu(s, menu, point))
        session = controller.session
        session.comparison_changed.connect(self._on_comparison_changed)
        self._on_comparison_changed(session.comparison)

    def actions(self) -> tuple[QAction, QAction, QAction]:
        """The three annotate actions, in menu order."""
        return self.annotate, self.annotate_paragraph, self.annotate_link

    def install_toolbar(self, toolbar: QToolBar | None) -> None:
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.annotate)

    def _on_comparison_changed(self, comparison: Comparison | None) -> None:
        for action in self.actions():
            action.setEnabled(comparison is not None)

    # -- what the user points at -------------------------------------------------------

    def _selection_moved(self, side: Side) -> None:
        if self.view.pane(side).editor.textCursor().hasSelection():
            self._last_side = side

    def _side_in_focus(self) -> Side:
        for side in Side:
            if self.view.pane(side).editor.hasFocus():
                return side
        return self._last_side

    def _document(self, side: Side) -> Document:
        comparison = self.controller.comparison()
        assert comparison is not None
        return comparison.left if side is Side.LEFT else comparison.right

    def annotate_selection(self, side: Side | None = None) -> NoteEditor | None:
        """Open the note dialog on the selected words; on the paragraph if none are."""
        if self.controller.comparison() is None:
            return None
        side = side or self._side_in_focus()
        picked = self.view.pane(side).selected_range()
        if picked is None:
            other = Side.RIGHT if side is Side.LEFT else Side.LEFT
            picked = self.view.pane(other).selected_range()
            side = other if picked is not None else side
        if picked is None:
            return self.annotate_block(side)
        doc = self._document(side)
        return self._ask((make_anchor(side, doc.text, *picked),), "Add Note")

    def annotate_block(
        self, side: Side | None = None, point: QPoint | None = None
    ) -> NoteEditor | None:
        """Open the note dialog on a whole paragraph: under ``point``, at the cursor, or
        the current one."""
        if self.controller.comparison() is None:
            return None
        side = side or self._side_in_focus()
        pane, doc = self.view.pane(side), self._document(side)
        block = pane.block_at(point)
        ids = [block] if block is not None else sorted(pane.current_blocks())
        picked = _block_range(doc, ids[:1])
        if picked is None:
            self._status("Click a paragraph or select words first, then add the note.")
            return None
        return self._ask((make_anchor(side, doc.text, *picked),), "Note on Paragraph")

    def annotate_pair(self) -> NoteEditor | None:
        """Open the note dialog on the current pair of linked paragraphs (both sides)."""
        comparison = self.controller.comparison()
        index = self.view.current_pair()
        if comparison is None or not 0 <= index < len(comparison.pairs):
            self._status("Click a linked paragraph first: the note goes on the link.")
            return None
        pair = comparison.pairs[index]
        anchors = []
        for side, ids in ((Side.LEFT, pair.left), (Side.RIGHT, pair.right)):
            picked = _block_range(self._document(side), ids)
            if picked is not None:
                anchors.append(make_anchor(side, self._document(side).text, *picked))
        if len(anchors) != 2:
            return None
        return self._ask(tuple(anchors), "Note on Link")

    def annotate_flag(self, flag: Flag) -> NoteEditor | None:
        """Open the note dialog on a fact change: its words on each side that holds
        them, its finding written in and its kind's usual verdict chosen."""
        comparison = self.controller.comparison()
        if comparison is None:
            return None
        draft = draft_for_flag(
            flag, comparison.left.text, comparison.right.text, self.controller.tags
        )
        return self._ask(draft.anchors, "Note on Fact Change", draft.body, draft.tag or None)

    # -- the note dialog ---------------------------------------------------------------

    def _open(self, editor: NoteEditor) -> NoteEditor:
        """Show ``editor`` as a window-modal sheet that deletes itself when closed."""
        editor.setParent(self.window, editor.windowFlags())
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.setWindowModality(Qt.WindowModality.WindowModal)
        self.editor = editor
        editor.open()
        return editor

    def _ask(
        self, anchors: tuple[Anchor, ...], title: str, body: str = "", tag: str | None = None
    ) -> NoteEditor:
        controller = self.controller
        prefs = controller.preferences
        quote = quote_text(Note("", "", anchors))
        editor = NoteEditor(
            quote, controller.tags, prefs.author_name, body=body, tag=tag, title=title
        )
        editor.accepted.connect(
            lambda: controller.add_note(
                Note(
                    body=editor.body(),
                    tag=editor.tag(),
                    anchors=anchors,
                    author=prefs.author_name,
                )
            )
        )
        return self._open(editor)

    def edit(self, note_id: str) -> NoteEditor | None:
        """Open the note dialog on an existing note."""
        controller = self.controller
        note = controller.note(note_id)
        if note is None:
            return None
        editor = NoteEditor(
            quote_text(note),
            controller.tags,
            note.author,
            body=note.body,
            tag=note.tag,
            title="Edit Note",
        )
        editor.accepted.connect(
            lambda: controller.update_note(note_id, editor.body(), editor.tag())
        )
        return self._open(editor)

    def jump_to(self, note_id: str) -> bool:
        """Show a note's words (both sides for a link) and mark it as the current note."""
        controller = self.controller
        note = controller.note(note_id)
        if note is None or controller.comparison() is None:
            return False
        controller.marks.set_current(note_id)
        if note.orphaned:
            self._status(f"This note lost its place: {controller.model.reason(note_id)}.")
            return False
        first = note.anchors[0]
        block = self.view.pane(first.side).block_of(first.position.start)
        if block is not None:
            self.view.select_block(first.side, block)
        for anchor in reversed(note.anchors):
            self.view.pane(anchor.side).select_range(anchor.position.start, anchor.position.end)
        return True

    # -- the panes' context menus ------------------------------------------------------

    def _fill_menu(self, side: Side, menu: QMenu, point: QPoint) -> None:
        """A pane's context menu: the note commands after the text view's own entries."""
        if self.controller.comparison() is None:
            return
        menu.addSeparator()
        has_selection = self.view.pane(side).selected_range() is not None
        add = menu.addAction("Add Note on Selection…", lambda: self.annotate_selection(side))
        add.setShortcut(self.annotate.shortcut())
        add.setEnabled(has_selection)
        menu.addAction("Add Note on Paragraph…", lambda: self.annotate_block(side, point))
        link = menu.addAction("Add Note on Link…", self.annotate_pair)
        link.setEnabled(self.view.current_pair() >= 0)

    def _status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, _STATUS_MS)
