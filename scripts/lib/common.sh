# SPDX-FileCopyrightText: 2026 The Recoup developers
# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# Shared by scripts/run and scripts/test: messages, the Debian packages Recoup
# needs and their installation, and the CMake steps. Source it, don't run it.

# The repository root, whatever directory the caller was started from.
RECOUP_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# What a fresh Debian 12 needs to build, run, test and screenshot Recoup. One
# list for both commands, so that whatever passes `scripts/test` also runs.
RECOUP_PACKAGES=(
    # toolchain
    build-essential cmake ninja-build ccache git ca-certificates
    # Qt 6.4: Widgets, Sql with its SQLite driver, Charts, Linguist, translations
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev libgl-dev
    # the SVG icon engine that draws the side bar's own icons
    libqt6svg6
    # SQLite's own header and library, for the bulk import's direct binding
    libsqlite3-dev
    # QR codes on statements (a payment link, or a SEPA transfer), found through pkg-config (below)
    libqrencode-dev
    # Charts needs Qt OpenGL, which qt6-base-dev only recommends
    libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    # a window without a display, and the fonts it draws with
    xvfb xauth fonts-dejavu-core
    # the fuzz targets (scripts/fuzz): clang with libFuzzer and the sanitizers' runtime
    clang libclang-rt-14-dev
    # checks: formatting, PDF output, a local SMTP server, packaging metadata
    clang-format poppler-utils python3 python3-aiosmtpd appstream desktop-file-utils
    # e-mail over SMTP (libcurl with OpenSSL), the password in the desktop's keychain
    libcurl4-openssl-dev pkg-config qtkeychain-qt6-dev
    # phone numbers read with their country's rules for SMS and WhatsApp
    libphonenumber-dev
    # the e-mail tests make a self-signed certificate for their loopback server
    openssl
    # cpack's .deb finds library dependencies with dpkg-shlibdeps, which needs file
    file
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

# Runs a command as root: directly when we are root (a debootstrap base often
# has no sudo), else through sudo.
as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        die "need root to run '$*': run as root or install sudo"
    fi
}

# Prints the packages of "$@" that dpkg does not have fully installed.
missing_packages() {
    local package
    for package in "$@"; do
        [[ $(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null) == installed ]] || echo "$package"
    done
}

# Installs whatever of RECOUP_PACKAGES is missing, and nothing when all is
# there, so a second run neither needs the network nor asks for a password.
# RECOUP_SKIP_DEPS=1 skips this (another distribution, a hand-made setup).
ensure_packages() {
    if [[ -n ${RECOUP_SKIP_DEPS:-} ]]; then
        log "RECOUP_SKIP_DEPS is set: not checking packages"
        return
    fi
    if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
        log "not a Debian system: install the equivalents of ${RECOUP_PACKAGES[*]} by hand"
        return
    fi
    local missing
    mapfile -t missing < <(missing_packages "${RECOUP_PACKAGES[@]}")
    if [[ ${#missing[@]} -eq 0 ]]; then
        return
    fi
    log "installing ${missing[*]}"
    # noninteractive: tzdata and friends must not stop an unattended run to ask.
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Prints the CMake options that compile through ccache, when it is there: it
# keeps a second run quick, and the base dir makes its hits survive a fresh
# clone in another folder. Use as: mapfile -t args < <(ccache_cmake_args)
ccache_cmake_args() {
    if command -v ccache >/dev/null; then
        echo "-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
    fi
}
if [[ -z ${CCACHE_BASEDIR:-} ]]; then
    export CCACHE_BASEDIR=$RECOUP_ROOT
fi

# Configures and builds one preset of CMakePresets.json (release or test).
build_preset() {
    local preset=$1
    shift
    local extra
    mapfile -t extra < <(ccache_cmake_args)
    log "configuring ($preset)"
    cmake --preset "$preset" "${extra[@]}" "$@"
    log "building ($preset)"
    cmake --build --preset "$preset"
}
