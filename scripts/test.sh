#!/usr/bin/env bash
# Install what the tests need (system packages, .venv with the test extra) and run them all.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_setup.sh
setup_system "${QT_RUNTIME_PACKAGES[@]}" poppler-utils
setup_venv -e ".[test]"
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check viewer tests benchmarks
.venv/bin/mypy  # the engine's types (pyproject.toml, [tool.mypy])
exec .venv/bin/python -m pytest "$@"
