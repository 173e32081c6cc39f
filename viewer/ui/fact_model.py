"""The fact changes of a comparison as rows in reading order, and their Qt table model.

``fact_rows`` lists every flag once, ordered as the left article reads (a pair's first
left block, then the flag's place); ``step_row`` moves through them from wherever the
reader is. ``FactTableModel`` shows the rows: kind, left text, right text, note.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from viewer.engine.model import Comparison, FlagKind
from viewer.ui.margin_marks import FLAG_GLYPHS

__all__ = ["COLUMNS", "FactIndex", "FactRow", "FactTableModel", "fact_rows", "step_row"]

COLUMNS = ("Kind", "Left", "Right", "Note")
_DROPPED = "\u2014"  # shown for an empty side: the words were dropped there


@dataclass(frozen=True, slots=True)
class FactRow:
    """One flag: ``comparison.pairs[pair].flags[index]``, with its texts for the list."""

    pair: int
    index: int
    kind: FlagKind
    left: str
    right: str
    note: str


@dataclass(frozen=True, slots=True)
class FactIndex:
    """The rows, and each pair's rank in reading order (for stepping from any pair)."""

    rows: tuple[FactRow, ...]
    rank: dict[int, int]  # pair index -> rank in reading order
    row_ranks: tuple[int, ...]  # rank of each row's pair, ascending


def fact_rows(comparison: Comparison | None) -> FactIndex:
    """Every flag of ``comparison`` in reading order."""
    if comparison is None:
        return FactIndex((), {}, ())
    position = {b.id: i for i, b in enumerate(comparison.left.blocks)}
    far = len(position)

    def first_left(p: int) -> tuple[int, int]:
        return min((position.get(b, far) for b in comparison.pairs[p].left), default=far), p

    order = sorted(range(len(comparison.pairs)), key=first_left)
    rank = {p: r for r, p in enumerate(order)}
    rows = []
    for p in order:
        pair = comparison.pairs[p]
        flags = sorted(enumerate(pair.flags), key=lambda f: (f[1].left.start, f[1].right.start))
        for i, flag in flags:
            rows.append(FactRow(p, i, flag.kind, flag.left.text, flag.right.text, flag.note))
    return FactIndex(tuple(rows), rank, tuple(rank[r.pair] for r in rows))


def step_row(index: FactIndex, row: int | None, pair: int, backwards: bool) -> int | None:
    """The next (or previous) row from the reader's place; None at either end.

    ``row`` is the fact last gone to; it counts only while its pair is still the current
    ``pair`` (-1 for none). Otherwise the step starts from the current pair itself, so
    "next fact change" continues from what the reader clicked.
    """
    count = len(index.rows)
    if not count:
        return None
    if row is not None and 0 <= row < count and index.rows[row].pair == pair:
        found = row - 1 if backwards else row + 1
        return found if 0 <= found < count else None
    if pair not in index.rank:
        return count - 1 if backwards else 0
    rank = index.rank[pair]
    if backwards:
        found = bisect_left(index.row_ranks, rank) - 1
        return found if found >= 0 else None
    found = bisect_right(index.row_ranks, rank)
    return found if found < count else None


class FactTableModel(QAbstractTableModel):
    """Read-only rows of fact changes; the full texts are in the tooltips."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index = fact_rows(None)

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self._index = fact_rows(comparison)
        self.endResetModel()

    def fact_index(self) -> FactIndex:
        return self._index

    def fact(self, row: int) -> FactRow:
        return self._index.rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._index.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if not index.isValid() or not 0 <= index.row() < len(self._index.rows):
            return None
        fact = self._index.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(fact, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            change = f"{fact.left or _DROPPED} \u2192 {fact.right or _DROPPED}"
            return f"{fact.kind.value}: {change}\n{fact.note}"
        return None


def _cell(fact: FactRow, column: int) -> str:
    if column == 0:
        return f"{FLAG_GLYPHS[fact.kind]}  {fact.kind.value}"
    if column == 1:
        return " ".join(fact.left.split()) or _DROPPED
    if column == 2:
        return " ".join(fact.right.split()) or _DROPPED
    return fact.note
