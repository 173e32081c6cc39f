"""How the comparison is shown: filters, font size and wrap width, as one value."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ViewOptions"]


@dataclass(frozen=True)
class ViewOptions:
    """How the comparison is shown; filters fold non-matching blocks behind a strip."""

    show_cruft: bool = False
    hide_identical: bool = False
    only_one_sided: bool = False
    only_flagged: bool = False
    font_point_size: int = 11
    wrap_width: int = 0  # 0 = wrap at widget width, else max characters per line
