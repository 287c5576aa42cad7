#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The longest stall of the GUI thread's event loop (pullscope-guistall, bench/guistall.cpp)
# while the main window opens a folder of PODS Pod files (default 1,000), types 200 characters
# into one of them, and simulates a Pod whose image is on a lab registry on 127.0.0.1 (a real
# pull into a fresh content store, 10 minutes of kubelet time). Target: under 50 ms. Runs under
# xvfb-run when there is no display. Not run by ctest.
#
# Usage: bench/gui_stall.sh [BUILD_DIR]   (default: build next to this folder)
# Needs: python3, xvfb-run (without a DISPLAY).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
BUILD="${1:-$HERE/../build}"
DRIVER="$BUILD/bench/pullscope-guistall"
LAB="$BUILD/tests/support/pullscope-lab"
PODS="${PODS:-1000}"

for tool in "$DRIVER" "$LAB"; do
    [ -x "$tool" ] || { echo "missing $tool; build pullscope-guistall and pullscope-lab first" >&2; exit 2; }
done
command -v python3 >/dev/null || { echo "missing python3" >&2; exit 2; }

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

# Neither the machine's logins nor its settings take part.
export HOME="$WORK/home" XDG_RUNTIME_DIR="$WORK/run" XDG_CONFIG_HOME="$WORK/config"
export REGISTRY_AUTH_FILE="$WORK/auth.json"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME"
chmod 700 "$XDG_RUNTIME_DIR"
echo '{"auths": {}}' > "$REGISTRY_AUTH_FILE"

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

python3 - "$PODS" "$WORK/pods" "$HOSTPORT" <<'PY'
import os, sys
count, folder, registry = int(sys.argv[1]), sys.argv[2], sys.argv[3]
os.makedirs(folder)
for i in range(count):
    with open(os.path.join(folder, f"pod-{i:04d}.yaml"), "w") as f:
        f.write(f"""apiVersion: v1
kind: Pod
metadata:
  name: web-{i}
  namespace: team-{i % 20}
  labels: {{app: web, shard: "{i % 7}"}}
spec:
  imagePullSecrets:
  - name: regcred-{i % 20}
  containers:
  - name: app
    image: {registry}/demo/multiarch:1.0
    imagePullPolicy: IfNotPresent
    ports: [{{containerPort: 8080}}]
  - name: sidecar
    image: nginx:1.25
""")
with open(os.path.join(os.path.dirname(folder), "simulate.yaml"), "w") as f:
    f.write(f"""apiVersion: v1
kind: Pod
metadata:
  name: simulated
spec:
  containers:
  - name: app
    image: {registry}/demo/multiarch:1.0
  - name: missing
    image: {registry}/demo/does-not-exist:1.0
""")
PY

RUN=()
[ -n "${DISPLAY:-}" ] || RUN=(xvfb-run -a -s "-screen 0 1400x900x24")
"${RUN[@]}" "$DRIVER" --folder "$WORK/pods" --files "$PODS" --simulate "$WORK/simulate.yaml" \
    --settings "$WORK/settings.ini" --store "$WORK/store"
