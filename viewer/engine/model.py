"""Exchange types of the comparison engine: frozen dataclasses and enums only."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class BlockKind(Enum):
    """What a block looks like on the page; headings and bullets stay separate blocks."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    BULLET = "bullet"


class ChangeKind(Enum):
    """A word-level edit between the two sides of an aligned pair."""

    INSERT = "insert"
    DELETE = "delete"
    REPLACE = "replace"


class LinkKind(Enum):
    """How close two linked blocks are: identical words, or the same content reworded."""

    SAME = "same"
    REWORDED = "reworded"


class FlagKind(Enum):
    """Kinds of fact change a fact-checker must look at."""

    NUMBER = "number"
    DATE = "date"
    NAME = "name"
    QUOTE = "quote"
    ATTRIBUTION = "attribution"
    CERTAINTY = "certainty"

    # Members are singletons: identity hashing is C-speed, where Enum's hashes the name in
    # Python (the fact finder keys dicts and sets by kind tens of thousands of times).
    __hash__ = object.__hash__


@dataclass(frozen=True, slots=True)
class Span:
    """A range of a document's text; ``text`` is always ``doc.text[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span ``start..end`` of ``text`` (a document's, or a pair side's)."""
        return cls(start, end, text[start:end])

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")
        if len(self.text) != self.end - self.start:
            raise ValueError("span text does not match its offsets")


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph, heading or bullet of a document, with offsets into its text.

    ``boilerplate`` marks page cruft (navigation, teasers, bylines...): it is kept and
    shown collapsed, never dropped; ``cruft_reason`` says why it was flagged.
    """

    id: int
    start: int
    end: int
    text: str
    kind: BlockKind = BlockKind.PARAGRAPH
    boilerplate: bool = False
    cruft_reason: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A loaded article: the text exactly as decoded, and the blocks that cover it."""

    source: str
    text: str
    blocks: tuple[Block, ...]
    sha256: str = ""
    title: str | None = None
    byline: str | None = None
    date: str | None = None
    encoding: str = "utf-8"
    format: str = "text"

    def body_blocks(self) -> tuple[Block, ...]:
        """Blocks that are article body, not page cruft."""
        return tuple(b for b in self.blocks if not b.boilerplate)


@dataclass(frozen=True, slots=True)
class Change:
    """A word-level edit; spans are offsets into each document's text.

    An insert has an empty left span at the insertion point, a delete an empty right span.
    """

    kind: ChangeKind
    left: Span
    right: Span


class FactSide(Enum):
    """Which sides of a flag hold the fact: both ("X becomes Y"), or one only (a fact
    dropped or added, where the other side shows what stands in its place)."""

    BOTH = "both"
    LEFT = "left"  # dropped
    RIGHT = "right"  # added


@dataclass(frozen=True, slots=True)
class Flag:
    """A change that alters a fact (number, date, name, quote, attribution, certainty)."""

    kind: FlagKind
    left: Span
    right: Span
    note: str
    held: FactSide = FactSide.BOTH


@dataclass(frozen=True, slots=True)
class AlignedPair:
    """Blocks on the left that correspond to blocks on the right (1:1, 1:n or n:1)."""

    left: tuple[int, ...]
    right: tuple[int, ...]
    kind: LinkKind
    similarity: float
    moved: bool = False
    changes: tuple[Change, ...] = ()
    flags: tuple[Flag, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class Comparison:
    """The whole result: both documents, their aligned pairs and one-sided body blocks."""

    left: Document
    right: Document
    pairs: tuple[AlignedPair, ...]
    left_only: tuple[int, ...]
    right_only: tuple[int, ...]
