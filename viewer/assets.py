"""The one place that finds bundled resources, in a checkout and in an installed wheel."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

_CHECKOUT_RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resource_root() -> Path:
    """Folder of bundled resources: ``resources/`` in a checkout, ``viewer/resources`` installed.

    A wheel installs ``resources/`` as the package ``viewer.resources`` (see pyproject's
    package-dir), so a non-editable install finds the same files.
    """
    if (_CHECKOUT_RESOURCES / "samples").is_dir():
        return _CHECKOUT_RESOURCES
    return Path(str(resources.files("viewer.resources")))


def resource_path(*parts: str) -> Path:
    """Path of one bundled resource, e.g. ``resource_path("samples", "closest-copy.txt")``."""
    return resource_root().joinpath(*parts)


def sample_pair() -> tuple[Path, Path]:
    """The bundled sample pair: the closest Reuters copy and its most-drifted rewrite."""
    return (
        resource_path("samples", "closest-copy.txt"),
        resource_path("samples", "drifting-rewrite.txt"),
    )
