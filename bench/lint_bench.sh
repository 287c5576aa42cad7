#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `pullscope-cli lint` on one generated file of DOCS documents (default 10,000): Pods, Deployments,
# CronJobs, ServiceAccounts and Secrets in rotation, with comments, quoting styles and findings
# of most rules (so the linter does real work: secrets looked up, keys matched). Prints the
# wall time (median of RUNS runs, default 5), the findings count and the peak RSS of one run
# (/usr/bin/time -v when present). Not run by ctest.
#
# Usage: bench/lint_bench.sh [BUILD_DIR]   (default: build-cli next to this folder)
# Needs: python3.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
BUILD="${1:-$HERE/../build-cli}"
CLI="$BUILD/app/cli/pullscope-cli"
DOCS="${DOCS:-10000}"
RUNS="${RUNS:-5}"

[ -x "$CLI" ] || { echo "missing $CLI; build pullscope-cli first" >&2; exit 2; }
command -v python3 >/dev/null || { echo "missing python3" >&2; exit 2; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT INT TERM
FILE="$WORK/workload.yaml"

python3 - "$DOCS" "$FILE" <<'PY'
import base64, json, sys
docs, path = int(sys.argv[1]), sys.argv[2]
good = base64.b64encode(json.dumps({"auths": {"reg.example.com": {"auth": "dTpw"}}}).encode()).decode()
hub = base64.b64encode(json.dumps({"auths": {"registry-1.docker.io": {"auth": "dTpw"}}}).encode()).decode()
out = []
for i in range(docs):
    ns = f"team-{i % 50}"
    k = i % 5
    if k == 0:
        out.append(f"""# pod {i}
apiVersion: v1
kind: Pod
metadata:
  name: web-{i}
  namespace: {ns}
spec:
  imagePullSecrets:
  - name: regcred-{i % 50}
  containers:
  - name: app
    image: "reg.example.com:5000/app:{i}"   # port differs from the secret's key
    imagePullPolicy: IfNotPresent
  - name: sidecar
    image: nginx
""")
    elif k == 1:
        out.append(f"""apiVersion: apps/v1
kind: Deployment
metadata: {{name: api-{i}, namespace: {ns}}}
spec:
  template:
    spec:
      serviceAccountName: builder
      imagePullSecrets: [{{name: hub-{i % 50}}}]
      initContainers:
      - name: init
        image: 'busybox:1.36'
      containers:
      - name: api
        image: docker.io/library/python:3.12@sha256:{'a' * 64}
""")
    elif k == 2:
        out.append(f"""apiVersion: batch/v1
kind: CronJob
metadata:
  name: job-{i}
  namespace: {ns}
spec:
  schedule: "*/5 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          nodeSelector: {{kubernetes.io/arch: x86_64}}
          containers:
          - name: job
            image: Reg.Example.com/Tools/Job:latest
            imagePullPolicy: always
""")
    elif k == 3:
        out.append(f"""apiVersion: v1
kind: Secret
metadata:
  name: regcred-{i % 50}
  namespace: {ns}
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: {good}
""")
    else:
        out.append(f"""apiVersion: v1
kind: Secret
metadata: {{name: hub-{i % 50}, namespace: {ns}}}
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: {hub}
---
apiVersion: v1
kind: ServiceAccount
metadata: {{name: builder, namespace: {ns}}}
imagePullSecrets:
- name: regcred-{i % 50}
""")
with open(path, "w") as f:
    f.write("---\n".join(out))
PY

objects=$(grep -c '^kind: \|^kind:\|kind: ' "$FILE" || true)
size=$(du -h "$FILE" | cut -f1)
echo "file: $DOCS generated documents ($objects objects incl. the ServiceAccounts), $size"

# The findings are the point; exit status 1 (errors found) is expected.
count=$("$CLI" lint "$FILE" | wc -l) || true
echo "findings: $count"

times=()
for _ in $(seq "$RUNS"); do
    start=$(date +%s.%N)
    "$CLI" lint "$FILE" >/dev/null || true
    end=$(date +%s.%N)
    times+=("$(python3 -c "print(f'{$end - $start:.3f}')")")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
echo "lint time: median ${median} s of $RUNS runs (${times[*]})"

if [ -x /usr/bin/time ]; then
    /usr/bin/time -v "$CLI" lint "$FILE" >/dev/null 2>"$WORK/time.txt" || true
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time.txt")
    user=$(sed -n 's/.*User time (seconds): //p' "$WORK/time.txt")
    sys=$(sed -n 's/.*System time (seconds): //p' "$WORK/time.txt")
    echo "peak RSS: $((rss / 1024)) MiB; CPU: ${user} s user, ${sys} s system (wall time is inflated on a busy machine)"
    "$CLI" lint --json "$FILE" >/dev/null 2>/dev/null || true
    /usr/bin/time -v "$CLI" lint --json "$FILE" >/dev/null 2>"$WORK/time.txt" || true
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time.txt")
    echo "peak RSS with --json: $((rss / 1024)) MiB"
else
    echo "peak RSS: /usr/bin/time not installed"
fi
