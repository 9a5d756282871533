#!/usr/bin/env bash
# Installs Nurse Desk for you alone, without administrator rights:
#   the program in ~/.local/opt/nurse-desk, the command `nurse-desk` in ~/.local/bin,
#   the menu entry and the icon in ~/.local/share/applications and ~/.local/share/icons.
#
#   ./install.sh              install, or update to this version
#   ./install.sh --uninstall  remove the program, the command, the menu entry and the icon
#
# Neither ever touches your vault (~/.local/share/NurseDesk/ unless you chose another place)
# or your backups.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
program=$HOME/.local/opt/nurse-desk
command=$HOME/.local/bin/nurse-desk
entry=$data/applications/nurse-desk.desktop
icons=$data/icons/hicolor

refresh_menus() {
    command -v update-desktop-database >/dev/null 2>&1 &&
        update-desktop-database -q "$data/applications" 2>/dev/null || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 &&
        gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
}

uninstall() {
    rm -rf "$program"
    [ -L "$command" ] && rm -f "$command"
    rm -f "$entry"
    rm -f "$icons"/*/apps/nurse-desk.png "$icons"/scalable/apps/nurse-desk.svg
    refresh_menus
    echo "Nurse Desk is removed. Your vault and your backups are where they were."
}

install_program() {
    mkdir -p "$(dirname "$program")" "$(dirname "$command")" "$(dirname "$entry")"
    rm -rf "$program.new"
    cp -a "$here/nurse-desk" "$program.new"
    rm -rf "$program"
    mv "$program.new" "$program"
    ln -sfn "$program/nurse-desk" "$command"
    sed "s|^Exec=.*|Exec=$program/nurse-desk|" "$here/nurse-desk.desktop" >"$entry"
    (cd "$here/icons/hicolor" && find . -type f) | while read -r icon; do
        mkdir -p "$(dirname "$icons/$icon")"
        cp "$here/icons/hicolor/$icon" "$icons/$icon"
    done
    refresh_menus
    echo "Nurse Desk is installed: find it in your applications menu, or run $command."
}

# Qt's X11 plugin needs some system libraries that a minimal system may lack; say which.
check_window_libraries() {
    local internal=$program/_internal missing
    # shellcheck source=qt-libs.sh
    source "$here/qt-libs.sh"
    mapfile -t missing < <(LD_LIBRARY_PATH="$internal:$internal/PySide6/Qt/lib" \
        missing_libraries "$internal/PySide6/Qt/plugins/platforms/libqxcb.so")
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Before the first start, ask your IT person to run: sudo apt-get install $(debian_packages "${missing[@]}")"
    fi
}

case ${1:-} in
    --uninstall) uninstall ;;
    "") install_program; check_window_libraries ;;
    *) echo "usage: ./install.sh [--uninstall]" >&2; exit 2 ;;
esac
