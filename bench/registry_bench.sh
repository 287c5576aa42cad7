#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Pullscope vs skopeo against one lab registry (docker-registry 2.8 on 127.0.0.1, plain HTTP,
# no auth), in the same run:
#   1. listing a repository with 10,000 tags: `pullscope-cli tags` vs `skopeo list-tags`;
#   2. resolving 1,000 tags to digests: `pullscope-cli tags --digests` (HEAD requests, 8 in
#      flight) vs `skopeo inspect --raw` per tag piped to sha256sum, 8 at a time (xargs -P 8).
# Each measurement is the median of RUNS runs (default 5). Not run by ctest.
#
# Usage: bench/registry_bench.sh [BUILD_DIR]   (default: build-cli next to this folder)
# Needs: docker-registry, skopeo, curl, python3.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
BUILD="${1:-$HERE/../build-cli}"
CLI="$BUILD/app/cli/pullscope-cli"
LAB="$BUILD/tests/support/pullscope-lab"
RUNS="${RUNS:-5}"
MANY="${MANY:-10000}"
RESOLVE="${RESOLVE:-1000}"
PARALLEL="${PARALLEL:-8}"

for tool in "$CLI" "$LAB"; do
    [ -x "$tool" ] || { echo "missing $tool; build pullscope-cli and pullscope-lab first" >&2; exit 2; }
done
for tool in skopeo curl python3 docker-registry; do
    command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 2; }
done

WORK="$(mktemp -d)"
LAB_PID=""
cleanup() {
    if [ -n "$LAB_PID" ]; then
        kill "$LAB_PID" 2>/dev/null || true
        wait "$LAB_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

# Neither tool may see the machine's logins or registries.conf mirrors.
export HOME="$WORK/home" XDG_RUNTIME_DIR="$WORK/run" XDG_CONFIG_HOME="$WORK/config"
export REGISTRY_AUTH_FILE="$WORK/auth.json" CONTAINERS_REGISTRIES_CONF="$WORK/registries.conf"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME"
echo '{"auths": {}}' > "$REGISTRY_AUTH_FILE"
: > "$CONTAINERS_REGISTRIES_CONF"

echo "Starting the lab registry..."
"$LAB" serve --mode anonymous --seed --dir "$WORK/lab" > "$WORK/lab.log" 2>&1 &
LAB_PID=$!
for _ in $(seq 1 600); do
    grep -q '^Ready' "$WORK/lab.log" 2>/dev/null && break
    kill -0 "$LAB_PID" 2>/dev/null || { cat "$WORK/lab.log" >&2; exit 1; }
    sleep 0.1
done
grep -q '^Ready' "$WORK/lab.log" || { echo "the lab did not start" >&2; cat "$WORK/lab.log" >&2; exit 1; }
URL="$(sed -n 's/^Registry: //p' "$WORK/lab.log")"
HOSTPORT="${URL#http://}"
echo "Registry: $URL"

# Tags "$prefix-00001".."$prefix-NNNNN" in demo/multiarch to its OCI index (PUT manifest with
# curl --parallel). The repository already holds the index's children, which docker-registry
# requires of an index pushed into a repository.
seed() { # count prefix
    local count="$1" prefix="$2" type="application/vnd.oci.image.index.v1+json"
    curl -sf -H "Accept: $type" -o "$WORK/index.json" "$URL/v2/demo/multiarch/manifests/1.0"
    python3 - "$URL" "$count" "$prefix" "$type" "$WORK/index.json" > "$WORK/seed.cfg" <<'PY'
import sys
url, count, prefix, mediatype, body = sys.argv[1:]
for i in range(1, int(count) + 1):
    print(f'url = "{url}/v2/demo/multiarch/manifests/{prefix}-{i:05d}"')
    print('request = "PUT"')
    print(f'header = "Content-Type: {mediatype}"')
    print(f'upload-file = "{body}"')
    print('output = "/dev/null"')
PY
    curl -sSf --no-progress-meter --parallel --parallel-max 16 -K "$WORK/seed.cfg"
}

now() { date +%s.%N; }
elapsed() { python3 -c "print(f'{$(now) - $1:.1f}')"; }

start=$(now)
seed "$MANY" many
echo "Seeded $MANY tags in $(elapsed "$start") s (curl --parallel, 16 in flight)"
REPO="$HOSTPORT/demo/multiarch"
listed=$(skopeo list-tags --tls-verify=false "docker://$REPO" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["Tags"]))')
ours=$("$CLI" tags "$REPO" | wc -l)
echo "skopeo list-tags sees $listed tags, pullscope-cli tags $ours"
[ "$listed" = "$ours" ] || { echo "the two listings differ" >&2; exit 1; }

# The tags to resolve: the first RESOLVE the registry lists (what `tags --limit` reads).
"$CLI" tags --limit "$RESOLVE" "$REPO" > "$WORK/resolve.txt"
# Both tools must agree on every digest.
"$CLI" tags --digests --limit "$RESOLVE" "$REPO" | awk '{print $1, $2}' | sort > "$WORK/ours.txt"
xargs -P "$PARALLEL" -I{} sh -c \
    "printf '%s sha256:%s\n' '{}' \"\$(skopeo inspect --raw --tls-verify=false docker://$REPO:{} | sha256sum | cut -d' ' -f1)\"" \
    < "$WORK/resolve.txt" | sort > "$WORK/theirs.txt"
cmp -s "$WORK/ours.txt" "$WORK/theirs.txt" || { echo "digests differ" >&2; diff "$WORK/ours.txt" "$WORK/theirs.txt" | head >&2; exit 1; }
echo "Both resolve the same $(wc -l < "$WORK/ours.txt") digests"

# median CMD...: runs CMD RUNS times, prints the median wall time in seconds.
median() {
    local times=() t0
    for _ in $(seq 1 "$RUNS"); do
        t0=$(now)
        "$@" > /dev/null
        times+=("$(python3 -c "print($(now) - $t0)")")
    done
    printf '%s\n' "${times[@]}" | python3 -c 'import statistics,sys; print(f"{statistics.median(float(l) for l in sys.stdin):.3f}")'
}

pullscope_list() { "$CLI" tags "$REPO"; }
skopeo_list() { skopeo list-tags --tls-verify=false "docker://$REPO"; }
# Pullscope lists the first page (the tags) and resolves them, HEAD, 8 in flight; skopeo
# is handed the list and fetches each manifest (its digest is the hash of the bytes).
pullscope_resolve() { "$CLI" tags --digests --parallel "$PARALLEL" --limit "$RESOLVE" "$REPO"; }
skopeo_resolve() {
    xargs -P "$PARALLEL" -I{} sh -c \
        "skopeo inspect --raw --tls-verify=false docker://$REPO:{} | sha256sum" < "$WORK/resolve.txt"
}
# skopeo's own digest output: inspect --format {{.Digest}} (also reads the image config).
skopeo_resolve_format() {
    xargs -P "$PARALLEL" -I{} skopeo inspect --tls-verify=false --format '{{.Digest}}' \
        "docker://$REPO:{}" < "$WORK/resolve.txt"
}

echo "Measuring (median of $RUNS runs)..."
pl=$(median pullscope_list)
sl=$(median skopeo_list)
pr=$(median pullscope_resolve)
sr=$(median skopeo_resolve)
sf=$(median skopeo_resolve_format)

ratio() { python3 -c "print(f'{$1 / $2:.1f}x')"; }
echo
echo "Machine: $(nproc) cores, $(uname -sr); $(skopeo --version)"
printf '%-52s %10s %10s %8s\n' "measurement" "pullscope" "skopeo" "skopeo/ps"
printf '%-52s %9ss %9ss %8s\n' "list $listed tags" "$pl" "$sl" "$(ratio "$sl" "$pl")"
printf '%-52s %9ss %9ss %8s\n' "resolve $RESOLVE digests (skopeo inspect --raw|sha256sum)" "$pr" "$sr" "$(ratio "$sr" "$pr")"
printf '%-52s %9ss %9ss %8s\n' "resolve $RESOLVE digests (skopeo --format {{.Digest}})" "$pr" "$sf" "$(ratio "$sf" "$pr")"
