"""The HTML export: one self-contained page (inline CSS, no external requests) that prints well."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from html import escape
from pathlib import Path

from viewer.annotations.model import Note
from viewer.engine.model import BlockKind, Comparison
from viewer.export import styles
from viewer.export.files import checked_target, write_text_atomically
from viewer.export.layout import Cell, ExportLayout, Row, build_layout
from viewer.export.options import ExportOptions
from viewer.export.segments import Segment
from viewer.export.styles import FACT_MARKER, HIGHLIGHT, LEGEND, Mark

_DEFAULT = ExportOptions()
_PAGE = {"A4": "A4", "Letter": "letter"}
_TAGS = {
    Mark.DELETED: ("del", "deleted"),
    Mark.REPLACED_OLD: ("del", "replaced"),
    Mark.INSERTED: ("ins", "inserted"),
    Mark.REPLACED_NEW: ("ins", "replaced"),
}
_CSS = """
@page {{ size: {page}; margin: 14mm 12mm; }}
body {{ font: 10.5pt/1.45 "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #111;
       max-width: 72rem; margin: 1.5rem auto; padding: 0 1rem; }}
h1 {{ font-size: 1.5rem; margin: 0 0 .3rem; }} h2 {{ font-size: 1.15rem; margin: 1.4rem 0 .5rem; }}
.meta, .caption, .cruft, .filter {{ color: {caption}; font-size: .85em; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ text-align: left; vertical-align: top; padding: .3rem .5rem; }}
.sources th {{ width: 9rem; }} .sources td {{ word-break: break-all; width: 45%; }}
.sources tr, .facts tr, .rows > tbody > tr {{ border-top: 1px solid {rule}; }}
.rows {{ table-layout: fixed; margin-top: 1rem; }}
.rows > thead th {{ width: 50%; border-bottom: 2px solid #444; }}
.rows td {{ width: 50%; }} .rows td + td {{ border-left: 1px solid {rule}; }}
.rows td.empty {{ background: {empty}; }}
.rows tr {{ break-inside: avoid; }} .rows p {{ margin: .2rem 0 .4rem; }}
.rows p.heading {{ font-weight: bold; font-size: 1.08em; }}
.rows p.bullet::before {{ content: "• "; }}
tr.cruft td {{ color: {cruft}; }}
del, ins {{ text-decoration-thickness: 1.5px; -webkit-print-color-adjust: exact;
           print-color-adjust: exact; }}
del {{ text-decoration-line: line-through; }} ins {{ text-decoration-line: underline; }}
del.deleted {{ background: {deleted}; }} ins.inserted {{ background: {inserted}; }}
.replaced {{ background: {replaced}; }}
strong.fact {{ font-weight: bold; }} strong.first::before {{ content: "{marker}"; }}
tr.flagged td {{ box-shadow: inset 3px 0 0 #222; }}
sup.note-ref a {{ color: {note}; font-weight: bold; text-decoration: none; }}
.legend span {{ margin-right: 1rem; }} .summary {{ padding: 0; }}
.summary li {{ display: inline-block; margin: 0 1.2rem .3rem 0; }}
.notes li {{ margin-bottom: .8rem; }} .notes .tag {{ font-weight: bold; border: 1px solid #444;
  padding: 0 .3rem; border-radius: 3px; }}
.notes blockquote {{ margin: .3rem 0; padding-left: .6rem; border-left: 3px solid {rule};
  color: #333; }}
@media print {{ body {{ max-width: none; margin: 0; padding: 0; }} a {{ color: inherit; }}
  thead {{ display: table-header-group; }} }}
"""


def _css(page_size: str) -> str:
    return _CSS.format(
        page=_PAGE[page_size],
        caption=styles.CAPTION_COLOUR,
        rule=styles.RULE_COLOUR,
        empty=styles.EMPTY_CELL,
        cruft=styles.CRUFT_COLOUR,
        deleted=HIGHLIGHT[Mark.DELETED],
        inserted=HIGHLIGHT[Mark.INSERTED],
        replaced=HIGHLIGHT[Mark.REPLACED_OLD],
        note=styles.NOTE_COLOUR,
        marker=FACT_MARKER,
    )


class _Writer:
    """Renders the layout; counts note markers so each gets the id its back-link targets."""

    def __init__(self) -> None:
        self.seen: Counter[int] = Counter()

    def segments(self, segments: Sequence[Segment]) -> str:
        out: list[str] = []
        in_fact = False
        for segment in segments:
            if segment.note is not None:
                self.seen[segment.note] += 1
                n, k = segment.note, self.seen[segment.note]
                out.append(
                    f'<sup class="note-ref" id="ref-{n}-{k}"><a href="#note-{n}">[{n}]</a></sup>'
                )
                continue
            text = escape(segment.text)
            if segment.mark is not None:
                tag, css = _TAGS[segment.mark]
                text = f'<{tag} class="{css}">{text}</{tag}>'
            if segment.fact:
                css = "fact" if in_fact else "fact first"  # the marker: CSS, not text
                text = f'<strong class="{css}">{text}</strong>'
            in_fact = segment.fact
            out.append(text)
        return "".join(out)

    def cell(self, cell: Cell | None) -> str:
        if cell is None:
            return '<td class="empty"></td>'
        parts = [f'<td><div class="caption">{escape(cell.caption)}</div>']
        for paragraph in cell.paragraphs:
            css = {BlockKind.HEADING: "heading", BlockKind.BULLET: "bullet"}.get(
                paragraph.kind, "para"
            )
            parts.append(f'<p class="{css}">{self.segments(paragraph.segments)}</p>')
        parts.append("</td>")
        return "".join(parts)

    def row(self, row: Row) -> str:
        css = row.kind.value + (" flagged" if row.flagged else "")
        return f'<tr class="{css}">{self.cell(row.left)}{self.cell(row.right)}</tr>'


def _header(layout: ExportLayout) -> Iterator[str]:
    left, right = layout.sources
    yield f"<header><h1>{escape(layout.title)}</h1>"
    yield (
        f'<p class="meta">Exported {escape(layout.exported_at)} with Crosscheck '
        f"{escape(layout.version)}</p>"
    )
    yield '<table class="sources"><tr><th></th><th>Left</th><th>Right</th></tr>'
    for label, attribute in (
        ("Title", "title"),
        ("Source", "source"),
        ("SHA-256", "sha256"),
        ("Loaded", "loaded"),
    ):
        yield (
            f"<tr><th>{label}</th><td>{escape(getattr(left, attribute))}</td>"
            f"<td>{escape(getattr(right, attribute))}</td></tr>"
        )
    yield (
        f"<tr><th>Body</th><td>{left.paragraphs} paragraphs, {left.words} words</td>"
        f"<td>{right.paragraphs} paragraphs, {right.words} words</td></tr></table>"
    )
    yield '<p class="legend"><b>Legend:</b> '
    for mark, label in LEGEND:
        tag, css = _TAGS[mark]
        word, rest = label.split(":", 1)
        if mark is Mark.REPLACED_OLD:
            sample = f'<del class="{css}">old</del> <ins class="{css}">new</ins>'
        else:
            sample = f'<{tag} class="{css}">{escape(word)}</{tag}>'
        yield f"<span>{sample}:{escape(rest)}</span>"
    yield (
        '<span><strong class="fact first">fact</strong>: a changed fact</span>'
        '<span><sup class="note-ref"><a>[1]</a></sup> a note (see Notes)</span></p>'
    )
    items = "".join(f"<li><b>{n}</b> {escape(label)}</li>" for label, n in layout.summary)
    yield f'<ul class="summary">{items}</ul></header>'


def _facts(layout: ExportLayout) -> Iterator[str]:
    if not layout.facts:
        return
    yield '<section><h2>Fact changes</h2><table class="facts">'
    yield "<tr><th>Kind</th><th>Left</th><th>Right</th><th>Why</th><th>Where</th></tr>"
    for fact in layout.facts:
        cells = (fact.kind, fact.left, fact.right, fact.note, fact.where)
        yield "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>"
    yield "</table></section>"


def _endnotes(layout: ExportLayout) -> Iterator[str]:
    if not layout.endnotes:
        return
    yield '<section class="notes"><h2>Notes</h2><ol>'
    for note in layout.endnotes:
        meta = [f'<span class="tag">{escape(note.tag)}</span>']
        meta += [escape(x) for x in (note.author, note.when) if x]
        backs = [
            f'<a href="#ref-{note.number}-{k}">↩ {side} {f"¶{p}" if p else "cruft"}</a>'
            for k, (side, p, _row) in enumerate(note.refs, start=1)
        ]
        if note.orphaned:
            backs.append("orphaned: its text was not found again")
        elif not note.refs:
            backs.append("its text is not shown in this export")
        yield f'<li id="note-{note.number}"><p>{" · ".join(meta + backs)}</p>'
        if note.quote:
            yield f"<blockquote>{escape(note.quote)}</blockquote>"
        yield f'<div class="note-body">{note.body_html}</div></li>'
    yield "</ol></section>"


def render_html(layout: ExportLayout, page_size: str = "A4") -> str:
    """The whole page as one string; every value from the articles is escaped."""
    left, right = layout.sources
    writer = _Writer()
    parts = [
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Crosscheck: {escape(left.title)} / {escape(right.title)}</title>",
        f"<style>{_css(page_size)}</style></head><body>",
        *_header(layout),
        *_facts(layout),
    ]
    for note in (layout.cruft_note, layout.filter_note):
        if note:
            parts.append(f'<p class="cruft">{escape(note)}</p>')
    parts.append(
        '<table class="rows"><thead><tr>'
        f"<th>Left: {escape(left.title)}</th><th>Right: {escape(right.title)}</th>"
        "</tr></thead><tbody>"
    )
    parts.extend(writer.row(row) for row in layout.rows)
    parts.append("</tbody></table>")
    parts.extend(_endnotes(layout))
    parts.append("</body></html>\n")
    return "\n".join(parts)


def export_html(
    comparison: Comparison,
    notes: Sequence[Note],
    path: str | Path,
    options: ExportOptions = _DEFAULT,
) -> Path:
    """Write the comparison as one self-contained HTML file; returns the path written.

    Raises ExportError (one readable line) when the folder is missing or not writable;
    the file appears under its final name only once complete.
    """
    target = checked_target(path)
    layout = build_layout(comparison, notes, options)
    write_text_atomically(target, render_html(layout, options.page_size))
    return target
