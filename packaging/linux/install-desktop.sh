#!/bin/sh
# Install (or, with --uninstall, remove) Briefing's desktop integration for the current user:
#   ~/.local/share/applications/org.briefing.Briefing.desktop   (Exec= the program given here)
#   ~/.local/share/metainfo/org.briefing.Briefing.metainfo.xml
#   ~/.local/share/icons/hicolor/NxN/apps/org.briefing.Briefing.png and scalable/apps/….svg
#
#   sh packaging/linux/install-desktop.sh /abs/path/to/briefing-gui   # or …/dist/Briefing/Briefing
#   sh packaging/linux/install-desktop.sh --uninstall
#
# `make install-desktop` passes the checkout's .venv/bin/briefing-gui; BRIEFING_EXEC=… picks
# another program (such as an installed copy of the packaged dist/Briefing/Briefing).
# Honours XDG_DATA_HOME. Refreshing the desktop database and an existing icon cache is best
# effort: a missing update-desktop-database or gtk-update-icon-cache is not an error.
set -eu

APP_ID=org.briefing.Briefing
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
ICONS=$ROOT/resources/icons
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
APPS=$DATA/applications
METAINFO=$DATA/metainfo
HICOLOR=$DATA/icons/hicolor

refresh_caches() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$APPS" 2>/dev/null || true
    fi
    touch "$HICOLOR" 2>/dev/null || true
    # Refresh a user icon cache only where one exists: a new cache would hide icons that other
    # programs later put here without refreshing it.
    if [ -f "$HICOLOR/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -f -t "$HICOLOR" 2>/dev/null || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$APPS/$APP_ID.desktop" "$METAINFO/$APP_ID.metainfo.xml" "$HICOLOR/scalable/apps/$APP_ID.svg"
    for png in "$HICOLOR"/*/apps/"$APP_ID".png; do
        [ -e "$png" ] && rm -f "$png"
    done
    [ -d "$HICOLOR" ] && refresh_caches
    echo "removed Briefing's desktop entry, metainfo and icons from $DATA"
    exit 0
fi

if [ $# -ne 1 ]; then
    echo "usage: $0 /absolute/path/to/briefing-gui | --uninstall" >&2
    exit 2
fi
PROGRAM=$1
case $PROGRAM in
    /*) ;;
    *) PROGRAM=$(pwd)/$PROGRAM ;;
esac
if [ ! -x "$PROGRAM" ] || [ -d "$PROGRAM" ]; then
    echo "$PROGRAM: not an executable program (run 'make run' or 'make package' first?)" >&2
    exit 1
fi
case $PROGRAM in
    *[\"\`\$\\%]*)
        echo "$PROGRAM: the path has a character a desktop file cannot quote simply (\" \` \$ \\ %)" >&2
        exit 1 ;;
    *[!A-Za-z0-9_./+-]*) EXEC_VALUE="\"$PROGRAM\"" ;;  # spaces and the like: quote it
    *) EXEC_VALUE=$PROGRAM ;;
esac

mkdir -p "$APPS" "$METAINFO" "$HICOLOR/scalable/apps"
awk -v exec_value="$EXEC_VALUE" -v try_exec="$PROGRAM" '
    /^Exec=/ { print "TryExec=" try_exec; print "Exec=" exec_value; next }
    /^TryExec=/ { next }
    { print }
' "$HERE/$APP_ID.desktop" > "$APPS/$APP_ID.desktop.tmp"
chmod 644 "$APPS/$APP_ID.desktop.tmp"
mv "$APPS/$APP_ID.desktop.tmp" "$APPS/$APP_ID.desktop"
cp "$HERE/$APP_ID.metainfo.xml" "$METAINFO/$APP_ID.metainfo.xml"
cp "$ICONS/$APP_ID.svg" "$HICOLOR/scalable/apps/$APP_ID.svg"
count=0
for png in "$ICONS"/hicolor/*/apps/"$APP_ID".png; do
    size_dir=$(basename "$(dirname "$(dirname "$png")")")
    mkdir -p "$HICOLOR/$size_dir/apps"
    cp "$png" "$HICOLOR/$size_dir/apps/$APP_ID.png"
    count=$((count + 1))
done
refresh_caches
echo "installed $APPS/$APP_ID.desktop (Exec=$EXEC_VALUE), the metainfo and $count icon sizes + SVG under $DATA"
