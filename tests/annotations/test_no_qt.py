"""The annotations core stays Qt-free, so it can be tested and scripted without a display."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "viewer" / "annotations"
QT_ROOTS = {"PySide6", "shiboken6", "PyQt5", "PyQt6"}


def _imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize("module", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_module_imports_no_qt(module: Path) -> None:
    assert not (_imported_roots(module) & QT_ROOTS)


def test_whole_package_loads_without_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, viewer.annotations as p\n"
        "for m in pkgutil.iter_modules(p.__path__, 'viewer.annotations.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6'}]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=PACKAGE.parents[1])
