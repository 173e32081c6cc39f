"""Bytes to text: BOMs, strict UTF-8, cp1251 versus cp1252 scoring, charset detection."""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter

__all__ = ["LoadError", "decode_bytes", "normalise_newlines"]

# Signatures of common non-text files, so the message can say what the file is.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document (copy its text into a .txt file)"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.odt/.epub file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file"),
    (b"\x7fELF", "a program"),
    (b"MZ\x90\x00", "a Windows program"),
)

# UTF-32 first: its little-endian BOM starts with the UTF-16 one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# C0 controls other than tab, LF, VT, FF, CR; DEL; as bytes and as a character class.
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32), 127])
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_UNPRINTABLE_IN_NAME = re.compile("[\x00-\x1f\x7f-\x9f]")  # keeps the message one line

# `<meta charset=...>`, `<meta ... content="text/html; charset=...">`, `<?xml encoding=...?>`.
_DECLARED = re.compile(
    rb"""<(?:meta|\?xml)[^>]*?(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)

# The scorer reads this much of a file: enough words to judge, fast on 32 MB inputs.
_SAMPLE_BYTES = 64 * 1024
# Worst share of odd-looking words or symbols we still accept from the cp1251/cp1252 scorer.
_MAX_ODDITY = 0.2
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile("[\u0400-\u04ff]+")
_ASCII_LETTER = re.compile("[A-Za-z]")
# Non-ASCII characters that are not letters or digits, and superscripts ("³" is cp1251 "і").
_NON_ASCII_SYMBOL = re.compile(r"[^\x00-\x7f\w]|[\u00b2\u00b3\u00b9]")
_WESTERN_LABELS = frozenset({"ascii", "iso8859-1", "latin-1", "cp1252"})
_C1_BYTES = bytes(range(0x80, 0xA0))  # where cp1252 and latin-1 differ
_CP1252_GAPS = b"\x81\x8d\x8f\x90\x9d"  # bytes cp1252 leaves undefined
_FINE_SYMBOLS = frozenset("°©®™№§¶€£¥¢±×÷½¼¾")


class LoadError(Exception):
    """A file that cannot be loaded as an article; ``str(e)`` is one user-facing line.

    ``reason`` says what is wrong ("it is a binary file, not text"); ``source`` names the
    file, or is ``None`` when the bytes came without a name.
    """

    def __init__(self, reason: str, source: str | None = None) -> None:
        self.reason = reason
        self.source = source
        super().__init__(_message(reason, source))

    def for_source(self, source: str) -> LoadError:
        """The same problem, now naming the file it came from."""
        return LoadError(self.reason, source)


def _message(reason: str, source: str | None) -> str:
    if source is None:
        return f"cannot decode text: {reason}"
    if source == "-":
        return f"cannot read standard input: {reason}"
    shown = _UNPRINTABLE_IN_NAME.sub(lambda m: repr(m.group())[1:-1], source)
    return f"cannot open '{shown}': {reason}"


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so offsets mean the same thing on every platform."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a file's bytes; return ``(text, encoding name)`` or raise LoadError.

    Order: refuse known binary formats; honour a BOM; strict UTF-8 (most files); a
    charset the page declares; a scorer that tells cp1251 from cp1252/latin-1 even on a
    few words; charset-normalizer for anything else. The text keeps its line endings.
    """
    if not data:
        raise LoadError("it is empty")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise LoadError(f"it is {what}, not text")
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _checked(_decode_or_fail(data, name), name)
    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16 is None:
            raise LoadError("it is a binary file, not text")
        return _checked(_decode_or_fail(data, utf16), utf16)
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if _too_many_controls(controls, len(data)):
        raise LoadError("it is a binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    found = _declared(data) or _scored(data)
    if found is not None:
        c1 = len(data) - len(data.translate(None, _C1_BYTES)) if found == "latin-1" else 0
        if _too_many_controls(controls + c1, len(data)):  # C0 counted above; C1 in latin-1
            raise LoadError("it is a binary file, not text")
        return data.decode(found), _display_name(found)
    found = _detected(data)
    if found is not None:
        return _checked(data.decode(found), _display_name(found))
    raise LoadError("cannot tell its text encoding (not UTF-8, UTF-16, cp1251, cp1252 or latin-1)")


def _decode_or_fail(data: bytes, name: str) -> str:
    try:
        text = data.decode(name)
    except UnicodeDecodeError as error:
        raise LoadError(f"it is not valid {name.upper()} (bad bytes at {error.start})") from None
    return text  # the BOM codecs drop the BOM themselves


def _checked(text: str, name: str) -> tuple[str, str]:
    """Refuse text that decoded but is mostly control characters (binary in disguise)."""
    if "\x00" in text or _too_many_controls(len(_CONTROL_CHARS.findall(text)), len(text)):
        raise LoadError("it is a binary file, not text")
    return text, name


def _too_many_controls(count: int, length: int) -> bool:
    """A stray ESC or Ctrl-Z is fine; one control character in a hundred is not text."""
    return count > max(2, length // 100)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: NULs sit in every other byte when the text is mostly ASCII."""
    if len(data) % 2:
        return None
    half = len(data) // 2
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if odd > half * 0.6 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.6 and odd < half * 0.05:
        return "utf-16-be"
    return None


def _declared(data: bytes) -> str | None:
    """The charset an HTML or XML file declares, if it really decodes the bytes."""
    match = _DECLARED.search(data[:4096])
    if match is None:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
        data.decode(name)
    except (LookupError, UnicodeDecodeError):
        return None
    if name.startswith("utf") or name in _WESTERN_LABELS:
        return None  # UTF already failed; "latin-1" pages are cp1252 in browsers: score them
    return name


def _scored(data: bytes) -> str | None:
    """cp1251 or cp1252 (latin-1), whichever reads as natural text.

    Statistical detectors confuse short Cyrillic texts with look-alike code pages; word
    shape settles it: cp1251 Cyrillic decoded as cp1252 gives words made only of accented
    letters, and latin-1 decoded as cp1251 gives Latin words with Cyrillic letters inside.
    """
    sample = data[:_SAMPLE_BYTES]
    # Judge on a sample, but offer only code pages that decode the whole file.
    if _has_any(data, _CP1252_GAPS):
        western = "latin-1"
    elif _has_any(data, _C1_BYTES):
        western = "cp1252"
    else:
        western = "latin-1"  # cp1252 decodes identically here; latin-1 is the plainer claim
    candidates = [(_oddity(sample.decode(western)), western)]
    if b"\x98" not in data:  # the one byte cp1251 leaves undefined
        candidates.append((_oddity(sample.decode("cp1251")), "cp1251"))
    oddity, best = min(candidates, key=lambda c: c[0])  # stable: Western wins a tie
    return best if oddity <= _MAX_ODDITY else None


def _has_any(data: bytes, byte_set: bytes) -> bool:
    """Whether ``data`` holds any of ``byte_set``; translate runs at memory speed."""
    return len(data.translate(None, byte_set)) != len(data)


def _oddity(text: str) -> float:
    """Share of non-ASCII words and symbols that no real text would contain.

    Each distinct word is judged once: running text repeats its words a lot.
    """
    words = Counter(word for word in _WORD.findall(text) if not word.isascii())
    symbols = Counter(_NON_ASCII_SYMBOL.findall(text))
    odd = sum(count for word, count in words.items() if _odd_word(word))
    odd += sum(count for char, count in symbols.items() if _odd_symbol(char))
    total = words.total() + symbols.total()
    return odd / total if total else 0.0


def _odd_word(word: str) -> bool:
    if _CYRILLIC.search(word):
        # Real Cyrillic words are all Cyrillic and shaped "слово", "Слово" or "СЛОВО";
        # KOI8-R read as cp1251 gives "пРИВЕТ", latin-1 read as cp1251 "Cafй".
        mixed = not _CYRILLIC.fullmatch(word)
        return mixed or not (word.islower() or word.isupper() or word.istitle())
    # A Latin word with no plain ASCII letter at all ("Ïðèâåò") is Cyrillic misread.
    return len(word) >= 2 and not _ASCII_LETTER.search(word)


def _odd_symbol(char: str) -> bool:
    category = unicodedata.category(char)
    return not (category[0] in "PZ" or category == "Sc" or char in _FINE_SYMBOLS)


def _detected(data: bytes) -> str | None:
    """charset-normalizer's guess, for encodings the scorer does not know (KOI8-R, ...)."""
    from charset_normalizer import from_bytes  # only needed for rare encodings

    best = from_bytes(data).best()
    if best is None or best.encoding.startswith("utf"):
        return None  # a UTF-16/32 guess without a BOM is noise on 8-bit text
    return best.encoding


def _display_name(name: str) -> str:
    canonical = codecs.lookup(name).name
    return "latin-1" if canonical in {"iso8859-1", "latin-1", "latin_1"} else canonical
