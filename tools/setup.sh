#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's two set-up commands, for a Debian 12 machine, as root:
#   tools/setup.sh run    install what is missing, build, start the demo registry and the GUI
#   tools/setup.sh test   install what is missing, build, run every test (what .ci/run calls)
# Environment: BUILD_DIR (default: build), JOBS (default: nproc).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${BUILD_DIR:-$here/build}
jobs=${JOBS:-$(nproc)}

# Debian 12 packages: the toolchain, Qt 6.4, yaml-cpp, OpenSSL, and the real registry tools
# the tests and the demo run against.
build_packages=(build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6svg6 qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    libyaml-cpp-dev libssl-dev zlib1g-dev libgl-dev openssl ca-certificates
    docker-registry skopeo apache2-utils clang-format ccache)
run_packages=(qt6-qpa-plugins qt6-translations-l10n fonts-noto-core fonts-noto-cjk
    xvfb xauth)
test_packages=(xvfb xauth)

log() { printf '== %s\n' "$*" >&2; }

install_missing() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        log "all ${#} packages present"
        return
    fi
    if [ "$(id -u)" -ne 0 ]; then
        echo "Missing packages: ${missing[*]}" >&2
        echo "Run this command as root (it installs them with apt-get)." >&2
        exit 1
    fi
    log "installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
    log "configuring in $build_dir"
    # ccache keeps compiled objects outside the repository (~/.cache/ccache), keyed by their
    # inputs, so a second build of the same sources, in any clone, is mostly cache hits.
    local launcher=()
    if command -v ccache >/dev/null; then
        export CCACHE_BASEDIR="$here" CCACHE_NOHASHDIR=1
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DPULLSCOPE_WERROR="${PULLSCOPE_WERROR:-OFF}" "${launcher[@]}" >/dev/null
    log "building with $jobs jobs"
    cmake --build "$build_dir" -j "$jobs"
}

run_gui() {
    local state=${PULLSCOPE_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/pullscope/demo}
    mkdir -p "$state"
    log "starting the demo registry (state in $state)"
    # demo.json appears once the registry answers and is seeded; a stale one must not count.
    rm -f "$state/demo.json"
    "$build_dir/tests/support/pullscope-lab" demo --dir "$state" >"$state/lab.log" 2>&1 &
    lab_pid=$!
    trap 'kill "$lab_pid" 2>/dev/null; wait "$lab_pid" 2>/dev/null || true' EXIT
    until [ -s "$state/demo.json" ]; do
        if ! kill -0 "$lab_pid" 2>/dev/null; then
            echo "The demo registry did not start; its log ($state/lab.log):" >&2
            cat "$state/lab.log" >&2
            exit 1
        fi
        sleep 0.2
    done
    local gui=("$build_dir/app/gui/pullscope" --demo-file "$state/demo.json")
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        local shot="$build_dir/pullscope-screenshot.png"
        log "no display: running under xvfb-run and saving a screenshot to $shot"
        xvfb-run -a -s '-screen 0 1400x900x24' "${gui[@]}" --screenshot "$shot"
        return
    fi
    log "starting Pullscope"
    "${gui[@]}" "$@"
}

run_tests() {
    log "running the tests"
    cd "$build_dir"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 900 -j "$jobs" "$@"
}

cmd=${1:-}
shift || true
case "$cmd" in
run)
    install_missing "${build_packages[@]}" "${run_packages[@]}"
    build
    run_gui "$@"
    ;;
test)
    # kubectl: the tests compare Pullscope's Secrets with its bytes. Debian's kubernetes-client
    # where no kubectl is installed already (the package of that name conflicts with it).
    command -v kubectl >/dev/null || test_packages+=(kubernetes-client)
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    build
    run_tests "$@"
    ;;
*)
    echo "usage: tools/setup.sh run|test" >&2
    exit 2
    ;;
esac
