"""The window shows the alignment first and the fact flags a moment later, without a jump."""

from __future__ import annotations

from pathlib import Path

from tests.ui.widgets import show_window
from viewer.annotations.model import Side

PARAGRAPHS = [
    f"Paragraph {n} of the story says the council met on Tuesday to discuss the budget, "
    f"the roads and the river defences in district number {n}."
    for n in range(40)
]


def _write_pair(folder: Path) -> tuple[str, str]:
    left, right = folder / "left.txt", folder / "right.txt"
    left.write_text("\n\n".join(PARAGRAPHS), encoding="utf-8")
    edited = [p.replace("Tuesday", "Friday") if n == 30 else p for n, p in enumerate(PARAGRAPHS)]
    right.write_text("\n\n".join(edited), encoding="utf-8")
    return str(left), str(right)


def test_flags_arrive_after_the_alignment_and_keep_the_reading_position(
    qtbot, tmp_path: Path
) -> None:
    window = show_window(qtbot, tmp_path / "settings.ini")
    session = window.session
    phases: list[str] = []
    session.comparison_changed.connect(lambda c: phases.append("shown"))
    session.flags_added.connect(lambda c: phases.append("flags"))
    with qtbot.waitSignal(session.comparison_completed, timeout=30_000):
        with qtbot.waitSignal(session.comparison_changed, timeout=30_000) as shown:
            session.open_pair(*_write_pair(tmp_path))
        first = shown.args[0]
        assert not any(p.flags for p in first.pairs), "the first phase carries no flags"
        window.view.select_pair(30)
        top = window.view.pane(Side.LEFT).visible_block_ids()[0]
    assert phases == ["shown", "flags"]
    final = session.comparison
    assert [f.kind.value for p in final.pairs for f in p.flags] == ["date"]
    assert final.left is first.left and final.pairs[30].changes == first.pairs[30].changes
    assert window.view.comparison() is final
    assert window.view.current_pair() == 30
    # The Fact Changes dock opens and the view gets shorter, but its top stays put.
    assert window.view.pane(Side.LEFT).visible_block_ids()[0] == top
    assert window.notes.controller.comparison() is final


def test_a_stand_in_engine_completes_in_one_phase(qtbot, tmp_path: Path, features) -> None:
    window = show_window(qtbot, tmp_path / "settings.ini", compare=lambda _l, _r: features)
    flags: list[object] = []
    window.session.flags_added.connect(flags.append)
    with qtbot.waitSignal(window.session.comparison_completed, timeout=10_000) as done:
        window.session.open_pair("a.txt", "b.txt")
    assert done.args[0] is features and not flags
