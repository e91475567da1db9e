#!/bin/sh
# Debian packages the packaging tests use: desktop-file-validate (desktop-file-utils) and
# appstreamcli (appstream); binutils gives objdump, which PyInstaller needs on Linux.
# Installs only what is missing; `apt-get update` runs only when something is.
set -eu
missing=""
command -v desktop-file-validate >/dev/null 2>&1 || missing="$missing desktop-file-utils"
command -v appstreamcli >/dev/null 2>&1 || missing="$missing appstream"
command -v objdump >/dev/null 2>&1 || missing="$missing binutils"
if [ -z "$missing" ]; then
    echo "ci-deps: desktop-file-utils, appstream and binutils are present"
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
