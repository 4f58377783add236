#!/bin/sh
# Put Liquidity Cascade in the user's application menu (Linux, freedesktop.org desktops).
#
#   install-desktop.sh [LAUNCHER]     install the desktop entry and the icons
#   install-desktop.sh --uninstall    remove them
#
# LAUNCHER is the program the entry starts: by default the bundle's launcher beside this
# script (a `make dist` bundle), else `liquidity-cascade` on PATH (pipx). `make
# install-desktop` passes the checkout's .venv/bin/liquidity-cascade. The entry goes to
# ${XDG_DATA_HOME:-~/.local/share}/applications and the icons to the hicolor theme there.
# The same script works from a checkout (packaging/) and from an unpacked bundle.
set -eu

name=liquidity-cascade # app.identity.ICON_NAME: the entry's and the icons' file name
here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
applications=$data_home/applications
hicolor=$data_home/icons/hicolor
entry=$applications/$name.desktop

fail() {
    echo "install-desktop: $*" >&2
    exit 1
}

icon_source() {
    for dir in "$here/_internal/resources/icons" "$here/../resources/icons"; do
        if [ -f "$dir/$name.svg" ]; then
            echo "$dir"
            return
        fi
    done
    fail "no icons found beside $here"
}

default_launcher() {
    if [ -x "$here/$name" ]; then
        echo "$here/$name"
    elif command -v "$name" >/dev/null 2>&1; then
        command -v "$name"
    else
        fail "no launcher found: give its path (e.g. ~/.local/bin/$name)"
    fi
}

refresh_caches() {
    # Only refresh an icon cache that already exists: a new one would go stale when
    # another program installs icons without refreshing it.
    if [ -f "$hicolor/index.theme" ] || [ -f "$hicolor/icon-theme.cache" ]; then
        if command -v gtk-update-icon-cache >/dev/null 2>&1; then
            gtk-update-icon-cache -q -t "$hicolor" || true
        fi
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$applications" || true
    fi
}

uninstall() {
    rm -f "$entry" "$hicolor/scalable/apps/$name.svg"
    rm -f "$hicolor"/*/apps/"$name".png
    refresh_caches
    echo "removed $entry and its icons"
}

install_icons() {
    source_dir=$(icon_source)
    for png in "$source_dir/$name"-*.png; do
        size=${png##*-}
        size=${size%.png}
        mkdir -p "$hicolor/${size}x${size}/apps"
        cp "$png" "$hicolor/${size}x${size}/apps/$name.png"
    done
    mkdir -p "$hicolor/scalable/apps"
    cp "$source_dir/$name.svg" "$hicolor/scalable/apps/$name.svg"
}

install_entry() {
    launcher=$1
    case $launcher in
    /*) ;;
    *) launcher=$(cd "$(dirname "$launcher")" && pwd)/$(basename "$launcher") ;;
    esac
    [ -x "$launcher" ] || fail "$launcher is not an executable file"
    # Exec is quoted as the Desktop Entry spec says; these characters would need escapes
    case $launcher in
    *[\"\`\$\\%]*) fail "the launcher's path may not contain \" \` \$ \\ or %: $launcher" ;;
    esac
    mkdir -p "$applications"
    {
        grep -v -e '^Exec=' -e '^TryExec=' "$here/$name.desktop"
        printf 'TryExec=%s\nExec="%s"\n' "$launcher" "$launcher"
    } >"$entry.tmp"
    mv "$entry.tmp" "$entry"
    echo "installed $entry (starts $launcher)"
}

case ${1:-} in
--uninstall)
    uninstall
    ;;
-h | --help)
    sed -n '2,11p' "$0"
    ;;
*)
    launcher=${1:-$(default_launcher)}
    install_icons
    install_entry "$launcher"
    refresh_caches
    echo "icons in $hicolor"
    ;;
esac
