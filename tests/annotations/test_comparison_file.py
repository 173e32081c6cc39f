"""The comparison file's JSON: lossless round trip, strict and clear about bad input."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from tests.annotations.builders import LEFT_TEXT, sample_comparison
from viewer.annotations.comparison_file import (
    FORMAT_NAME,
    ComparisonFile,
    FileFormatError,
    SourceRecord,
    from_json_dict,
    to_json_dict,
)
from viewer.annotations.model import DEFAULT_TAGS
from viewer.engine.model import Block, Document


def test_round_trip_through_json_text_keeps_every_field() -> None:
    cf = sample_comparison()
    text = json.dumps(to_json_dict(cf), ensure_ascii=False)
    back = from_json_dict(json.loads(text))
    assert back == cf
    assert back.notes[0].created.microsecond == 123456
    assert back.left.text == LEFT_TEXT
    assert back.view["zoom"] == 1.25


def test_header_and_layout() -> None:
    d = to_json_dict(sample_comparison())
    assert (d["format"], d["version"]) == (FORMAT_NAME, 1)
    assert d["saved"] == "2024-05-04T18:00:00+00:00"
    assert set(d) == {
        "format",
        "version",
        "saved",
        "app_version",
        "left",
        "right",
        "view",
        "notes",
        "tags",
    }
    assert set(d["left"]) == {
        "source",
        "title",
        "sha256",
        "loaded",
        "encoding",
        "format",
        "byline",
        "date",
        "text",
    }
    start = LEFT_TEXT.index("дефіцит")
    assert d["notes"][1]["anchors"][0] == {
        "side": "left",
        "quote": {
            "exact": "дефіцит становить 3%",
            "prefix": LEFT_TEXT[start - 32 : start],
            "suffix": ".\n\nAnalysts expect growth of 2.1",
        },
        "position": {
            "start": start,
            "end": start + 20,
        },
    }


def test_unsaved_file_gets_a_saved_time() -> None:
    cf = ComparisonFile(left=SourceRecord("a", "x"), right=SourceRecord("b", "y"))
    saved = datetime.fromisoformat(to_json_dict(cf)["saved"])
    assert abs((saved - datetime.now(UTC)).total_seconds()) < 60


def test_view_is_copied_and_read_only() -> None:
    view = {"show_cruft": True, "nested": {"a": 1}}
    cf = ComparisonFile(left=SourceRecord("a", "x"), right=SourceRecord("b", "y"), view=view)
    view["nested"]["a"] = 2
    assert cf.view["nested"] == {"a": 1}
    with pytest.raises(TypeError):
        cf.view["show_cruft"] = False  # type: ignore[index]


def test_minimal_file_takes_defaults_and_ignores_unknown_keys() -> None:
    d = {
        "format": FORMAT_NAME,
        "version": 1,
        "left": {"source": "a.txt", "text": "A"},
        "right": {"source": "b.txt", "text": "B", "title": None, "future_field": [1]},
        "something_new": {"x": 1},
    }
    cf = from_json_dict(d)
    assert cf.notes == () and dict(cf.view) == {} and cf.tags == DEFAULT_TAGS
    assert cf.saved is None and cf.left.loaded is None
    assert (cf.right.encoding, cf.right.format, cf.right.sha256) == ("utf-8", "text", "")


def test_naive_times_are_read_as_utc() -> None:
    d = to_json_dict(sample_comparison())
    d["notes"][0]["created"] = "2024-05-03T09:30:00"
    assert from_json_dict(d).notes[0].created == datetime(2024, 5, 3, 9, 30, tzinfo=UTC)


def test_source_record_from_document() -> None:
    doc = Document(
        source="/tmp/a.html",
        text="Привіт",
        blocks=(Block(0, 0, 6, "Привіт"),),
        sha256="f" * 64,
        title="Hello",
        byline="By Ann",
        date="2024-05-03",
        encoding="cp1251",
        format="html",
    )
    rec = SourceRecord.from_document(doc)
    assert (rec.byline, rec.date) == ("By Ann", "2024-05-03")
    assert (rec.source, rec.text, rec.sha256, rec.title, rec.encoding, rec.format) == (
        "/tmp/a.html",
        "Привіт",
        "f" * 64,
        "Hello",
        "cp1251",
        "html",
    )
    assert rec.loaded is not None and rec.loaded.tzinfo is not None
    unhashed = SourceRecord.from_document(Document(source="s", text="abc", blocks=()))
    assert unhashed.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def _set(path: str, value: Any) -> Callable[[dict], None]:
    """A mutation that sets (or, for ``...``, deletes) a dotted path in the file's dict."""

    def mutate(d: dict) -> None:
        *parents, last = path.split(".")
        for key in parents:
            d = d[int(key)] if isinstance(d, list) else d[key]
        if value is ...:
            del d[last]
        elif isinstance(d, list):
            d[int(last)] = value
        else:
            d[last] = value

    return mutate


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (_set("format", "something/else"), "not a Crosscheck comparison file"),
        (_set("format", ...), "not a Crosscheck comparison file"),
        (
            _set("version", 2),
            "written by a newer Crosscheck (version 2); this version reads version 1",
        ),
        (_set("version", "1"), "no valid format version"),
        (_set("version", True), "no valid format version"),
        (_set("version", 0), "no valid format version"),
        (_set("left", ...), "left should be an object"),
        (_set("right.text", ...), 'right: "text" is missing'),
        (_set("right.text", 7), 'right: "text" should be a string'),
        (_set("left.loaded", "yesterday"), 'left: "loaded" is not a date and time'),
        (_set("notes", {}), '"notes" should be a list'),
        (_set("notes.1", "note"), "notes[1] should be an object"),
        (_set("notes.1.id", ...), 'notes[1]: "id" is missing'),
        (_set("notes.0.created", "2024-13-45"), 'notes[0]: "created" is not a date'),
        (_set("notes.0.orphaned", "no"), '"orphaned" should be true or false'),
        (_set("notes.1.anchors.1.side", "middle"), 'notes[1].anchors[1]: "side" should be'),
        (_set("notes.0.anchors.0.position.start", -1), "bad range -1.."),
        (_set("notes.0.anchors.0.position.end", 1.5), '"end" should be an integer'),
        (_set("notes.0.anchors.0.quote", ...), 'notes[0].anchors[0]: "quote" is missing'),
        (_set("view", []), '"view" should be an object'),
        (_set("tags", ["ok", 3]), '"tags" should be a list of strings'),
    ],
)
def test_bad_structure_is_a_clear_error(mutate: Callable[[dict], None], message: str) -> None:
    d = to_json_dict(sample_comparison())
    mutate(d)
    snapshot = copy.deepcopy(d)
    with pytest.raises(FileFormatError) as caught:
        from_json_dict(d)
    assert message in str(caught.value)
    assert d == snapshot


@pytest.mark.parametrize("value", [None, [], "text", 3])
def test_not_an_object_at_all(value: Any) -> None:
    with pytest.raises(FileFormatError, match="should be an object"):
        from_json_dict(value)


def test_to_document_rebuilds_the_stored_text() -> None:
    rec = sample_comparison().left
    doc = rec.to_document()
    assert (doc.source, doc.text, doc.sha256, doc.title) == (
        rec.source,
        rec.text,
        rec.sha256,
        rec.title,
    )
    assert doc.blocks and all(doc.text[b.start : b.end] == b.text for b in doc.blocks)
    assert any("Міністр" in b.text for b in doc.blocks)
    assert (doc.encoding, doc.format, doc.byline) == ("utf-8", "text", "By Ann Smith")
