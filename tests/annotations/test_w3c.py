"""The JSON-LD export is a valid-looking W3C AnnotationCollection with every note in it."""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import replace
from pathlib import Path

import pytest

from tests.annotations.builders import sample_comparison
from viewer.annotations.comparison_file import SourceRecord
from viewer.annotations.model import Note
from viewer.annotations.w3c import (
    ANNO_CONTEXT,
    annotation_id,
    source_iri,
    to_jsonld,
    write_jsonld,
)

TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def _export() -> dict:
    cf = sample_comparison()
    return json.loads(json.dumps(to_jsonld(cf.notes, cf.left, cf.right), ensure_ascii=False))


def test_collection_has_the_required_fields() -> None:
    doc = _export()
    assert doc["@context"] == ANNO_CONTEXT
    assert doc["type"] == "AnnotationCollection"
    assert doc["total"] == 3
    page = doc["first"]
    assert page["type"] == "AnnotationPage"
    assert len(page["items"]) == 3
    for item in page["items"]:
        assert item["type"] == "Annotation"
        assert uuid.UUID(item["id"].removeprefix("urn:uuid:"))
        assert item["motivation"] in {"assessing", "commenting"}
        assert TIME.match(item["created"]) and TIME.match(item["modified"])
        for target in item["target"]:
            assert target["source"]
            assert target["selector"][0]["type"] == "TextQuoteSelector"
    assert len({item["id"] for item in page["items"]}) == 3


def test_annotation_content() -> None:
    first, link, orphan = _export()["first"]["items"]
    assert first["creator"] == {"type": "Person", "name": "Олена Петренко"}
    assert first["created"] == "2024-05-03T09:30:15Z"
    assert first["modified"] == "2024-05-04T17:00:00Z"
    assert first["body"] == [
        {
            "type": "TextualBody",
            "value": sample_comparison().notes[0].body,
            "format": "text/markdown",
            "purpose": "commenting",
        },
        {"type": "TextualBody", "value": "Changed number", "purpose": "tagging"},
    ]
    (target,) = first["target"]
    assert target["source"] == "https://example.com/news/дефіцит?id=1&x=2"
    quote, position = target["selector"]
    assert quote["exact"] == "deficit was 4%" and quote["prefix"].endswith("said the ")
    assert position == {"type": "TextPositionSelector", "start": 29, "end": 43}
    assert [t["source"] for t in link["target"]] == [
        "file:///home/ann/articles/reuters.txt",
        "https://example.com/news/дефіцит?id=1&x=2",
    ]
    assert [s["type"] for s in orphan["target"][0]["selector"]] == ["TextQuoteSelector"]
    assert [b["purpose"] for b in orphan["body"]] == ["tagging"]


def test_untagged_anonymous_note_is_a_comment() -> None:
    cf = sample_comparison()
    note = replace(cf.notes[0], tag="", author="")
    (item,) = to_jsonld([note], cf.left, cf.right)["first"]["items"]
    assert item["motivation"] == "commenting"
    assert "creator" not in item
    assert [b["purpose"] for b in item["body"]] == ["commenting"]


def test_annotation_ids_are_stable() -> None:
    hex_id = Note(body="", tag="", anchors=()).id
    assert annotation_id(hex_id) == f"urn:uuid:{uuid.UUID(hex_id)}"
    assert annotation_id("sample-1") == annotation_id("sample-1") != annotation_id("sample-2")


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("https://example.com/a?b=1", "https://example.com/a?b=1"),
        ("file:///tmp/a.txt", "file:///tmp/a.txt"),
        ("/tmp/статя 1.txt", "file:///tmp/%D1%81%D1%82%D0%B0%D1%82%D1%8F%201.txt"),
        ("", "urn:crosscheck:sha256:abc"),
    ],
)
def test_source_iri(source: str, expected: str) -> None:
    assert source_iri(SourceRecord(source=source, text="", sha256="abc")) == expected


def test_relative_path_becomes_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert source_iri(SourceRecord("a.txt", "")) == (tmp_path / "a.txt").as_uri()


def test_write_jsonld(tmp_path: Path) -> None:
    cf = sample_comparison()
    path = tmp_path / "notes.jsonld"
    write_jsonld(path, cf.notes, cf.left, cf.right)
    assert json.loads(path.read_text(encoding="utf-8")) == _export()
