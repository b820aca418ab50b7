#!/usr/bin/env bash
# Load benchmark, not part of CI: seeds a large fictitious program into a temporary data folder, starts the app on
# 127.0.0.1 in Production, signs in with curl and runs wrk (Debian's package) against the director, coach and
# participant pages, the program insight and /health/live in one run, then times the check and the import of a 5,000-line
# enrollment file. The program is seeded with engagements: most participants coached, their sessions held, booked and
# changed. Writes requests/second, median and p99 latency and the file's timings to benchmarks/results/.
#   bash scripts/benchmark.sh [participants] [duration]      e.g. bash scripts/benchmark.sh 10000 12s
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

participants=${1:-10000}
duration=${2:-12s}
port=${BENCHMARK_PORT:-5182}
base="http://127.0.0.1:$port"
password="coaching-demo-2026"

if ! command -v wrk >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi

data=$(mktemp -d /tmp/coachingacademy-bench.XXXXXX)
app_pid=""
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  rm -rf "$data"
}
trap cleanup EXIT

export ASPNETCORE_ENVIRONMENT=Production App__DataDirectory="$data" DemoData__Seed=false Logging__LogLevel__Default=Warning
dotnet build src/CoachingAcademy.Web -c Release -nologo -clp:ErrorsOnly >/dev/null
dll=artifacts/bin/CoachingAcademy.Web/release/CoachingAcademy.Web.dll
echo "Seeding $participants participants into $data"
seed_started=$(date +%s)
dotnet "$dll" --contentRoot "$PWD/src/CoachingAcademy.Web" seed-large --participants "$participants" --engagements >/dev/null
seed_seconds=$(( $(date +%s) - seed_started ))

dotnet "$dll" --contentRoot "$PWD/src/CoachingAcademy.Web" --urls "$base" >"$data/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 60); do curl -fsS "$base/health/live" >/dev/null 2>&1 && break; sleep 1; done
curl -fsS "$base/health/ready" >/dev/null

# Signs in through the real form and prints the auth cookie as a Cookie header value.
cookie_for() {
  local jar="$data/$1.jar" token
  token=$(curl -fsS -c "$jar" "$base/Account/Login" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -n 1)
  curl -fsS -o /dev/null -b "$jar" -c "$jar" --data-urlencode "Email=$1" --data-urlencode "Password=$password" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/Account/Login"
  awk '$6 ~ /^CoachingAcademy\.Auth/ { printf "%s%s=%s", sep, $6, $7; sep="; " }' "$jar"
}

results_dir=benchmarks/results
mkdir -p "$results_dir"
out="$results_dir/$(date -u +%Y-%m-%d-%H%M).md"
{
  echo "# Benchmark $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Program: $participants participants with engagements and sessions (seeded in ${seed_seconds}s), Production, SQLite, 127.0.0.1."
  echo "wrk: 2 threads, 16 connections (1 thread, 1 connection where a line says one visitor), $duration per URL, on $(nproc) cores shared with whatever else runs here."
  echo
  echo "| page | URL | requests/s | median latency | p99 latency | non-2xx |"
  echo "| --- | --- | ---: | ---: | ---: | ---: |"
} >"$out"

# run LABEL URL [COOKIE [CONNECTIONS]]: 16 connections by default; 1 measures how long one visitor waits for the page.
run() {
  local label=$1 url=$2 cookie=${3:-} connections=${4:-16} threads=2 report
  [ "$connections" -gt 1 ] || threads=1
  if [ -n "$cookie" ]; then
    report=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "Cookie: $cookie" "$base$url")
  else
    report=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$base$url")
  fi
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec/ { print $2 }' <<<"$report")
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$report")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$report")
  errors=$(awk '/Non-2xx or 3xx responses/ { print $5 }' <<<"$report")
  echo "| $label | $url | $rps | $p50 | $p99 | ${errors:-0} |" >>"$out"
  echo "$label: $rps req/s, median $p50, p99 $p99"
}

run "liveness (baseline)" /health/live
director=$(cookie_for large.director@example.org)
run "director home" / "$director"
run "cohort schedule (director)" /Cohorts/Details/1 "$director"
run "cohort coaches (director)" /Cohorts/1/Coaches "$director"
run "program insight (director)" /Insight "$director"
run "program insight, one visitor at a time" /Insight "$director" 1
coach=$(cookie_for large.coach@example.org)
run "coach home" / "$coach"
run "coach roster" /Roster "$coach"
run "participant home" / "$(cookie_for large.participant@example.org)"

# A 5,000-line enrollment file for the current cohort: the check (upload and preview) and the import, timed by curl.
lines=${ENROLLMENT_LINES:-5000}
csv="$data/enrollment.csv"
{
  echo "Role,Name,Email,Title,Position,Agency,Supervisor email"
  for i in $(seq 1 "$lines"); do
    echo "Participant,Bench Person $i,bench.person.$i@example.org,Analyst,Other,Large Program Agency 1-1,large.coach@example.org"
  done
} >"$csv"
jar="$data/import.jar"
login_token=$(curl -fsS -c "$jar" "$base/Account/Login" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -n 1)
curl -fsS -o /dev/null -b "$jar" -c "$jar" --data-urlencode "Email=large.director@example.org" --data-urlencode "Password=$password" \
  --data-urlencode "__RequestVerificationToken=$login_token" "$base/Account/Login"
# The page has several forms: read it whole, then take the first token (a pipe into head would break the pipe).
curl -fsS -b "$jar" -c "$jar" -o "$data/people.html" "$base/Cohorts/1/People"
token=$(sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' "$data/people.html" | sed -n 1p)
check=$(curl -sS -o "$data/preview.html" -w "%{http_code} %{time_total}" -b "$jar" -F "__RequestVerificationToken=$token" -F "File=@$csv;type=text/csv" "$base/Cohorts/1/People/Upload")
import=$(curl -sS -o /dev/null -w "%{http_code} %{time_total}" -b "$jar" --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Csv@$csv" "$base/Cohorts/1/People/Import")
{
  echo
  echo "| enrollment file | lines | HTTP status | seconds |"
  echo "| --- | ---: | ---: | ---: |"
  echo "| check (upload, preview) | $lines | ${check% *} | ${check#* } |"
  echo "| import (one transaction, logins, invitations queued) | $lines | ${import% *} | ${import#* } |"
} >>"$out"
echo "enrollment file of $lines lines: check $check, import $import"

echo
cat "$out"
