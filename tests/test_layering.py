"""The engine must run without Qt: nothing under viewer/engine may import it."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ENGINE = Path(__file__).resolve().parent.parent / "viewer" / "engine"
QT_ROOTS = {"PySide6", "shiboken6", "PyQt5", "PyQt6"}


def _imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize("module", sorted(ENGINE.rglob("*.py")), ids=lambda p: p.name)
def test_engine_module_imports_no_qt(module: Path) -> None:
    assert not (_imported_roots(module) & QT_ROOTS)


def test_engine_and_cli_compare_load_without_qt() -> None:
    """Importing the whole engine (and the CLI) must not pull Qt in at run time either."""
    code = (
        "import sys, pkgutil, importlib, viewer.engine, viewer.cli\n"
        "for m in pkgutil.walk_packages(viewer.engine.__path__, 'viewer.engine.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6'}]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ENGINE.parent.parent)
