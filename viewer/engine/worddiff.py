"""Word-level changes between two texts: the one adapter around diff-match-patch.

Nothing else in Crosscheck sees diff-match-patch's ``(op, text)`` tuples. Texts are split
into tokens (words, runs of whitespace, single punctuation marks); each distinct token is
mapped to one character so the C++ differ works on words, not letters, and runs with no
time limit: its default one-second limit silently returns a whole-text delete/insert on
long inputs, which would hide every real change.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import accumulate

import fast_diff_match_patch as dmp

from viewer.engine.model import Change, ChangeKind, Span
from viewer.engine.similarity import STOPWORDS

_TOKEN = re.compile(r"\w+(?:['’.,-]\w+)*|\s+|[^\w\s]", re.UNICODE)
_CLEANUP = "Efficiency"  # splits a change at a shared content word, unlike "Semantic"
_MAX_GLUE = 2  # function words an unchanged run may have and still be folded into changes
_GLUE_MARKS = frozenset(",;:-–—'\"“”‘’()")
# A word broken at a line end with a hyphen ("inter-\nnational"): the line break, and the
# hyphen too unless the word is a compound ("well-\nknown").
_LINE_END_HYPHEN = re.compile(r"(?<=\w)-[ \t]*\r?\n\s*(?=\w)")
_FIRST_CODE_POINT = 0x100
_SURROGATES = range(0xD800, 0xE000)

__all__ = ["apply_changes", "layout_only", "text_changes", "tokenize", "word_changes"]


def tokenize(text: str) -> list[str]:
    """Words (with inner apostrophes, hyphens and decimal points), whitespace runs, marks.

    >>> tokenize("Trump's $13.7 billion")
    ["Trump's", ' ', '$', '13.7', ' ', 'billion']
    """
    return _TOKEN.findall(text)


def _code_point(index: int) -> str:
    cp = _FIRST_CODE_POINT + index
    if cp >= _SURROGATES.start:
        cp += len(_SURROGATES)
    return chr(cp)


# Most paragraphs have a few hundred distinct tokens: their characters are made once.
_CODE_POINTS = [_code_point(i) for i in range(4096)]


def _char(index: int) -> str:
    return _CODE_POINTS[index] if index < len(_CODE_POINTS) else _code_point(index)


def _encode(a_tokens: list[str], b_tokens: list[str]) -> tuple[str, str]:
    """Both token lists as strings of one character per distinct token."""
    distinct = dict.fromkeys(a_tokens)
    distinct.update(dict.fromkeys(b_tokens))
    table = dict(zip(distinct, map(_char, range(len(distinct))), strict=True))
    return "".join(map(table.__getitem__, a_tokens)), "".join(map(table.__getitem__, b_tokens))


def _raw_ops(a_tokens: list[str], b_tokens: list[str]) -> list[tuple[str, int]]:
    """diff-match-patch opcodes as (op, token count); the only call into the library."""
    a_enc, b_enc = _encode(a_tokens, b_tokens)
    return dmp.diff(a_enc, b_enc, timelimit=0, checklines=False, cleanup=_CLEANUP, counts_only=True)


def word_changes(a: str, b: str) -> tuple[Change, ...]:
    """Readable insert/delete/replace chunks turning ``a`` into ``b``; offsets into each text.

    Adjacent deletes and inserts become one replace; an unchanged run between two changes
    that is only spacing, a comma or a function word or two is folded into them, so a
    rewritten clause reads as one replace instead of a comb of fragments around "the".

    >>> [(c.kind.value, c.left.text, c.right.text) for c in word_changes("a red dog", "a blue dog")]
    [('replace', 'red', 'blue')]
    """
    if a == b:
        return ()
    a_tokens, b_tokens = tokenize(a), tokenize(b)
    a_at, b_at = _starts(a_tokens), _starts(b_tokens)
    groups: list[list[int]] = []  # [a_from, a_to, b_from, b_to] in token indices
    open_group: list[int] | None = None
    ia = ib = 0
    for op, count in _raw_ops(a_tokens, b_tokens):
        if op == "=":
            ia += count
            ib += count
            # Glue is at most a few tokens (words and the spaces between them).
            short = count <= 2 * _MAX_GLUE + 1
            if open_group is not None and not (short and _is_glue(a_tokens[ia - count : ia])):
                open_group = None
            continue
        if open_group is None:
            open_group = [ia, ia, ib, ib]
            groups.append(open_group)
        if op == "-":
            ia += count
        else:
            ib += count
        open_group[1], open_group[3] = ia, ib
    return tuple(_change(a, b, a_at[g[0]], a_at[g[1]], b_at[g[2]], b_at[g[3]]) for g in groups)


def _is_glue(tokens: Sequence[str]) -> bool:
    """Whether an unchanged run is too slight to stand between two changes on its own."""
    solid = [t for t in tokens if not t.isspace()]
    return len(solid) <= _MAX_GLUE and all(
        t in _GLUE_MARKS or t.lower() in STOPWORDS for t in solid
    )


def _change(a: str, b: str, a0: int, a1: int, b0: int, b1: int) -> Change:
    if a0 < a1 and b0 < b1:
        kind = ChangeKind.REPLACE
    else:
        kind = ChangeKind.DELETE if a0 < a1 else ChangeKind.INSERT
    return Change(kind, Span(a0, a1, a[a0:a1]), Span(b0, b1, b[b0:b1]))


def _starts(tokens: list[str]) -> list[int]:
    """Character offset at which each token starts, plus the total length at the end."""
    return list(accumulate(map(len, tokens), initial=0))


def apply_changes(a: str, changes: Sequence[Change]) -> str:
    """Rebuild the right text from ``a``: each change's right text replaces its left span.

    The result equals the right text exactly when the changes are complete; the property
    tests hold ``word_changes`` to that.
    """
    out = []
    pos = 0
    for ch in changes:
        out.append(a[pos : ch.left.start])
        out.append(ch.right.text)
        pos = ch.left.end
    out.append(a[pos:])
    return "".join(out)


def text_changes(a: str, b: str) -> tuple[Change, ...]:
    """The word changes from ``a`` to ``b`` that change words, not only their layout: what
    a pair shows and what its facts are looked for around."""
    return tuple(c for c in word_changes(a, b) if not layout_only(c))


def layout_only(change: Change) -> bool:
    """Whether a change only lays the same words out another way: spaces and line breaks
    ("rose\nsharply" / "rose sharply"), or a word hyphenated at a line end, as hard-wrapped
    press releases print them ("inter-\nnational" / "international", "well-\nknown" /
    "well-known"). It is no word change: callers leave it out of what they show and flag.
    """
    left, right = change.left.text, change.right.text
    if left.split() == right.split():
        return True
    if "\n" not in left + right:
        return False
    return any(
        _LINE_END_HYPHEN.sub(join, left).split() == _LINE_END_HYPHEN.sub(join, right).split()
        for join in ("", "-")
    )
