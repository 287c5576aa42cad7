#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Pulling a 512 MiB image (four layers of 128 MiB of random data) from a lab registry on
# loopback, in the same run:
#   pullscope   `pullscope-cli pull --jobs 4` into an empty content store (verified, stored)
#   skopeo      `skopeo copy docker://... oci:...` into an empty OCI layout
#   raw limit   the four blobs fetched in parallel by curl straight to files, no hashing
#   hash floor  pullscope-hashfloor (hashfloor.cpp): the same four blobs received, SHA-256'd and
#               written with O_DIRECT on one thread each, no framework: the least a verified
#               download costs on this machine (shown for reference, when built)
# Each figure is the median of RUNS runs (default 5); peak memory (max RSS) for pullscope and
# skopeo from /usr/bin/time. Not run by ctest.
#
# Usage: bench/pull_bench.sh [BUILD_DIR]   (default: build next to this folder)
# Needs: docker-registry, skopeo, curl, python3, /usr/bin/time.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
BUILD="${1:-$HERE/../build}"
CLI="$BUILD/app/cli/pullscope-cli"
LAB="$BUILD/tests/support/pullscope-lab"
FLOOR="$BUILD/bench/pullscope-hashfloor"
RUNS="${RUNS:-5}"
LAYER_MIB="${LAYER_MIB:-128}"

for tool in "$CLI" "$LAB"; do
    [ -x "$tool" ] || { echo "missing $tool; build first" >&2; exit 2; }
done
for tool in skopeo curl python3 docker-registry /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 2; }
done

WORK="$(mktemp -d)"
LAB_PID=""
cleanup() {
    [ -n "$LAB_PID" ] && { kill "$LAB_PID" 2>/dev/null || true; wait "$LAB_PID" 2>/dev/null || true; }
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM
export HOME="$WORK/home" XDG_RUNTIME_DIR="$WORK/run" XDG_CONFIG_HOME="$WORK/config"
export REGISTRY_AUTH_FILE="$WORK/auth.json" CONTAINERS_REGISTRIES_CONF="$WORK/registries.conf"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME"
echo '{"auths": {}}' > "$REGISTRY_AUTH_FILE"
: > "$CONTAINERS_REGISTRIES_CONF"
POLICY="$WORK/policy.json"
echo '{"default":[{"type":"insecureAcceptAnything"}]}' > "$POLICY"

"$LAB" serve --mode anonymous --dir "$WORK/lab" > "$WORK/lab.log" 2>&1 &
LAB_PID=$!
for _ in $(seq 1 600); do
    grep -q '^Ready' "$WORK/lab.log" 2>/dev/null && break
    kill -0 "$LAB_PID" 2>/dev/null || { cat "$WORK/lab.log" >&2; exit 1; }
    sleep 0.1
done
URL="$(sed -n 's/^Registry: //p' "$WORK/lab.log")"
HOSTPORT="${URL#http://}"
echo "Registry: $URL"

echo "Writing a 4 x ${LAYER_MIB} MiB image and pushing it with skopeo..."
python3 - "$WORK/layout" "$LAYER_MIB" <<'PY'
import hashlib, json, os, sys
root, mib = sys.argv[1], int(sys.argv[2])
os.makedirs(f"{root}/blobs/sha256", exist_ok=True)
def blob(data):
    d = hashlib.sha256(data).hexdigest()
    open(f"{root}/blobs/sha256/{d}", "wb").write(data)
    return {"digest": "sha256:" + d, "size": len(data)}
layers = []
for i in range(4):
    b = blob(os.urandom(mib * 1024 * 1024))
    layers.append(dict(mediaType="application/vnd.oci.image.layer.v1.tar", **b))
config = blob(json.dumps({"architecture": "amd64", "os": "linux",
                          "rootfs": {"type": "layers", "diff_ids": [l["digest"] for l in layers]},
                          "config": {}}).encode())
manifest = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                       "config": dict(mediaType="application/vnd.oci.image.config.v1+json", **config),
                       "layers": layers}).encode()
m = blob(manifest)
open(f"{root}/oci-layout", "w").write('{"imageLayoutVersion":"1.0.0"}')
json.dump({"schemaVersion": 2, "manifests": [dict(mediaType="application/vnd.oci.image.manifest.v1+json",
          annotations={"org.opencontainers.image.ref.name": "big"}, **m)]}, open(f"{root}/index.json", "w"))
PY
skopeo --policy "$POLICY" copy -q --dest-tls-verify=false "oci:$WORK/layout:big" "docker://$HOSTPORT/bench/big:1"
REF="$HOSTPORT/bench/big:1"
# skopeo may recompress layers on push, so take the digests from what the registry serves.
curl -s -H 'Accept: application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json' \
    "$URL/v2/bench/big/manifests/1" |
    python3 -c 'import json,sys; print("\n".join(l["digest"] for l in json.load(sys.stdin)["layers"]))' \
    > "$WORK/layers.txt"
mapfile -t LAYERS < "$WORK/layers.txt"
TOTAL=$(curl -s -H 'Accept: application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json' \
    "$URL/v2/bench/big/manifests/1" | python3 -c 'import json,sys; print(sum(l["size"] for l in json.load(sys.stdin)["layers"]))')
rm -rf "$WORK/layout"

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
now() { date +%s.%N; }

: > "$WORK/pullscope.t"; : > "$WORK/pullscope.m"; : > "$WORK/skopeo.t"; : > "$WORK/skopeo.m"; : > "$WORK/raw.t"
: > "$WORK/floor.t"
for run in $(seq 1 "$RUNS"); do
    rm -rf "$WORK/store" "$WORK/out" "$WORK/raw"; mkdir -p "$WORK/raw"; sync
    /usr/bin/time -f '%e %M' -o "$WORK/t" "$CLI" pull --store "$WORK/store" --jobs 4 "$REF" > /dev/null
    read -r secs kib < "$WORK/t"; echo "$secs" >> "$WORK/pullscope.t"; echo "$kib" >> "$WORK/pullscope.m"

    rm -rf "$WORK/store"; sync
    /usr/bin/time -f '%e %M' -o "$WORK/t" skopeo --policy "$POLICY" copy -q --src-tls-verify=false \
        "docker://$REF" "oci:$WORK/out:big" > /dev/null
    read -r secs kib < "$WORK/t"; echo "$secs" >> "$WORK/skopeo.t"; echo "$kib" >> "$WORK/skopeo.m"

    rm -rf "$WORK/out"; sync
    start=$(now)
    pids=()
    for d in "${LAYERS[@]}"; do
        curl -s -o "$WORK/raw/${d#sha256:}" "$URL/v2/bench/big/blobs/$d" &
        pids+=($!)
    done
    wait "${pids[@]}" # not a bare wait: the lab registry is a child of this shell too
    end=$(now)
    got=$(cat "$WORK"/raw/* | wc -c)
    [ "$got" -eq "$TOTAL" ] || {
        echo "curl fetched $got bytes, not the image's layers; one answer was:" >&2
        head -c 300 "$WORK/raw/$(ls "$WORK/raw" | head -1)" >&2; exit 1; }
    echo "$end - $start" | bc -l >> "$WORK/raw.t"
    floor=""
    if [ -x "$FLOOR" ]; then
        rm -rf "$WORK/raw"; mkdir -p "$WORK/raw"; sync
        paths=()
        for d in "${LAYERS[@]}"; do paths+=("/v2/bench/big/blobs/$d"); done
        /usr/bin/time -f '%e' -o "$WORK/t" "$FLOOR" "${HOSTPORT##*:}" "$WORK/raw" "${paths[@]}"
        cat "$WORK/t" >> "$WORK/floor.t"
        floor=", hash floor $(tail -1 "$WORK/floor.t") s"
    fi
    echo "run $run: pullscope $(tail -1 "$WORK/pullscope.t") s, skopeo $(tail -1 "$WORK/skopeo.t") s, raw $(tail -1 "$WORK/raw.t") s$floor"
done

P=$(median < "$WORK/pullscope.t"); S=$(median < "$WORK/skopeo.t"); R=$(median < "$WORK/raw.t")
PM=$(median < "$WORK/pullscope.m"); SM=$(median < "$WORK/skopeo.m")
echo
echo "Pull of 4 x ${LAYER_MIB} MiB on loopback, median of $RUNS runs ($(nproc) cores):"
printf '  pullscope-cli pull   %6.2f s   peak RSS %5.1f MiB\n' "$P" "$(echo "$PM/1024" | bc -l)"
printf '  skopeo copy          %6.2f s   peak RSS %5.1f MiB\n' "$S" "$(echo "$SM/1024" | bc -l)"
printf '  curl x4 (raw limit)  %6.2f s\n' "$R"
printf '  skopeo / pullscope   %6.2f  (target >= 1.6)\n' "$(echo "$S/$P" | bc -l)"
printf '  pullscope / raw      %6.2f  (target <= 1.25)\n' "$(echo "$P/$R" | bc -l)"
if [ -s "$WORK/floor.t" ]; then
    F=$(median < "$WORK/floor.t")
    printf '  hash floor           %6.2f s   (recv + SHA-256 + O_DIRECT per thread, no framework)\n' "$F"
    printf '  hash floor / raw     %6.2f  (the least a verified download costs here)\n' "$(echo "$F/$R" | bc -l)"
fi
