"""The command line: the JSON contract, the text report, and bad input without tracebacks."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "resources" / "samples"
LEFT, RIGHT = SAMPLES / "closest-copy.txt", SAMPLES / "drifting-rewrite.txt"


def crosscheck(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "viewer", *args],
        capture_output=True,
        input=stdin,
        env=env,
        cwd=REPO,
        timeout=120,
    )


def test_json_contract_version_1() -> None:
    run = crosscheck("compare", str(LEFT), str(RIGHT), "--format", "json")
    assert run.returncode == 0, run.stderr
    doc = json.loads(run.stdout)
    assert doc["format"] == "crosscheck/comparison" and doc["version"] == 1
    for side, path in (("left", LEFT), ("right", RIGHT)):
        d = doc[side]
        assert d["source"] == str(path)
        assert d["text"] == path.read_text(encoding="utf-8")
        assert len(d["sha256"]) == 64
        for i, b in enumerate(d["blocks"]):
            assert b["id"] == i and d["text"][b["start"] : b["end"]] == b["text"]
            assert isinstance(b["boilerplate"], bool)
    assert doc["pairs"], "the sample pair shares most of its story"
    pair = doc["pairs"][0]
    assert set(pair) >= {"left", "right", "kind", "similarity", "moved", "changes", "flags"}
    assert pair["kind"] in ("same", "reworded")
    for p in doc["pairs"]:
        for ch in p["changes"]:
            assert ch["op"] in ("insert", "delete", "replace")
            assert (
                doc["left"]["text"][ch["left"]["start"] : ch["left"]["end"]] == ch["left"]["text"]
            )
    body_l = {b["id"] for b in doc["left"]["blocks"] if not b["boilerplate"]}
    assert {i for p in doc["pairs"] for i in p["left"]} | set(doc["left_only"]) == body_l


def test_text_report_is_plain_when_piped_and_written_to_file(tmp_path: Path) -> None:
    run = crosscheck("compare", str(LEFT), str(RIGHT))
    assert run.returncode == 0
    out = run.stdout.decode()
    assert "\033[" not in out and "linked" in out and "[-" in out
    target = tmp_path / "report.json"
    assert (
        crosscheck(
            "compare", str(LEFT), str(RIGHT), "--format", "json", "-o", str(target)
        ).returncode
        == 0
    )
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == 1


def test_stdin_as_one_side() -> None:
    run = crosscheck("compare", "-", str(RIGHT), "--format", "json", stdin=LEFT.read_bytes())
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["left"]["source"] == "-"


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _big_sparse(path: Path) -> Path:
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    return path


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "folder"),
        (lambda d: _write(d / "empty.txt", b""), "empty"),
        (lambda d: _write(d / "x.bin", b"\x00\x01\x02PK\x03\x04" * 100), "binary"),
        (lambda d: _write(d / "bad.txt", bytes(range(128, 256)) * 4), "bad.txt"),
        (lambda d: _big_sparse(d / "huge.txt"), "MB"),
    ],
    ids=["missing", "directory", "empty", "binary", "undecodable", "50MB"],
)
def test_bad_input_gives_one_clear_line_and_exit_2(tmp_path: Path, make, words: str) -> None:
    path = make(tmp_path)
    run = crosscheck("compare", str(path), str(RIGHT))
    err = run.stderr.decode()
    assert run.returncode == 2, err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert words.lower() in err.lower()
    assert run.stdout == b""


def test_unwritable_output_is_a_clear_error(tmp_path: Path) -> None:
    run = crosscheck(
        "compare", str(LEFT), str(RIGHT), "-o", str(tmp_path / "no" / "such" / "x.txt")
    )
    assert run.returncode == 2
    assert "Traceback" not in run.stderr.decode()


def test_compare_does_not_import_qt() -> None:
    code = (
        "import contextlib, io, sys\n"
        "from viewer.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['compare', sys.argv[1], sys.argv[2], '--format', 'json'])\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, str(LEFT), str(RIGHT)], cwd=REPO, capture_output=True
    )
    assert run.returncode == 0, run.stderr.decode()


def test_version() -> None:
    assert crosscheck("--version").stdout.decode().startswith("crosscheck ")
