#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Formats the tracked C++ files (*.h, *.cpp under model ui app tests bench) with the repository's
# .clang-format, the files the clang_format test checks.
#   tools/format.sh           rewrite the files in place
#   tools/format.sh --check   list the files that need changes; exit 1 if there are any
# Environment: CLANG_FORMAT (default: clang-format-14, else clang-format).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

check=false
case "${1:-}" in
    --check) check=true ;;
    "") ;;
    *) echo "usage: tools/format.sh [--check]" >&2; exit 2 ;;
esac

clang_format=${CLANG_FORMAT:-}
if [[ -z $clang_format ]]; then
    if command -v clang-format-14 >/dev/null; then
        clang_format=clang-format-14
    elif command -v clang-format >/dev/null; then
        clang_format=clang-format
    else
        echo "tools/format.sh: neither clang-format-14 nor clang-format is installed" >&2
        exit 2
    fi
fi

mapfile -t files < <(git ls-files -- \
    'model/*.h' 'model/*.cpp' 'ui/*.h' 'ui/*.cpp' 'app/*.h' 'app/*.cpp' \
    'tests/*.h' 'tests/*.cpp' 'bench/*.h' 'bench/*.cpp')
if ((${#files[@]} == 0)); then
    exit 0
fi

if ! $check; then
    "$clang_format" -i -- "${files[@]}"
    exit 0
fi

bad=0
for f in "${files[@]}"; do
    if ! "$clang_format" --dry-run -Werror -- "$f" >/dev/null 2>&1; then
        echo "$f"
        bad=1
    fi
done
exit $bad
