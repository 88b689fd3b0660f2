#!/usr/bin/env bash
# Measures the scheduler app the way a depot uses it (issue 5), by hand, never in CI:
#  1. a crew's route fetched under load on loopback: requests at a fixed rate (default 200/s, open loop, RouteLoad)
#     against the busiest route of the sample district's published plan, then wrk as fast as the app answers;
#  2. the nightly re-planning job on the medium district, end to end: from the trigger to the stored proposed plan,
#     against the configured solving time.
# It starts its own app (embedded PostgreSQL in a temporary folder, its own port) and stops it afterwards.
# Needs wrk (Debian package wrk) and python3 for reading the JSON answers.
#
#   benchmarks/app/app-benchmark.sh            # RATE=200 DURATION=30 NIGHTLY_SECONDS=30 CREW_DISTRICT=small
#   CREW_DISTRICT=medium benchmarks/app/app-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${PORT:-18080}
RATE=${RATE:-200}
DURATION=${DURATION:-30}
NIGHTLY_SECONDS=${NIGHTLY_SECONDS:-30}
CREW_DISTRICT=${CREW_DISTRICT:-small}
JAR=scheduler-app/target/scheduler-app.jar
BASE="http://127.0.0.1:${PORT}"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[ -f "$JAR" ] || mvn -q -B -pl scheduler-app -am package -DskipTests

work=$(mktemp -d)
java -Xmx3g -jar "$JAR" --server.port="$PORT" \
    --sanitation.embedded-postgres.data-dir="$work/pg" \
    --sanitation.solver.time-limit="${NIGHTLY_SECONDS}s" \
    --sanitation.sample.dataset="datasets/${CREW_DISTRICT}.json" \
    --sanitation.sample.solve-at-start=true >"$work/app.log" 2>&1 &
app=$!
cleanup() {
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

echo "Starting the app on port $PORT (log: $work/app.log)..."
for _ in $(seq 1 180); do
    curl -sf "$BASE/actuator/health" >/dev/null 2>&1 && break
    kill -0 "$app" 2>/dev/null || { cat "$work/app.log"; exit 1; }
    sleep 1
done

plan=$(curl -sf "$BASE/api/districts/pingcheng/plans" | json 'd[0]["id"]')
echo "Waiting for the sample plan ($plan, district $CREW_DISTRICT) to finish solving..."
for _ in $(seq 1 600); do
    solving=$(curl -sf "$BASE/api/plans/$plan" | json 'd["solving"] or not d["versions"]')
    [ "$solving" = "False" ] && break
    sleep 1
done
read -r version date < <(curl -sf "$BASE/api/plans/$plan" | json '"%s %s" % (d["versions"][-1]["version"], d["plan"]["planDate"])')
curl -sf -X POST -H 'Content-Type: application/json' -d '{"actor":"benchmark"}' \
    "$BASE/api/plans/$plan/versions/$version/publish" >/dev/null
# The busiest route: the largest answer a crew fetches.
read -r vehicle stops < <(curl -sf "$BASE/api/plans/$plan/versions/$version" | json '" ".join(map(str,
    max(((r["vehicleId"], len(r["stops"])) for r in d["routes"]), key=lambda x: x[1])))')
url="$BASE/api/districts/pingcheng/crews/$vehicle/route?date=$date"
bytes=$(curl -sf "$url" | wc -c)
echo "Crew route: $vehicle on $date, $stops stops, $bytes bytes"

# An open-loop load at the fixed rate (latency counted from each request's due time), then wrk's closed loop for
# the most the app answers.
echo
echo "== Crew route at $RATE requests/s, open loop, ${DURATION} s =="
java benchmarks/src/main/java/city/sanitation/benchmarks/app/RouteLoad.java "$url" "$RATE" "$DURATION"
echo
echo "== Crew route as fast as it answers, 16 connections, 15 s =="
wrk -t2 -c16 -d15s --latency "$url"

echo
echo "== Nightly re-planning of the medium district (solving time ${NIGHTLY_SECONDS} s) =="
curl -sf -X POST -H 'Content-Type: application/json' --data-binary @datasets/medium.json \
    "$BASE/api/districts/medium/datasets?actor=benchmark" >/dev/null
before=$(curl -sf "$BASE/api/districts/medium/nightly-runs" | json 'len(d)')
start=$(date +%s.%N)
curl -sf -X POST "$BASE/api/districts/medium/nightly/run" >/dev/null
for _ in $(seq 1 900); do
    ended=$(curl -sf "$BASE/api/districts/medium/nightly-runs" | json "len(d) > $before and all(r['endedAt'] for r in d)")
    [ "$ended" = "True" ] && break
    sleep 0.5
done
end=$(date +%s.%N)
curl -sf "$BASE/api/districts/medium/nightly-runs" | json '"\n".join(
    "run %s: %s, started %s, ended %s, best %s" % (r["id"], r["outcome"], r["startedAt"], r["endedAt"], r["bestScore"])
    for r in d)'
python3 -c "
total = $end - $start
print('trigger to stored proposed plan: %.1f s; budget %d s (solving) + 30 s; %s' % (
    total, $NIGHTLY_SECONDS, 'within' if total <= $NIGHTLY_SECONDS + 30 else 'OVER'))"
