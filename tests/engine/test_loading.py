"""Loading articles: formats, encodings, line endings, stdin, bad input, speed."""

import dataclasses
import hashlib
import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from viewer.assets import sample_pair
from viewer.engine import html_text, loading
from viewer.engine.loading import MAX_BYTES, LoadedText, LoadError, load_bytes, load_source

DATA = Path(__file__).resolve().parent / "data"
SEEDS = sorted((Path(__file__).resolve().parents[3] / "shared" / "corpus" / "seeds").glob("*.txt"))
UKRAINIAN = "Україна ґ є і ї"
TEXT = f"Headline\n\nFirst paragraph: {UKRAINIAN}.\nSecond line.\n\n• a bullet\n"


def _write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


# --- plain text: encodings and line endings -------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "prefix", "name"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"),
        ("utf-16", b"", "utf-16"),
        ("utf-16-be", b"\xfe\xff", "utf-16"),
        ("cp1251", b"", "cp1251"),
    ],
)
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
def test_text_file_comes_out_exactly_with_lf(
    tmp_path: Path, encoding: str, prefix: bytes, name: str, newline: str
):
    raw = prefix + TEXT.replace("\n", newline).encode(encoding)
    path = _write(tmp_path, "article.txt", raw)
    loaded = load_source(path)
    assert loaded == LoadedText(
        source=path,
        text=TEXT,
        sha256=hashlib.sha256(raw).hexdigest(),
        encoding=name,
        format="text",
    )


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Café naïve façade, déjà vu à Genève.\r\n", "latin-1"),
        ("“Quoted” – and… a euro: 5 €\r\n", "cp1252"),
    ],
)
def test_western_code_pages(tmp_path: Path, text: str, encoding: str):
    loaded = load_source(_write(tmp_path, "a.txt", text.encode(encoding)))
    assert (loaded.text, loaded.encoding) == (text.replace("\r\n", "\n"), encoding)


def test_text_is_otherwise_untouched(tmp_path: Path):
    raw = "  indented\t\ttabs  \n\n\n\nmany blank lines <p>not html</p> **not md**  \n"
    loaded = load_source(_write(tmp_path, "a.txt", raw.encode()))
    assert loaded.text == raw


@pytest.mark.parametrize("sample", sample_pair(), ids=lambda p: p.name)
def test_bundled_samples_load(sample: Path):
    loaded = load_source(str(sample))
    assert loaded.format == "text"
    assert loaded.text == sample.read_text(encoding="utf-8").replace("\r\n", "\n")


@pytest.mark.skipif(not SEEDS, reason="shared corpus not present")
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_corpus_seeds_load(seed: Path):
    assert load_source(str(seed)).encoding in {"utf-8", "utf-8-sig"}


# --- format choice -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "fmt", "expected"),
    [
        ("a.txt", "<html><body><p>x</p></body></html>", None, "text"),
        ("a.md", "# x", None, "markdown"),
        ("a.MARKDOWN", "# x", None, "markdown"),
        ("a.html", "<p>x</p>", None, "html"),
        ("a.HTM", "<p>x</p>", None, "html"),
        ("noext", "<!DOCTYPE html><p>x</p>", None, "html"),
        ("a.page", "\n  <HTML><body>x</body></HTML>", None, "html"),
        ("a.xml", '<?xml version="1.0" encoding="utf-8"?>\n<html><p>x</p></html>', None, "html"),
        ("noext", "# just text", None, "text"),
        ("a.txt", "<p>x</p>", "html", "html"),
        ("a.html", "# x", "md", "markdown"),
        ("a.md", "# x", "txt", "text"),
    ],
)
def test_format_from_suffix_sniffing_or_override(name: str, content: str, fmt, expected: str):
    assert load_bytes(content.encode(), name, fmt).format == expected


def test_unknown_format_is_a_programming_error():
    with pytest.raises(ValueError, match="unknown format"):
        load_bytes(b"x", "a.txt", "pdf")


# --- HTML ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def page() -> LoadedText:
    return load_source(str(DATA / "article.html"))


def _paragraphs(loaded: LoadedText) -> list[str]:
    return loaded.text.split("\n\n")


def test_html_keeps_all_visible_text_one_block_per_paragraph(page: LoadedText):
    assert _paragraphs(page) == [
        "• Home",
        "• World",
        "• Sport",
        "Example News",
        "US and Russian participants held unofficial talks in Geneva",
        "By Jane Doe",
        "Unofficial U.S. and Russian representatives have been quietly meeting in Switzerland"
        " in recent months for informal discussions regarding Ukraine, Reuters reported on"
        " Feb. 21.",
        "The disclosure comes shortly after Russia and the U.S. held preliminary peace talks"
        " between high-level officials in Saudi Arabia on Feb. 18 without Ukraine’s"
        " participation.",
        'The informal meetings were described as "track two meetings," a type of unofficial'
        " diplomacy meant to lower tension, Reuters reported, citing three unnamed sources.",
        "It is uncertain when the informal meetings began, one source said.",
        "• First point about the meetings in Geneva and elsewhere.",
        "• Second point about the Munich Security Conference.",
        "Most read",
        "• Ten things you missed this week",
        "• Weather: rain tomorrow",
        "© 2019 Example News. All rights reserved.",
    ]


@pytest.mark.parametrize("hidden", ["SCRIPT", "TEMPLATE", "HIDDEN", "NOSCRIPT", "color: red"])
def test_html_drops_invisible_content(page: LoadedText, hidden: str):
    assert hidden not in page.text


def test_html_main_spans_cover_the_article_only(page: LoadedText):
    assert page.main_spans is not None
    main = [page.text[start:end] for start, end in page.main_spans]
    assert main == _paragraphs(page)[4:5] + _paragraphs(page)[6:12]
    assert all(a[1] < b[0] for a, b in zip(page.main_spans, page.main_spans[1:], strict=False))


def test_html_metadata(page: LoadedText):
    assert (page.title, page.byline, page.date) == (
        "US and Russian participants held unofficial talks in Geneva",
        "Jane Doe",
        "2025-02-21",  # from the meta tag, not the footer's "© 2019"
    )
    assert (page.format, page.encoding) == ("html", "utf-8")


@pytest.mark.parametrize(
    ("markup", "paragraphs"),
    [
        ("<p>a &amp; b&nbsp;c &lt;d&gt;</p>", ["a & b c <d>"]),
        ("<p>one<br>two<br/>three</p>", ["one", "two", "three"]),
        ("<p>in<b>line</b> <a href='#'>link</a>s</p>", ["inline links"]),
        ("<div>loose<p>inner</p>tail</div>", ["loose", "inner", "tail"]),
        ("<table><tr><td>cell 1</td><td>cell 2</td></tr></table>", ["cell 1", "cell 2"]),
        ("<ul><li>item<ul><li>sub</li></ul></li></ul>", ["• item", "• sub"]),
        ("<figure><img alt='x'><figcaption>Photo: AP</figcaption></figure>", ["Photo: AP"]),
        ("<p>before<!-- comment -->after</p>", ["beforeafter"]),
        ("<p style='display: none'>gone</p><p>kept</p>", ["kept"]),
        ("<h2>  Spaced \n\t heading </h2>", ["Spaced heading"]),
    ],
)
def test_html_paragraph_rules(markup: str, paragraphs: list[str]):
    loaded = load_bytes(f"<html><body>{markup}</body></html>".encode(), "a.html")
    assert _paragraphs(loaded) == paragraphs


def test_html_table_cells_match_the_extractors_joined_row():
    """trafilatura writes a table row as one "| a | b |" line; long cells still match."""
    prose = "A long article paragraph about the talks in Geneva and what was said there. " * 3
    cells = ["The first long table cell with text", "The second long table cell text"]
    row = "".join(f"<td>{cell}</td>" for cell in cells)
    markup = (
        f"<html><body><nav><a href='/'>Home</a></nav><article><p>{prose}</p>"
        f"<table><tr>{row}</tr></table><p>Another {prose}</p></article></body></html>"
    )
    loaded = load_bytes(markup.encode(), "a.html")
    assert loaded.main_spans is not None
    main = [loaded.text[start:end] for start, end in loaded.main_spans]
    assert main == _paragraphs(loaded)[1:]


def test_html_nested_too_deep_for_libxml2_loses_no_text():
    depth = 5000  # libxml2 stops at 2048 levels and silently drops the rest
    markup = (
        "<html><head><title>T</title><script>var x;</script></head><body><p>before</p>"
        "<ul><li>one<li>two</ul>"
        + "<div>" * depth
        + "deep &amp; text"
        + "</div>" * depth
        + "<p>after</p></body></html>"
    )
    loaded = load_bytes(markup.encode(), "deep.html")
    assert _paragraphs(loaded) == ["before", "• one", "• two", "deep & text", "after"]


def test_html_in_cp1251_uses_its_declared_charset():
    markup = f'<html><head><meta charset="windows-1251"></head><body><p>{UKRAINIAN}</p></body>'
    loaded = load_bytes(markup.encode("cp1251"), "a.html")
    assert (loaded.text, loaded.encoding) == (UKRAINIAN, "cp1251")


def test_html_declaring_latin1_is_read_as_browsers_do():
    """Browsers read pages labelled iso-8859-1 as cp1252, where 0x93/0x94 are quotes."""
    markup = '<meta charset="iso-8859-1"><p>“Café”</p>'
    loaded = load_bytes(markup.encode("cp1252"), "a.html")
    assert (loaded.text, loaded.encoding) == ("“Café”", "cp1252")


def test_html_without_main_content_keeps_its_text(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(html_text, "_extract", lambda markup: None)
    loaded = load_bytes(b"<html><head><title> A  page </title></head><p>x</p>", "a.html")
    assert (loaded.text, loaded.main_spans, loaded.title) == ("x", None, "A page")


def test_html_survives_an_extractor_crash(monkeypatch: pytest.MonkeyPatch):
    import trafilatura

    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(trafilatura, "bare_extraction", explode)
    loaded = load_bytes(b"<html><body><p>kept</p></body></html>", "a.html")
    assert (loaded.text, loaded.main_spans) == ("kept", None)


# --- Markdown ------------------------------------------------------------------------------


def test_markdown_becomes_plain_paragraphs():
    loaded = load_source(str(DATA / "article.md"))
    assert _paragraphs(loaded) == [
        "Talks in Geneva",
        "Unofficial U.S. and Russian representatives have been quietly meeting in"
        " Switzerland, Reuters reported on Feb. 21.",
        "What we know",
        "• The meetings were informal.",
        "• They took place in Geneva.",
        "• One during the Munich Security Conference.",
        "• A third point with code.",
        "It is uncertain when the meetings began.",
        "Closing paragraph.",
    ]
    assert (loaded.format, loaded.title, loaded.main_spans) == ("markdown", "Talks in Geneva", None)


@pytest.mark.parametrize(
    ("markdown", "title"),
    [
        ("## Second level\n\n# Top\n\ntext", "Top"),
        ("## Only h2\n\ntext", "Only h2"),
        ("text", None),
    ],
)
def test_markdown_title_is_the_top_heading(markdown: str, title: str | None):
    assert load_bytes(markdown.encode(), "a.md").title == title


# --- stdin ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "fmt", "text"),
    [
        (TEXT.replace("\n", "\r\n").encode("cp1251"), "text", TEXT),
        (b"<!doctype html><html><body><p>From a pipe</p></body></html>", "html", "From a pipe"),
        (b"# Markdown is not guessed", "text", "# Markdown is not guessed"),
    ],
)
def test_stdin(data: bytes, fmt: str, text: str):
    loaded = load_source("-", stdin=io.BytesIO(data))
    assert (loaded.source, loaded.format, loaded.text) == ("-", fmt, text)


# --- bad input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.txt", b"", "it is empty"),
        ("blank.txt", b"  \r\n\t\n ", "only whitespace"),
        ("blank16.txt", " \n ".encode("utf-16"), "only whitespace"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "PNG image, not text"),
        ("archive.md", b"PK\x03\x04\x14\x00\x06\x00\x08\x00", "ZIP archive"),
        ("nul.txt", b"text\x00more text", "binary file, not text"),
        ("controls.txt", bytes(range(1, 9)) * 20, "binary file, not text"),
        ("garbage.txt", bytes(range(0x80, 0x100)) * 8, "cannot tell its text encoding"),
        ("empty.html", b"<html><head><title>t</title></head><body> </body></html>", "no visible"),
        ("script.html", b"<html><script>var x = 1;</script></html>", "no visible text"),
        ("empty.md", b"<!-- only a comment -->", "no visible text"),
    ],
)
def test_bad_files_raise_one_clear_line(tmp_path: Path, name: str, data: bytes, problem: str):
    path = _write(tmp_path, name, data)
    _assert_refused(path, problem)


def _assert_refused(path: str, problem: str, **kwargs) -> None:
    with pytest.raises(LoadError) as caught:
        load_source(path, **kwargs)
    message = str(caught.value)
    assert message.startswith(f"cannot open '{path}': ")
    assert problem in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (lambda tmp: str(tmp / "missing.txt"), "no such file"),
        (lambda tmp: str(tmp / "missing" / "deeper.txt"), "no such file"),
        (lambda tmp: str(tmp), "it is a folder, not a file"),
        (lambda tmp: "https://example.com/story", "web addresses cannot be opened"),
        (lambda tmp: _write(tmp, "plain", b"x") + "/child.txt", "not a directory"),
    ],
    ids=["missing", "missing-folder", "folder", "url", "file-as-folder"],
)
def test_unreadable_paths(tmp_path: Path, make, problem: str):
    _assert_refused(make(tmp_path), problem)


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = _write(tmp_path, "secret.txt", b"text")

    def deny(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(loading, "open", deny, raising=False)
    _assert_refused(path, "permission denied")


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads anything")
def test_permission_denied_for_real(tmp_path: Path):
    path = _write(tmp_path, "secret.txt", b"text")
    os.chmod(path, 0)
    _assert_refused(path, "permission denied")


def test_oversized_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 2**20)  # sparse: 50 MB on paper, nothing on disk

    def must_not_read(*args, **kwargs):
        raise AssertionError("read a file that is too big")

    monkeypatch.setattr(loading, "open", must_not_read, raising=False)
    _assert_refused(str(path), "it is 50.0 MB, over the 32 MB limit")


def test_file_growing_past_the_limit_is_refused(tmp_path: Path):
    path = _write(tmp_path, "a.txt", b"x" * 101)
    _assert_refused(path, "over the", max_bytes=100)
    assert load_source(path, max_bytes=101).text == "x" * 101


@pytest.mark.parametrize(
    ("data", "problem"),
    [(b"", "it is empty"), (b"x" * 11, "over the"), (b"\x00\x01\x02", "binary file")],
)
def test_bad_stdin(data: bytes, problem: str):
    with pytest.raises(LoadError, match=f"^cannot read standard input: .*{problem}"):
        load_source("-", stdin=io.BytesIO(data), max_bytes=10)


def test_max_bytes_fits_the_benchmark_pair():
    assert MAX_BYTES == 32 * 2**20


# --- contract ------------------------------------------------------------------------------


def test_loaded_text_is_frozen():
    loaded = load_bytes(b"x", "a.txt")
    with pytest.raises(dataclasses.FrozenInstanceError):
        loaded.text = "y"  # type: ignore[misc]


def _best_time(action, repeats: int = 5) -> float:
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return min(timings)


def test_six_megabyte_text_loads_fast(tmp_path: Path):
    """About 40 ms on an idle machine; on a busy one, within a few times the bare minimum."""
    line = f"Paragraph {UKRAINIAN} with words, numbers 12,345 and “quotes”.\r\n"
    path = _write(tmp_path, "big.txt", (line * (6_000_000 // len(line.encode()))).encode())
    assert "\r" not in load_source(path).text
    load = _best_time(lambda: load_source(path))
    floor = _best_time(lambda: hashlib.sha256(Path(path).read_bytes()).digest())
    assert load < 0.1 or load < 6 * floor, (load, floor)


def test_plain_text_load_imports_no_heavy_libraries(tmp_path: Path):
    """trafilatura costs 0.4 s to import: a .txt load must not pay for it."""
    path = _write(tmp_path, "a.txt", TEXT.encode("cp1251"))
    code = (
        "import sys\n"
        "from viewer.engine.loading import load_source\n"
        f"assert load_source({path!r}).encoding == 'cp1251'\n"
        "heavy = {'trafilatura', 'markdown', 'charset_normalizer', 'lxml'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])
