"""The Qt-free row model: reading order, captions, cruft, filters, highlights and notes."""

from __future__ import annotations

import itertools
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from tests.builders import make_doc
from viewer.annotations.fact_notes import NOT_A_FACT_CHANGE, dismissal_note, without_dismissed
from viewer.annotations.model import Side, quote_text
from viewer.engine.model import AlignedPair, Block, ChangeKind, Comparison, Flag, FlagKind, LinkKind
from viewer.export.layout import NOT_IN_OTHER, build_layout, format_time
from viewer.export.options import ExportOptions
from viewer.export.row_order import RowKind
from viewer.export.segments import Segment, block_segments, display_text
from viewer.export.styles import HIGHLIGHT, Mark, grey_level

from .builders import change, news_comparison, note_on, span
from .conftest import FIXED


def _texts(cell) -> list[str]:
    return ["".join(s.text for s in p.segments if s.note is None) for p in cell.paragraphs]


def test_rows_follow_left_order_with_right_only_after_its_predecessor() -> None:
    layout = build_layout(news_comparison(), [], FIXED)
    kinds = [row.kind for row in layout.rows]
    assert kinds == [
        RowKind.PAIR, RowKind.PAIR, RowKind.RIGHT_ONLY, RowKind.LEFT_ONLY, RowKind.PAIR,
    ]  # fmt: skip
    assert _texts(layout.rows[2].right) == ["Rescuers searched the rubble until late at night."]
    assert layout.rows[2].left is None and layout.rows[3].right is None


def test_captions_number_body_paragraphs_and_mark_moves_and_one_sided() -> None:
    rows = build_layout(news_comparison(), [], FIXED).rows
    assert rows[0].left.caption.startswith("¶1 · reworded, 71 % similar")
    assert rows[4].left.caption.endswith("moved: ¶1 on the right")
    assert rows[4].right.caption.endswith("moved: ¶4 on the left")
    assert NOT_IN_OTHER in rows[2].right.caption and NOT_IN_OTHER in rows[3].left.caption


def test_cruft_is_left_out_with_a_one_line_count() -> None:
    layout = build_layout(news_comparison(), [], FIXED)
    assert all("Home | World" not in t for row in layout.rows if row.left for t in _texts(row.left))
    assert layout.cruft_note == (
        "Left out as page cruft (navigation, teasers, bylines...): 1 blocks (5 words) on the left."
    )


def test_show_cruft_adds_a_cruft_row_first() -> None:
    layout = build_layout(news_comparison(), [], ExportOptions(show_cruft=True))
    assert layout.rows[0].kind is RowKind.CRUFT
    assert layout.rows[0].left.caption == "page cruft: navigation"


def test_filters_hide_identical_pairs_or_keep_only_one_sided_rows() -> None:
    comparison = news_comparison()
    hidden = build_layout(comparison, [], ExportOptions(hide_identical=True))
    assert [r.kind for r in hidden.rows].count(RowKind.PAIR) == 1
    assert hidden.filter_note == "Filtered: 2 identical pairs not shown."
    one_sided = build_layout(comparison, [], ExportOptions(only_one_sided=True))
    assert {r.kind for r in one_sided.rows} == {RowKind.LEFT_ONLY, RowKind.RIGHT_ONLY}


def test_summary_and_fact_table() -> None:
    layout = build_layout(news_comparison(), [], FIXED)
    assert dict(layout.summary) == {
        "linked": 3, "reworded": 1, "added (right only)": 1, "omitted (left only)": 1,
        "moved": 1, "changed words": 3, "fact changes": 1, "notes": 0,
    }  # fmt: skip
    (fact,) = layout.facts
    assert (fact.kind, fact.left, fact.right, fact.where) == (
        "number",
        "40",
        "45",
        "left ¶1 / right ¶2",
    )
    assert layout.rows[0].flagged and not layout.rows[1].flagged


def test_a_dismissed_fact_change_is_counted_and_its_note_listed() -> None:
    comparison = news_comparison()
    (flag,) = comparison.pairs[0].flags
    note = dismissal_note(flag, comparison.left.text, comparison.right.text, "Ann")
    layout = build_layout(without_dismissed(comparison, [note]), [note], FIXED)
    assert layout.facts == ()
    summary = dict(layout.summary)
    assert (summary["fact changes"], summary["dismissed as no fact change"]) == (0, 1)
    assert list(summary).index("dismissed as no fact change") == list(summary).index("notes") - 1
    (endnote,) = layout.endnotes
    assert (endnote.tag, endnote.quote) == (NOT_A_FACT_CHANGE, "40 ⟷ 45")


def test_replaced_words_are_marked_on_both_sides_and_facts_flagged() -> None:
    row = build_layout(news_comparison(), [], FIXED).rows[0]
    left = {s.text: s for s in row.left.paragraphs[0].segments}
    right = {s.text: s for s in row.right.paragraphs[0].segments}
    assert left["40"] == Segment("40", Mark.REPLACED_OLD, fact=True)
    assert right["45"] == Segment("45", Mark.REPLACED_NEW, fact=True)
    assert left["blast"].mark is Mark.REPLACED_OLD and right["explosion"].mark is Mark.REPLACED_NEW


def test_notes_are_numbered_in_reading_order_with_markers_after_their_quote() -> None:
    comparison = news_comparison()
    late = note_on(comparison.left, Side.LEFT, "loud noise", "second")
    early = note_on(comparison.right, Side.RIGHT, "injured", "first *really*")
    layout = build_layout(comparison, [late, early], FIXED)
    assert [(n.number, n.quote) for n in layout.endnotes] == [(1, "injured"), (2, "loud noise")]
    segments = layout.rows[0].right.paragraphs[0].segments
    marker = next(i for i, s in enumerate(segments) if s.note == 1)
    assert segments[marker - 1].text == "injured" and segments[marker].text == "[1]"
    assert layout.endnotes[0].refs == (("right", 2, 0),)
    assert layout.endnotes[0].body_html == "<p>first <em>really</em></p>"


def test_a_note_on_both_sides_quotes_both_as_the_notes_list_does() -> None:
    comparison = news_comparison()
    left = note_on(comparison.left, Side.LEFT, "40", "")
    right = note_on(comparison.right, Side.RIGHT, "45", "")
    both = replace(left, body="'40' becomes '45'", anchors=left.anchors + right.anchors)
    (endnote,) = build_layout(comparison, [both], FIXED).endnotes
    assert endnote.quote == quote_text(both) == "40 ⟷ 45"
    assert [side for side, _, _ in endnote.refs] == ["left", "right"]


def test_a_note_in_left_out_cruft_is_still_listed_without_marker() -> None:
    comparison = news_comparison()
    note = note_on(comparison.left, Side.LEFT, "Business", "menu")
    (endnote,) = build_layout(comparison, [note], FIXED).endnotes
    assert endnote.refs == () and endnote.body_html == "<p>menu</p>"


def test_note_markdown_never_passes_raw_html() -> None:
    comparison = news_comparison()
    note = note_on(comparison.left, Side.LEFT, "loud", "<script>x()</script> [a](javascript:x())")
    (endnote,) = build_layout(comparison, [note], FIXED).endnotes
    assert "<script>" not in endnote.body_html and "javascript:" not in endnote.body_html


def test_time_stamps_name_their_zone() -> None:
    assert format_time(FIXED.exported_at) == "2026-03-01 09:30 UTC"


def test_highlight_colours_differ_in_grey_as_well_as_hue() -> None:
    levels = sorted(
        grey_level(HIGHLIGHT[m]) for m in (Mark.DELETED, Mark.REPLACED_OLD, Mark.INSERTED)
    )
    assert all(b - a >= 20 for a, b in itertools.pairwise(levels))


@given(
    st.text(alphabet="ab \n\u2028é", min_size=1, max_size=40),
    st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45)), max_size=4),
    st.lists(st.integers(-3, 50), max_size=3),
)
def test_segments_rebuild_the_block_text_whatever_the_marks(text, raw_marks, offsets) -> None:
    block = Block(0, 0, len(text), text)
    points = sorted({min(p, len(text)) for pair in raw_marks for p in pair})
    marks = [(a, b, Mark.DELETED) for a, b in zip(points[::2], points[1::2], strict=False)]
    markers = [(o, n) for n, o in enumerate(offsets, start=1)]
    segments = block_segments(text, block, marks, [], markers)
    assert "".join(s.text for s in segments if s.note is None) == display_text(text)
    assert [s.note for s in segments if s.note is not None] == sorted(
        (n for o, n in markers), key=lambda n: (min(max(offsets[n - 1], 0), len(text)), n)
    )


def _chain() -> Comparison:
    """Left ¶2 belongs to two pairs: merged with ¶1 into right ¶1, and beside right ¶2."""
    left = make_doc(
        "left.txt",
        ["The council met on Monday.", "It approved the budget of 40 million."],
    )
    right = make_doc(
        "right.txt",
        ["The council met on Monday and approved the budget.", "A budget of 45 million passed."],
    )
    merged = AlignedPair(
        (0, 1), (0,), LinkKind.REWORDED, 0.6,
        changes=(
            change(ChangeKind.DELETE, span(left, " of 40 million"), span(right, "", "budget")),
        ),
    )  # fmt: skip
    beside = AlignedPair(
        (1,), (1,), LinkKind.REWORDED, 0.5,
        changes=(change(ChangeKind.REPLACE, span(left, "40"), span(right, "45")),),
        flags=(Flag(FlagKind.NUMBER, span(left, "40"), span(right, "45"), "budget"),),
    )  # fmt: skip
    return Comparison(left, right, (merged, beside), left_only=(), right_only=())


def test_a_block_in_two_pairs_shows_each_rows_own_changes_and_says_so() -> None:
    """Printed in both rows, left ¶2 carries the merge's deletion in the first and the
    number change in the second, never both; the captions name the other row."""
    first, second = build_layout(_chain(), [], FIXED).rows
    shared_in_first = first.left.paragraphs[1].segments
    shared_in_second = second.left.paragraphs[0].segments
    assert {s.mark for s in shared_in_first} == {None, Mark.DELETED}
    assert not any(s.fact for s in shared_in_first)
    assert {s.mark for s in shared_in_second} == {None, Mark.REPLACED_OLD}
    assert [s.text for s in shared_in_second if s.fact] == ["40"]
    assert first.left.caption.endswith("· ¶2 also beside ¶2 on the right")
    assert second.left.caption.endswith("· ¶2 also beside ¶1 on the right")
    assert "also beside" not in first.right.caption + second.right.caption


def _moved_fact() -> Comparison:
    """The scorer's points moved from left ¶2 to right ¶1 and changed there: one flag,
    listed with the first pair, whose left span lies in the second pair's paragraph."""
    left = make_doc(
        "left.txt",
        ["The Nuggets beat the Suns on Thursday.", "Hale scored 34 points, 14 in the fourth."],
    )
    right = make_doc(
        "right.txt",
        ["Hale poured in 43 points as the Nuggets beat the Suns.", "He scored 14 in the fourth."],
    )
    lede, scorer = "Hale poured in 43 points as ", "Hale scored 34 points,"
    first = AlignedPair(
        (0,), (0,), LinkKind.REWORDED, 0.5,
        changes=(change(ChangeKind.INSERT, span(left, "", "The "), span(right, lede)),),
        flags=(
            Flag(FlagKind.NUMBER, span(left, "34"), span(right, "43"), "'34' becomes '43'"),
        ),
    )  # fmt: skip
    second = AlignedPair(
        (1,), (1,), LinkKind.REWORDED, 0.5,
        changes=(change(ChangeKind.REPLACE, span(left, scorer), span(right, "He scored")),),
    )  # fmt: skip
    return Comparison(left, right, (first, second), left_only=(), right_only=())


def test_a_fact_flagged_across_two_pairs_is_marked_in_the_row_of_each_side() -> None:
    """Each flagged span is emphasized where its paragraph is printed, and the fact table
    names the paragraphs the two spans stand in, not the pair's own."""
    layout = build_layout(_moved_fact(), [], FIXED)
    first, second = layout.rows
    assert [s.text for p in first.right.paragraphs for s in p.segments if s.fact] == ["43"]
    assert [s.text for p in second.left.paragraphs for s in p.segments if s.fact] == ["34"]
    assert not any(s.fact for p in first.left.paragraphs for s in p.segments)
    (fact,) = layout.facts
    assert fact.where == "left ¶2 / right ¶1"
    assert first.flagged and second.flagged  # the second row holds the fact's left words
