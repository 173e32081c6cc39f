"""The ``*.crosscheck`` comparison file (docs/comparison-file.md) to and from JSON objects."""

# Reading is strict about structure, so a damaged file is reported, never half-loaded,
# and lenient about unknown keys, so later minor additions still open.

from __future__ import annotations

import copy
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any

from viewer import __version__
from viewer.annotations.model import (
    DEFAULT_TAGS,
    Anchor,
    Note,
    Side,
    TextPositionSelector,
    TextQuoteSelector,
)
from viewer.engine.model import Document

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "ComparisonFile",
    "FileFormatError",
    "SourceRecord",
    "from_json_dict",
    "to_json_dict",
]

FORMAT_NAME = "crosscheck/comparison-file"
FORMAT_VERSION = 1


class FileFormatError(ValueError):
    """A comparison file that cannot be read: damaged, not ours, or from a newer version.

    ``message`` is a sentence for the user; ``path`` names the file when known.
    """

    def __init__(self, message: str, path: str | None = None) -> None:
        self.message = message
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """One compared article as it was loaded, text included, so the file opens on its own."""

    source: str
    text: str
    sha256: str = ""
    title: str | None = None
    loaded: datetime | None = None
    encoding: str = "utf-8"
    format: str = "text"
    byline: str | None = None
    date: str | None = None

    @classmethod
    def from_document(cls, doc: Document, loaded: datetime | None = None) -> SourceRecord:
        """Record a loaded document; ``loaded`` defaults to now.

        The loader's SHA-256 (of the bytes read) is kept; a document built without one
        gets the SHA-256 of its UTF-8 text, so the record can still key a recovery file.
        """
        digest = doc.sha256 or hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
        return cls(
            source=doc.source,
            text=doc.text,
            sha256=digest,
            title=doc.title,
            loaded=loaded or datetime.now(UTC),
            encoding=doc.encoding,
            format=doc.format,
            byline=doc.byline,
            date=doc.date,
        )

    def to_document(self) -> Document:
        """The Document of the stored text, for reopening when the source moved or changed.

        The text is segmented and judged again exactly as loaded text is; an HTML page's
        extractor hints are not stored, so its cruft flags may differ slightly.
        """
        from viewer.engine.document import build_document  # the engine only when reopening
        from viewer.engine.loading import LoadedText

        loaded = LoadedText(
            source=self.source,
            text=self.text,
            sha256=self.sha256,
            encoding=self.encoding,
            format=self.format,
            title=self.title,
            byline=self.byline,
            date=self.date,
        )
        return build_document(loaded)


@dataclass(frozen=True, slots=True)
class ComparisonFile:
    """Everything a ``*.crosscheck`` file holds.

    ``view`` is a free-form, JSON-compatible mapping of view settings (``show_cruft``,
    ``hide_identical``...), copied and made read-only on construction. ``saved`` and
    ``app_version`` describe the last save; the storage layer stamps them.
    """

    left: SourceRecord
    right: SourceRecord
    notes: tuple[Note, ...] = ()
    view: Mapping[str, Any] = field(default_factory=dict)
    tags: tuple[str, ...] = DEFAULT_TAGS
    saved: datetime | None = None
    app_version: str = __version__

    def __post_init__(self) -> None:
        object.__setattr__(self, "notes", tuple(self.notes))
        object.__setattr__(self, "tags", tuple(self.tags))
        object.__setattr__(self, "view", MappingProxyType(copy.deepcopy(dict(self.view))))


# --- writing -------------------------------------------------------------------------


def _iso(moment: datetime) -> str:
    """ISO 8601 with a zone; a naive time (never produced here) is taken as UTC."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).isoformat()


def _source_to_json(src: SourceRecord) -> dict[str, Any]:
    return {
        "source": src.source,
        "title": src.title,
        "sha256": src.sha256,
        "loaded": _iso(src.loaded) if src.loaded else None,
        "encoding": src.encoding,
        "format": src.format,
        "byline": src.byline,
        "date": src.date,
        "text": src.text,
    }


def _anchor_to_json(anchor: Anchor) -> dict[str, Any]:
    return {
        "side": anchor.side.value,
        "quote": {
            "exact": anchor.quote.exact,
            "prefix": anchor.quote.prefix,
            "suffix": anchor.quote.suffix,
        },
        "position": {"start": anchor.position.start, "end": anchor.position.end},
    }


def note_to_json(note: Note) -> dict[str, Any]:
    """One note as stored in the ``notes`` list of a comparison file."""
    return {
        "id": note.id,
        "body": note.body,
        "tag": note.tag,
        "author": note.author,
        "created": _iso(note.created),
        "edited": _iso(note.edited),
        "orphaned": note.orphaned,
        "anchors": [_anchor_to_json(a) for a in note.anchors],
    }


def to_json_dict(cf: ComparisonFile) -> dict[str, Any]:
    """The JSON object for ``cf`` (``saved`` is now when ``cf`` was never saved)."""
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "saved": _iso(cf.saved or datetime.now(UTC)),
        "app_version": cf.app_version,
        "left": _source_to_json(cf.left),
        "right": _source_to_json(cf.right),
        "view": copy.deepcopy(dict(cf.view)),
        "notes": [note_to_json(n) for n in cf.notes],
        "tags": list(cf.tags),
    }


# --- reading -------------------------------------------------------------------------

_MISSING: Any = object()
_TYPE_NAMES = {str: "a string", int: "an integer", bool: "true or false", dict: "an object"}


def _get(obj: Mapping[str, Any], key: str, kind: type, where: str, default: Any = _MISSING):
    """``obj[key]`` checked to be of ``kind``; a missing or null value takes ``default``."""
    if obj.get(key) is None:
        if default is _MISSING:
            raise FileFormatError(f'{where}: "{key}" is missing')
        return default
    value = obj[key]
    wrong_bool = kind is int and isinstance(value, bool)
    if not isinstance(value, kind) or wrong_bool:
        expected = _TYPE_NAMES.get(kind, kind.__name__)
        raise FileFormatError(f'{where}: "{key}" should be {expected}')
    return value


def _list(obj: Mapping[str, Any], key: str, where: str) -> list[Any]:
    value = obj.get(key, [])
    if not isinstance(value, list):
        raise FileFormatError(f'{where}: "{key}" should be a list')
    return value


def _object(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise FileFormatError(f"{where} should be an object")
    return value


def _time(obj: Mapping[str, Any], key: str, where: str, default: Any = _MISSING):
    text = _get(obj, key, str, where, default)
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise FileFormatError(f'{where}: "{key}" is not a date and time: {text!r}') from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _source_from_json(value: Any, where: str) -> SourceRecord:
    obj = _object(value, where)
    return SourceRecord(
        source=_get(obj, "source", str, where),
        text=_get(obj, "text", str, where),
        sha256=_get(obj, "sha256", str, where, ""),
        title=_get(obj, "title", str, where, None),
        loaded=_time(obj, "loaded", where, None),
        encoding=_get(obj, "encoding", str, where, "utf-8"),
        format=_get(obj, "format", str, where, "text"),
        byline=_get(obj, "byline", str, where, None),
        date=_get(obj, "date", str, where, None),
    )


def _anchor_from_json(value: Any, where: str) -> Anchor:
    obj = _object(value, where)
    side = _get(obj, "side", str, where)
    try:
        parsed_side = Side(side)
    except ValueError:
        raise FileFormatError(f'{where}: "side" should be "left" or "right"') from None
    quote = _object(_get(obj, "quote", dict, where), f"{where}.quote")
    position = _object(_get(obj, "position", dict, where), f"{where}.position")
    start = _get(position, "start", int, f"{where}.position")
    end = _get(position, "end", int, f"{where}.position")
    if not 0 <= start <= end:
        raise FileFormatError(f"{where}.position: bad range {start}..{end}")
    return Anchor(
        side=parsed_side,
        quote=TextQuoteSelector(
            exact=_get(quote, "exact", str, f"{where}.quote"),
            prefix=_get(quote, "prefix", str, f"{where}.quote", ""),
            suffix=_get(quote, "suffix", str, f"{where}.quote", ""),
        ),
        position=TextPositionSelector(start, end),
    )


def note_from_json(value: Any, where: str = "note") -> Note:
    """A note from its stored object; ``where`` names it in error messages."""
    obj = _object(value, where)
    anchors = tuple(
        _anchor_from_json(a, f"{where}.anchors[{i}]")
        for i, a in enumerate(_list(obj, "anchors", where))
    )
    return Note(
        body=_get(obj, "body", str, where, ""),
        tag=_get(obj, "tag", str, where, ""),
        anchors=anchors,
        author=_get(obj, "author", str, where, ""),
        id=_get(obj, "id", str, where),
        created=_time(obj, "created", where),
        edited=_time(obj, "edited", where),
        orphaned=_get(obj, "orphaned", bool, where, False),
    )


def _check_header(obj: Mapping[str, Any]) -> None:
    """Reject files that are not ours or are too new, before looking at anything else."""
    if obj.get("format") != FORMAT_NAME:
        raise FileFormatError("this is not a Crosscheck comparison file")
    version = obj.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise FileFormatError(f"the file has no valid format version ({version!r})")
    if version > FORMAT_VERSION:
        raise FileFormatError(
            f"this file was written by a newer Crosscheck (version {version}); "
            f"this version reads version {FORMAT_VERSION}"
        )


def from_json_dict(d: Any) -> ComparisonFile:
    """Parse a decoded comparison file; any problem raises ``FileFormatError``."""
    obj = _object(d, "the file")
    _check_header(obj)
    view = _get(obj, "view", dict, "the file", {})
    tags = _list(obj, "tags", "the file") if "tags" in obj else list(DEFAULT_TAGS)
    if not all(isinstance(t, str) for t in tags):
        raise FileFormatError('the file: "tags" should be a list of strings')
    notes: Iterable[Note] = (
        note_from_json(n, f"notes[{i}]") for i, n in enumerate(_list(obj, "notes", "the file"))
    )
    return ComparisonFile(
        left=_source_from_json(obj.get("left"), "left"),
        right=_source_from_json(obj.get("right"), "right"),
        notes=tuple(notes),
        view=view,
        tags=tuple(tags),
        saved=_time(obj, "saved", "the file", None),
        app_version=_get(obj, "app_version", str, "the file", ""),
    )
