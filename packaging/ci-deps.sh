#!/bin/sh
# Debian/Ubuntu packages the build and the packaging tests use. Installs only what is missing;
# `apt-get update` runs only when something is.
#   desktop-file-utils, appstream  desktop-file-validate and appstreamcli (make validate-desktop)
#   binutils                       objdump, which PyInstaller needs on Linux
#   libxcb-cursor0 … libx11-xcb1    the libraries Qt's xcb platform plugin (libqxcb.so and
#                                  libQt6XcbQpa.so.6) links to: `make package` copies them into
#                                  dist/Briefing, because a stock desktop may lack some of them
#                                  (Ubuntu 22.04 has no libxcb-cursor0, which Qt >= 6.5 needs)
#   xvfb, xdotool                  an X server and a window finder: the packaged app's window test
set -eu
missing=""
command -v desktop-file-validate >/dev/null 2>&1 || missing="$missing desktop-file-utils"
command -v appstreamcli >/dev/null 2>&1 || missing="$missing appstream"
command -v objdump >/dev/null 2>&1 || missing="$missing binutils"
command -v Xvfb >/dev/null 2>&1 || missing="$missing xvfb"
command -v xdotool >/dev/null 2>&1 || missing="$missing xdotool"
# keep in step with XCB_LIBRARIES in packaging/briefing.spec
for package in libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
        libxcb-util1 libxcb-xkb1 libxkbcommon0 libxkbcommon-x11-0 libxcb-randr0 libxcb-render0 \
        libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libx11-xcb1; do
    case "$(dpkg-query -W -f '${Status}' "$package" 2>/dev/null || true)" in
        *" installed") ;;
        *) missing="$missing $package" ;;
    esac
done
if [ -z "$missing" ]; then
    echo "ci-deps: the packaging tools, Qt's xcb libraries, Xvfb and xdotool are present"
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
fi
echo "ci-deps: installing$missing"
$SUDO apt-get update -q
# shellcheck disable=SC2086 # word splitting of the package list is wanted
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends $missing
