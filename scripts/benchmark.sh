#!/usr/bin/env bash
# The portal's performance benchmark in one command (issue 11; figures and method in docs/performance.md):
#   1. builds the portal (mvn install) and the harness (portal-perf: generator, Gatling scenario, bare page WAR,
#      shell probe JAR);
#   2. starts an embedded PostgreSQL (its own process, data in the run folder) and Payara Micro with the portal at /
#      (its WAR plus the shell probe JAR, whose page /perf-probe/shell.xhtml is the bare page's content in the
#      portal's layout) and the bare PrimeFaces page at /bare, and times the start;
#   3. fills the database through the import API (members, memberships, beneficiaries, payments), then web
#      accounts and health professionals in SQL, and restarts Payara Micro (start time with data);
#   4. runs the Gatling simulation: the member journey (sign-in → dashboard → payment search → detail → statement
#      PDF → sign-out), then the throughput of the dashboard, of the shell page and of the bare page, each loop after
#      an unmeasured warm-up (the JIT) — it fails on any failed request;
#   5. measures memory after the load, the serialized session size of signed-in members and the search, dashboard,
#      detail and statement PDF times of one member alone; prints a summary and where the reports are.
#
# On a machine shared with other heavy jobs: flock /tmp/heavy.lock scripts/benchmark.sh --offline
#
#   scripts/benchmark.sh                                  2 000 members, 200 000 payment lines, 50 000 professionals
#   scripts/benchmark.sh --members 100000 --lines 10000000 --professionals 500000    the issue's full volume
#
# Options:
#   --members N (2000)  --lines N (200000)  --professionals N (50000)  --accounts N (min(members, 2000))
#   --journey-users N (20) --journey-seconds N (60)  --loop-users N (20) --warmup-seconds N (300) --loop-seconds N (30)
#   --no-build          use the portal WAR installed in ~/.m2 as it is (no mvn install of the project)
#   --keep-data         keep the database of the previous run (the generator then only adds what is missing;
#                       combine with --from N to skip the members already sent)
#   --from N            first member the generator sends (1)
#   --no-load           generate and probe, no Gatling run
#   --offline           run Maven offline (mvn -o), from the local repository only
# Environment: PERF_PORT (18080), PERF_DB_PORT (15499), PERF_RUN_DIR (portal-perf/target/perf), PERF_HEAP (-Xmx1g).
# Exit status: non-zero when a step fails or the load test has a failed request.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
perf=$root/portal-perf
run=${PERF_RUN_DIR:-$perf/target/perf}
port=${PERF_PORT:-18080}
db_port=${PERF_DB_PORT:-15499}
heap=${PERF_HEAP:--Xmx1g}
members=2000 lines=200000 professionals=50000 accounts='' from=1
journey_users=20 journey_seconds=60 loop_users=20 warmup_seconds=300 loop_seconds=30
build=true keep=false load=true mvn_flags='-B'
while [ $# -gt 0 ]; do
  case $1 in
    --members) members=$2; shift ;;
    --lines) lines=$2; shift ;;
    --professionals) professionals=$2; shift ;;
    --accounts) accounts=$2; shift ;;
    --from) from=$2; shift ;;
    --journey-users) journey_users=$2; shift ;;
    --journey-seconds) journey_seconds=$2; shift ;;
    --loop-users) loop_users=$2; shift ;;
    --warmup-seconds) warmup_seconds=$2; shift ;;
    --loop-seconds) loop_seconds=$2; shift ;;
    --no-build) build=false ;;
    --keep-data) keep=true ;;
    --no-load) load=false ;;
    --offline) mvn_flags='-B -o' ;;
    *) echo "Unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
  shift
done
[ -n "$accounts" ] || accounts=$(( members < 2000 ? members : 2000 ))
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jar=${JAVA_HOME:+$JAVA_HOME/bin/}jar
url=http://127.0.0.1:$port
jdbc=jdbc:postgresql://127.0.0.1:$db_port/portal

say() { printf '\n== %s  %s\n' "$(date +%H:%M:%S)" "$*"; }
seconds_since() { echo "scale=1; ($(date +%s%N) - $1) / 1000000000" | bc; }

say "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(uname -sr), $("$java" -version 2>&1 | head -1)"
if $build; then
  say "building the portal (mvn install -DskipTests)"
  (cd "$root" && mvn -q $mvn_flags install -DskipTests)
fi
say "building the harness (portal-perf)"
(cd "$perf" && mvn -q $mvn_flags package)
cp_perf="$perf/target/classes:$perf/target/lib/*"

# The portal under test: its WAR as built, plus the shell probe in WEB-INF/lib, added the way a mutual adds a
# module JAR. The probe only adds a page; nothing else of the portal changes.
rm -rf "$perf/target/probe-war" && mkdir -p "$perf/target/probe-war/WEB-INF/lib"
cp "$perf/target/shell-probe.jar" "$perf/target/probe-war/WEB-INF/lib/"
cp "$perf/target/server/portal.war" "$perf/target/server/portal-probe.war"
(cd "$perf/target/probe-war" && "$jar" uf "$perf/target/server/portal-probe.war" WEB-INF/lib/shell-probe.jar)
# Checked here: a WAR without the probe would fail the load test only after the journey and the dashboard's loop.
"$jar" tf "$perf/target/server/portal-probe.war" | grep -x 'WEB-INF/lib/shell-probe.jar' > /dev/null \
  || { echo "shell-probe.jar is not in $perf/target/server/portal-probe.war" >&2; exit 1; }

mkdir -p "$run"
db_pid='' payara_pid=''
stop_payara() {
  if [ -n "$payara_pid" ] && kill -0 "$payara_pid" 2>/dev/null; then
    kill "$payara_pid"; wait "$payara_pid" 2>/dev/null || true
  fi
  payara_pid=''
}
cleanup() {
  [ -z "${sampler_pid:-}" ] || kill "$sampler_pid" 2>/dev/null || true
  stop_payara
  if [ -n "$db_pid" ] && kill -0 "$db_pid" 2>/dev/null; then
    kill "$db_pid"; wait "$db_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT

$keep || rm -rf "$run/postgres"
say "starting PostgreSQL on port $db_port (data in $run/postgres)"
"$java" -cp "$cp_perf" org.mutualportal.perf.PerfDatabase --data-dir "$run/postgres" --port "$db_port" > "$run/postgres.log" 2>&1 &
db_pid=$!
for _ in $(seq 1 240); do
  grep -q 'Perf database ready' "$run/postgres.log" && break
  kill -0 "$db_pid" 2>/dev/null || { cat "$run/postgres.log"; exit 1; }
  sleep 0.5
done
grep -q 'Perf database ready' "$run/postgres.log" || { echo "PostgreSQL did not start" >&2; exit 1; }

# A system client of the import API for this run only: a fresh secret, its hash computed by the core's tool.
secret=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
api_hash=$(printf '%s\n' "$secret" | "$java" -cp "$cp_perf" org.mutualportal.core.exchange.ApiSecretHash)
preboot=$run/preboot.txt
# One instance, no Hazelcast: sessions in memory (as the demo launcher does).
echo 'set configs.config.server-config.availability-service.web-container-availability.availability-enabled=false' > "$preboot"

start_payara() { # $1: log file; sets payara_pid and startup_seconds
  local started; started=$(date +%s%N)
  "$java" $heap -Dportal.db.url="$jdbc" -Dportal.db.user=portal -Dportal.db.password=portal \
    -Dportal.base-url="$url" -Dportal.demo-data=false -Dportal.mail.host=127.0.0.1 -Dportal.mail.port=2599 \
    -Dportal.api.clients="perf:$api_hash" \
    -jar "$perf/target/server/payara-micro.jar" --deploy "$perf/target/server/portal-probe.war:/" \
    --deploy "$perf/target/bare.war:/bare" --port "$port" --nohazelcast --disablephonehome \
    --prebootcommandfile "$preboot" > "$1" 2>&1 &
  payara_pid=$!
  for _ in $(seq 1 600); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/health/ready")" = 200 ] \
       && [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/bare/index.xhtml")" = 200 ]; then
      startup_seconds=$(seconds_since "$started")
      return 0
    fi
    kill -0 "$payara_pid" 2>/dev/null || { tail -50 "$1"; echo "Payara Micro stopped" >&2; exit 1; }
    sleep 0.5
  done
  echo "Payara Micro was not ready after 5 minutes (log: $1)" >&2; exit 1
}

# Once a second during the Gatling run: cumulative CPU ticks of the portal's JVM, of PostgreSQL (the postmaster
# with the back-ends it has reaped, and the live ones) and of the whole machine (busy, without steal), for the
# CPU time per request of each loop (CpuPerRequest).
# ticks PID [1]: utime + stime of the process, plus its reaped children's (cutime + cstime) when the second
# argument is 1; 0 when there is no such process.
ticks() { { [ -n "$1" ] && awk -v reaped="${2:-0}" '{print $14 + $15 + ($16 + $17) * reaped}' "/proc/$1/stat" 2>/dev/null; } || echo 0; }
sample_cpu() {
  echo "# ticks-per-second $(getconf CLK_TCK)"
  local postmaster db child
  # pg_ctl starts the postmaster and exits, so it is nobody's child: found by its port.
  postmaster=$(for p in $(pgrep -x postgres); do tr '\0' ' ' < "/proc/$p/cmdline" | grep -q -- " -p $db_port " && echo "$p"; done | head -1) || true
  while kill -0 "$payara_pid" 2>/dev/null; do
    db=$(ticks "$postmaster" 1)
    for child in ${postmaster:+$(pgrep -P "$postmaster")}; do db=$((db + $(ticks "$child"))); done
    echo "$(date +%s%3N) $(ticks "$payara_pid") $db $(awk '/^cpu / {print $2 + $3 + $4 + $7 + $8}' /proc/stat)"
    sleep 1
  done
}

say "starting Payara Micro: portal at $url/, bare page at $url/bare/"
start_payara "$run/payara-first.log"
first_start=$startup_seconds
say "ready in $first_start s (first start: migrations of an empty database when not --keep-data)"

say "generating data: $members members, $lines payment lines, $professionals professionals, $accounts accounts"
gen_started=$(date +%s%N)
PERF_API_SECRET=$secret "$java" -Xmx1g -cp "$cp_perf" org.mutualportal.perf.DataGenerator --portal "$url" --db "$jdbc" \
  --members "$members" --lines "$lines" --professionals "$professionals" --accounts "$accounts" --from "$from" \
  --accounts-file "$run/accounts.csv" | tee "$run/generator.log"
gen_seconds=$(seconds_since "$gen_started")

say "restarting Payara Micro (start time with the data in place)"
stop_payara
start_payara "$run/payara.log"
second_start=$startup_seconds
rss_started=$(ps -o rss= -p "$payara_pid" | tr -d ' ')
say "ready in $second_start s, resident memory $((rss_started / 1024)) MB"

gatling_status=0
report=''
if $load; then
  # Other work on the machine moves every figure: the load average before the run says how busy it was (the one
  # after is mostly this run's own threads, 20 requests in progress); both go into the summary.
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  sample_cpu > "$run/cpu-samples.txt" &
  sampler_pid=$!
  rm -f "$run/marks.txt"
  say "Gatling: journey ($journey_users members at once, ${journey_seconds} s), then dashboard, shell page and bare page throughput ($loop_users users, ${warmup_seconds} s warm-up and ${loop_seconds} s measured each)"
  (cd "$perf" && mvn $mvn_flags test-compile gatling:test -Dperf.portal="$url" -Dperf.accounts="$run/accounts.csv" \
      -Dperf.journeyUsers="$journey_users" -Dperf.journeySeconds="$journey_seconds" \
      -Dperf.loopUsers="$loop_users" -Dperf.warmupSeconds="$warmup_seconds" -Dperf.loopSeconds="$loop_seconds" \
      -Dperf.marks="$run/marks.txt") > "$run/gatling.log" 2>&1 || gatling_status=$?
  kill "$sampler_pid" 2>/dev/null || true; wait "$sampler_pid" 2>/dev/null || true; sampler_pid=''
  load_after=$(cut -d' ' -f1-3 /proc/loadavg)
  report=$(ls -dt "$perf"/target/gatling/portalsimulation-* 2>/dev/null | head -1 || true)
  grep -E '^> request count|^> KO|Global:|BUILD (SUCCESS|FAILURE)|^\[ERROR\]' "$run/gatling.log" | tail -20 || true
fi

say "memory after the load"
rss_after=$(ps -o rss= -p "$payara_pid" | tr -d ' ')
jcmd "$payara_pid" GC.run > /dev/null 2>&1 || true
heap_after=$(jcmd "$payara_pid" GC.heap_info 2>/dev/null | grep -Eo 'used [0-9]+K' | head -1 || true)

say "session size of signed-in members"
"$java" -cp "$cp_perf" org.mutualportal.perf.PortalProbe sessions --portal "$url" --accounts-file "$run/accounts.csv" \
  --members 20 > "$run/sessions.txt"

say "search time of one member alone"
"$java" -cp "$cp_perf" org.mutualportal.perf.PortalProbe search --portal "$url" --db "$jdbc" \
  --accounts-file "$run/accounts.csv" --runs 100 > "$run/search.txt"

{
  echo "Benchmark of $(date '+%d/%m/%Y %H:%M'), $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "volume: $members members, $lines payment lines, $professionals professionals, $accounts web accounts"
  echo "first start ($($keep && echo 'kept database' || echo 'empty database: migrations')): $first_start s; restart with the data: $second_start s"
  echo "data generation: $gen_seconds s (details: $run/generator.log)"
  echo "resident memory of Payara Micro ($heap): $((rss_started / 1024)) MB after start, $((rss_after / 1024)) MB after the load; heap after a full GC: ${heap_after:-n/a}"
  if $load && [ -n "$report" ]; then
    echo "load average (1, 5, 15 min) before the Gatling run: $load_before; after: $load_after"
    "$java" -cp "$cp_perf" org.mutualportal.perf.ReportSummary "$report" "$loop_seconds" "$run/cpu-samples.txt" "$run/marks.txt"
  fi
  cat "$run/search.txt" "$run/sessions.txt"
} | tee "$run/summary.txt"

say "files"
echo "  summary        $run/summary.txt"
[ -n "$report" ] && echo "  Gatling report $report/index.html"
echo "  logs           $run/{postgres,payara-first,payara,generator,gatling}.log, sessions.txt, search.txt"
if [ "$gatling_status" -ne 0 ]; then
  echo "The load test FAILED (failed requests or a Gatling error): see $run/gatling.log" >&2
  exit "$gatling_status"
fi
