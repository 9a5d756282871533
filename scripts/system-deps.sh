#!/usr/bin/env bash
# The system packages the two developer commands need on a fresh Debian/Ubuntu, installed through
# apt when missing (as root, or through sudo); when that is not possible, one line that says
# exactly what to install. Does nothing when everything is present.
#   system-deps.sh test          make test: tools some tests use (strace watches for temp files);
#                                the tests run Qt offscreen, which needs no X11 libraries
#   system-deps.sh run PYTHON    make run: the libraries Qt's window plugins (X11 and Wayland)
#                                and Qt's modules link against, found with ldd on the PySide6
#                                installed for PYTHON
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../installers/linux/qt-libs.sh
source "$here/../installers/linux/qt-libs.sh"

# install PURPOSE PACKAGE...: apt-get as root or through sudo; else (or when it fails) the line.
install() {
    local purpose=$1 runner=()
    shift
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 && runner=(sudo)
    fi
    if command -v apt-get >/dev/null 2>&1 && { [ "$(id -u)" -eq 0 ] || [ ${#runner[@]} -gt 0 ]; }; then
        echo "Installing $* ($purpose)…" >&2
        if ${runner[@]+"${runner[@]}"} apt-get update -qq >/dev/null &&
            ${runner[@]+"${runner[@]}"} apt-get install -y -qq "$@" >/dev/null; then
            return 0
        fi
    fi
    echo "Please install $purpose: sudo apt-get install $*" >&2
    exit 1
}

test_tools() {
    local missing=()
    command -v strace >/dev/null 2>&1 || missing+=(strace) # the temp-file test watches with it
    command -v objdump >/dev/null 2>&1 || missing+=(binutils) # PyInstaller: objdump and strip
    [ ${#missing[@]} -eq 0 ] || install "the tools the tests use" "${missing[@]}"
}

# Qt's files the app loads on a desktop: the X11 and Wayland platform plugins, the SVG icon
# plugins, and the Qt modules the app imports.
qt_files() {
    local python=$1 pyside
    pyside=$("$python" -c 'import pathlib, PySide6; print(pathlib.Path(PySide6.__file__).parent)')
    local plugins=$pyside/Qt/plugins
    for file in "$plugins/platforms/libqxcb.so" "$plugins/platforms/libqwayland.so" \
        "$plugins/imageformats/libqsvg.so" "$plugins/iconengines/libqsvgicon.so" \
        "$pyside"/Qt{Core,Gui,Widgets,Charts,PrintSupport}.abi3.so; do
        [ -e "$file" ] && echo "$file"
    done
}

window_libraries() {
    local python=$1 files missing
    [ "$(uname -s)" = Linux ] || return 0
    mapfile -t files < <(qt_files "$python")
    [ ${#files[@]} -gt 0 ] || return 0
    # Installing a library can reveal what it needs in turn: look again, a few times at most.
    for _ in 1 2 3; do
        mapfile -t missing < <(missing_libraries "${files[@]}")
        [ ${#missing[@]} -eq 0 ] && return 0
        # shellcheck disable=SC2046  # one word per package
        install "the system libraries Qt needs to open a window" $(debian_packages "${missing[@]}")
    done
    echo "Qt still lacks: ${missing[*]}" >&2
    exit 1
}

case ${1:-} in
    test) test_tools ;;
    run) window_libraries "${2:?usage: system-deps.sh run PYTHON}" ;;
    *) echo "usage: system-deps.sh test | run PYTHON" >&2; exit 2 ;;
esac
