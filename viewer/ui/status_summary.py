"""The always-visible counts of a comparison: linked, reworded, added, omitted, moved."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QLabel, QWidget

from viewer.engine.model import Comparison, LinkKind

__all__ = ["StatusSummary", "Summary", "summarize"]


@dataclass(frozen=True, slots=True)
class Summary:
    """Paragraph and word counts; ``added``/``omitted`` are as seen from the left article."""

    linked: int = 0
    reworded: int = 0
    added: int = 0
    omitted: int = 0
    moved: int = 0
    changed_words: int = 0
    flags: int = 0


def _words(text: str) -> int:
    return len(text.split())


def summarize(comparison: Comparison) -> Summary:
    """Count a comparison.

    A change counts the words on its longer side, so replacing three words by two counts
    three, and an insertion counts its inserted words: the number a reader has to check.
    """
    pairs = comparison.pairs
    return Summary(
        linked=len(pairs),
        reworded=sum(p.kind is LinkKind.REWORDED for p in pairs),
        added=len(comparison.right_only),
        omitted=len(comparison.left_only),
        moved=sum(p.moved for p in pairs),
        changed_words=sum(
            max(_words(c.left.text), _words(c.right.text)) for p in pairs for c in p.changes
        ),
        flags=sum(len(p.flags) for p in pairs),
    )


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def summary_text(summary: Summary) -> str:
    parts = [
        f"{summary.linked} linked",
        f"{summary.reworded} reworded",
        f"{summary.added} added",
        f"{summary.omitted} omitted",
        f"{summary.moved} moved",
        _plural(summary.changed_words, "changed word"),
    ]
    if summary.flags:
        parts.append(_plural(summary.flags, "fact flag"))
    return " · ".join(parts)


class StatusSummary(QLabel):
    """A status-bar label; its tooltip says what each count means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolTip(
            "Paragraphs: linked across the two articles, reworded (linked but not identical),\n"
            "added (only on the right), omitted (only on the left), moved (order changed).\n"
            "Changed words: words inserted, deleted or replaced inside linked paragraphs."
        )
        self.set_comparison(None)

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.summary = summarize(comparison) if comparison is not None else None
        self.setText(summary_text(self.summary) if self.summary else "No comparison open")
