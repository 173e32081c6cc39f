"""Bytes to text: BOMs, UTF-8, UTF-16, cp1251 against look-alikes, Western code pages."""

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from viewer.engine.decoding import LoadError, decode_bytes, normalise_newlines

UKRAINIAN = "Україна ґ є і ї"


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (b"plain ASCII", "plain ASCII", "utf-8"),
        (UKRAINIAN.encode("utf-8"), UKRAINIAN, "utf-8"),
        (codecs.BOM_UTF8 + UKRAINIAN.encode("utf-8"), UKRAINIAN, "utf-8-sig"),
        (UKRAINIAN.encode("utf-16"), UKRAINIAN, "utf-16"),
        (codecs.BOM_UTF16_LE + UKRAINIAN.encode("utf-16-le"), UKRAINIAN, "utf-16"),
        (codecs.BOM_UTF16_BE + UKRAINIAN.encode("utf-16-be"), UKRAINIAN, "utf-16"),
        (UKRAINIAN.encode("utf-32"), UKRAINIAN, "utf-32"),
        ("Plain words, no BOM".encode("utf-16-le"), "Plain words, no BOM", "utf-16-le"),
        ("Plain words, no BOM".encode("utf-16-be"), "Plain words, no BOM", "utf-16-be"),
        ("Café naïve façade, déjà vu à Genève.".encode("latin-1"), None, "latin-1"),
        ("Größe, übermäßig schön".encode("latin-1"), None, "latin-1"),
        ("café".encode("latin-1"), None, "latin-1"),
        ("“Smart quotes” – a euro € sign… naïve".encode("cp1252"), None, "cp1252"),
        ("Price: 5 €".encode("cp1252"), None, "cp1252"),
        (
            "Привет, как дела? Сегодня хорошая погода в Москве.".encode("koi8-r"),
            None,
            "koi8-r",
        ),
        (
            b'<html><head><meta charset="iso-8859-2"></head><body>'
            + "Zażółć gęślą jaźń, Łukasz.".encode("iso-8859-2")
            + b"</body></html>",
            None,
            "iso8859-2",
        ),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 12 else None,
)
def test_encodings_decode_to_the_original_text(data: bytes, text: str | None, encoding: str):
    decoded, name = decode_bytes(data)
    assert name == encoding
    expected = text if text is not None else data.decode(encoding)
    assert decoded == expected
    assert not decoded.startswith("\ufeff")


@pytest.mark.parametrize(
    "text",
    [
        UKRAINIAN,
        "Київ",
        "Їжак",
        "Привет, мир",
        "УКРАЇНА",
        "Київ заявив про нові переговори у Женеві.",
        "Президент України Володимир Зеленський заявив: «Ми готові». Ціна — 5 € за ґудзик.",
        "Reuters: Україна та США провели переговори",  # mixed scripts, as in real headlines
    ],
)
def test_short_cyrillic_cp1251_wins_over_look_alike_code_pages(text: str):
    decoded, name = decode_bytes(text.encode("cp1251"))
    assert (decoded, name) == (text, "cp1251")


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "it is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "PDF document"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"text with a \x00 NUL byte inside", "binary file"),
        (bytes(range(1, 9)) * 40, "binary file"),
        (b"mostly text " * 10 + bytes(range(14, 32)), "binary file"),
        (bytes(range(0x80, 0x100)) * 10, "cannot tell its text encoding"),
        (codecs.BOM_UTF16_LE + b"a\x00b", "not valid UTF-16"),
    ],
)
def test_bad_bytes_raise_one_clear_line(data: bytes, problem: str):
    with pytest.raises(LoadError) as caught:
        decode_bytes(data)
    message = str(caught.value)
    assert problem in message
    assert "\n" not in message
    assert caught.value.source is None


@pytest.mark.parametrize(
    "data",
    [
        b"one stray escape \x1b[1m in a log paste",
        b"old DOS text ends with Ctrl-Z\x1a",
        b"form feed\x0cand vertical tab\x0b are text",
    ],
)
def test_a_few_control_characters_are_still_text(data: bytes):
    assert decode_bytes(data)[0] == data.decode("ascii")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\r\nb\r\n", "a\nb\n"),
        ("a\rb\r", "a\nb\n"),
        ("a\nb\n", "a\nb\n"),
        ("a\r\n\r\nb\r\rc\n", "a\n\nb\n\nc\n"),
        ("no newline", "no newline"),
    ],
)
def test_normalise_newlines(raw: str, expected: str):
    assert normalise_newlines(raw) == expected


def test_load_error_names_its_source():
    error = LoadError("it is empty").for_source("a.txt")
    assert str(error) == "cannot open 'a.txt': it is empty"
    assert str(LoadError("it is empty", "-")) == "cannot read standard input: it is empty"
    assert str(LoadError("no such file", "odd\nname")) == "cannot open 'odd\\nname': no such file"


_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff")
    | st.sampled_from("\n\t"),
    min_size=1,
)


@given(_TEXT, st.sampled_from(["utf-8", "utf-16", "utf-32"]))
def test_unicode_round_trips(text: str, encoding: str):
    assert decode_bytes(text.encode(encoding))[0] == text


@given(_TEXT, st.sampled_from([codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE]))
def test_utf16_with_either_bom_round_trips(text: str, bom: bytes):
    codec = "utf-16-le" if bom == codecs.BOM_UTF16_LE else "utf-16-be"
    assert decode_bytes(bom + text.encode(codec)) == (text, "utf-16")


@pytest.mark.parametrize(
    ("tail", "encoding"),
    [
        (b"\x98", "cp1252"),  # undefined in cp1251 only
        (b"\x81", "latin-1"),  # undefined in cp1252, a C1 control in latin-1
    ],
)
def test_a_byte_past_the_scored_sample_still_decodes(tail: bytes, encoding: str):
    """The scorer reads a sample; the choice must still decode the whole file."""
    data = "Café naïve, déjà vu. ".encode("latin-1") * 20_000 + tail
    assert decode_bytes(data) == (data.decode(encoding), encoding)


def test_cp1251_with_an_undefined_byte_past_the_sample_never_crashes():
    data = "Київ заявив про переговори. ".encode("cp1251") * 20_000 + b"\x98"
    try:
        _text, name = decode_bytes(data)
    except LoadError as error:
        assert "encoding" in str(error)
    else:
        assert name != "cp1251"


def test_large_cp1251_file_decodes_fast():
    import time

    data = "Київ заявив про нові переговори у Женеві, ґ є і ї.\r\n".encode("cp1251") * 100_000
    start = time.perf_counter()
    _text, name = decode_bytes(data)
    assert name == "cp1251"
    assert time.perf_counter() - start < 0.5
