# Shared by run.sh and test.sh: system packages and the virtual environment.
# Usage: source scripts/_setup.sh; setup_system PACKAGES...; setup_venv PIP_TARGET

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

setup_system() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if [ "${#missing[@]}" -gt 0 ] && command -v apt-get >/dev/null; then
        echo "Installing system packages: ${missing[*]}"
        as_root apt-get update -q
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

setup_venv() {
    local python="${PYTHON:-python3.11}"
    command -v "$python" >/dev/null || python=python3
    if [ ! -x .venv/bin/python ]; then
        "$python" -m venv .venv
    fi
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q "$@"
}

# Libraries Qt needs to draw, on screen or offscreen, and the fonts it draws with.
QT_RUNTIME_PACKAGES=(python3-venv libgl1 libegl1 libglib2.0-0 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core)
# Qt's xcb platform plugin, for a real window.
QT_XCB_PACKAGES=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0
    libxcb-shape0 libxcb-xkb1 libxcb-xfixes0 libxcb-sync1 libxcb-shm0 libxcb-util1 libxkbcommon-x11-0 libx11-xcb1)
