"""Colours of the comparison view: a colour-blind-safe blue/orange scheme, light and dark.

The hues come from the Okabe-Ito palette (orange/vermillion for text only on the left,
blue for text only on the right, reddish purple for reworded text), which stays
distinguishable with the common colour-vision deficiencies. Colour is never the only
cue: the formats in ``highlighting`` add strike-through and underlines, the panes add
margin marks. Base and text colours always come from the widget's ``QPalette``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette


@dataclass(frozen=True)
class Theme:
    """Every colour the comparison widgets paint with, for one light or dark palette."""

    dark: bool
    removed_text: QColor  # words only on the left
    removed_back: QColor
    added_text: QColor  # words only on the right
    added_back: QColor
    reworded_back: QColor
    left_only_tint: QColor  # whole paragraph only on the left
    right_only_tint: QColor
    removed_mark: QColor  # margin bars, overview map, connector wedges
    added_mark: QColor
    reworded_mark: QColor
    moved_mark: QColor
    flag_mark: QColor  # fact flags: margin !, badges, wavy underline
    flag_text: QColor  # glyphs on a badge
    same_band: QColor
    band_outline: QColor
    current_outline: QColor
    current_tint: QColor
    strip_back: QColor
    strip_text: QColor
    dimmed_text: QColor
    find_back: QColor
    find_current_back: QColor
    viewport_handle: QColor
    viewport_outline: QColor


def _c(hex_rgb: str, alpha: int = 255) -> QColor:
    color = QColor(hex_rgb)
    color.setAlpha(alpha)
    return color


LIGHT = Theme(
    dark=False,
    removed_text=_c("#9a3a00"),
    removed_back=_c("#fde1c8"),
    added_text=_c("#004f8a"),
    added_back=_c("#d3e8f8"),
    reworded_back=_c("#f6e8f0"),
    left_only_tint=_c("#fdf0e3"),
    right_only_tint=_c("#e8f2fb"),
    removed_mark=_c("#d55e00"),
    added_mark=_c("#0072b2"),
    reworded_mark=_c("#cc79a7"),
    moved_mark=_c("#6a5d00"),
    flag_mark=_c("#b04600"),
    flag_text=_c("#ffffff"),
    same_band=_c("#7d8894", 78),
    band_outline=_c("#56616c", 170),
    current_outline=_c("#2b3a4a", 200),
    current_tint=_c("#5b7a99", 26),
    strip_back=_c("#eef0f2"),
    strip_text=_c("#5c6670"),
    dimmed_text=_c("#9aa3ab"),
    find_back=_c("#f0e442", 150),
    find_current_back=_c("#e6b800", 230),
    viewport_handle=_c("#1f2d3a", 34),
    viewport_outline=_c("#1f2d3a", 120),
)

DARK = Theme(
    dark=True,
    removed_text=_c("#ffb77a"),
    removed_back=_c("#5a3416"),
    added_text=_c("#8fcaf5"),
    added_back=_c("#183f5e"),
    reworded_back=_c("#3b2633"),
    left_only_tint=_c("#34291f"),
    right_only_tint=_c("#1d2a36"),
    removed_mark=_c("#e69f00"),
    added_mark=_c("#56b4e9"),
    reworded_mark=_c("#cc79a7"),
    moved_mark=_c("#f0e442"),
    flag_mark=_c("#ffa040"),
    flag_text=_c("#1b1e21"),
    same_band=_c("#9aa5b1", 52),
    band_outline=_c("#aab4be", 110),
    current_outline=_c("#dfe7ef", 190),
    current_tint=_c("#9fb8d0", 26),
    strip_back=_c("#2c3136"),
    strip_text=_c("#a3adb7"),
    dimmed_text=_c("#6c757d"),
    find_back=_c("#8a7d00", 170),
    find_current_back=_c("#c9a800", 230),
    viewport_handle=_c("#e8eef4", 30),
    viewport_outline=_c("#e8eef4", 110),
)


def theme_for(dark: bool) -> Theme:
    """The light or the dark theme."""
    return DARK if dark else LIGHT


def palette_is_dark(palette: QPalette) -> bool:
    """Whether a palette draws light text on a dark base (the system's dark mode)."""
    return (
        palette.color(QPalette.ColorRole.Base).lightness()
        < palette.color(QPalette.ColorRole.Text).lightness()
    )


def dark_palette(base: QPalette) -> QPalette:
    """A calm dark palette derived from ``base``, for ``--dark`` and forced dark mode."""
    pal = QPalette(base)
    roles = {
        QPalette.ColorRole.Window: "#24282c",
        QPalette.ColorRole.WindowText: "#dde3e8",
        QPalette.ColorRole.Base: "#1b1e21",
        QPalette.ColorRole.AlternateBase: "#24282c",
        QPalette.ColorRole.Text: "#dde3e8",
        QPalette.ColorRole.Button: "#2d3237",
        QPalette.ColorRole.ButtonText: "#dde3e8",
        QPalette.ColorRole.Highlight: "#3d6a94",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#8a949d",
        QPalette.ColorRole.Mid: "#3a4046",
        QPalette.ColorRole.Dark: "#15181a",
        QPalette.ColorRole.Light: "#4a5157",
        QPalette.ColorRole.ToolTipBase: "#2d3237",
        QPalette.ColorRole.ToolTipText: "#dde3e8",
    }
    for role, color in roles.items():
        pal.setColor(role, QColor(color))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6c757d"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#6c757d"))
    return pal
