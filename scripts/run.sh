#!/usr/bin/env bash
# Install Crosscheck into .venv and open the window on the bundled sample pair.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_setup.sh
setup_system "${QT_RUNTIME_PACKAGES[@]}" "${QT_XCB_PACKAGES[@]}"
setup_venv .
exec .venv/bin/crosscheck "$@"
