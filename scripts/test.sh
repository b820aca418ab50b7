#!/usr/bin/env bash
# The one test command: installs what the tests need on a fresh Debian/Ubuntu machine, builds, checks both
# migration sets against the model, generates the SQL Server script, runs every test and prints "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# 1. System packages: Debian's Chromium in its headless build (browser tests), a real SMTP server (python3-aiosmtpd) and
# a font for PDFs. The headless build is the one Playwright drives by default: the full browser's headless mode also
# draws a window with its tab strip for every context, and measured on two cores the browser tests took 3 min 37 s on
# it against 2 min 21 s on the headless build. Where an apt source lacks the headless build, Debian's full Chromium
# serves (BrowserFixture takes whichever is there).
headless=/usr/lib/chromium/chromium-headless-shell
missing=()
/usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || missing+=(python3-aiosmtpd)
# A sans-serif TrueType font for the certificates' PDFs (Debian's DejaVu, or Liberation Sans).
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || [ -e /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf ] \
  || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -gt 0 ] || [ ! -x "$headless" ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  apt_install() { DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null; }
  $sudo apt-get update -qq
  if [ ${#missing[@]} -gt 0 ]; then echo "Installing ${missing[*]} with apt-get"; apt_install "${missing[@]}"; fi
  if [ ! -x "$headless" ]; then
    echo "Installing chromium-headless-shell with apt-get"
    apt_install chromium-headless-shell || [ -x /usr/bin/chromium ] || apt_install chromium
  fi
fi
browser=$headless; [ -x "$browser" ] || browser=/usr/bin/chromium

# 2. .NET tools from the manifest (dotnet-ef) and the build.
dotnet tool restore
dotnet build CoachingAcademy.sln -nologo -clp:ErrorsOnly

# 3. Both migration sets are current with the model, and the SQL Server deployment script generates. The two providers'
# checks run side by side (each dotnet-ef process 3-5 s, mostly one core); the SQL Server script comes after its check,
# since both copy the same helper files into that project's output. Chromium's first start on a machine builds its font
# cache; it is done beside them, outside every test's time limit.
mkdir -p artifacts/sql
ef_check() { dotnet ef migrations has-pending-model-changes --project "$1" --startup-project "$1" --no-build; }
ef_check src/CoachingAcademy.Migrations.Sqlite & sqlite_check=$!
(timeout 180 "$browser" --headless --no-sandbox --disable-gpu --no-first-run --dump-dom about:blank >/dev/null 2>&1 || true) &
ef_check src/CoachingAcademy.Migrations.SqlServer
dotnet ef migrations script --idempotent --project src/CoachingAcademy.Migrations.SqlServer \
  --startup-project src/CoachingAcademy.Migrations.SqlServer --no-build --output artifacts/sql/sqlserver-idempotent.sql
wait "$sqlite_check"
wait
grep -q "CREATE TABLE \[Cohorts\]" artifacts/sql/sqlserver-idempotent.sql

# 4. Every test project under tests/. The browser and integration assemblies run one after another, not side by side:
# both keep the two cores busy, and measured on two cores side by side took as long as one after another (370 s
# against 363 s; before the headless build, 486 s against 487 s), while a browser test's timing then depended on its
# neighbour. The small assemblies (unit, SQL Server checks, any other) run beside the browser tests, whose Chromium
# leaves about a quarter of the machine idle. Inside the integration assembly each test class has an app of its own and
# runs beside the others; the tests that run the app as processes start first, beside them (ADR 0012).
# The test processes and the app processes they start live for minutes, too short for dynamic PGO's instrumented code
# to pay for itself: without it the integration assembly took 288-322 s of CPU against 341 s with it.
export DOTNET_TieredPGO=0
results=artifacts/test-results
rm -rf "$results"
mkdir -p "$results"
status=0
started=$SECONDS
heavy=(tests/CoachingAcademy.BrowserTests/CoachingAcademy.BrowserTests.csproj
       tests/CoachingAcademy.IntegrationTests/CoachingAcademy.IntegrationTests.csproj)
light=()
for project in tests/*/*.csproj; do
  grep -q 'Include="Microsoft.NET.Test.Sdk"' "$project" || continue
  [[ " ${heavy[*]} " == *" $project "* ]] || light+=("$project")
done
run_tests() { dotnet test "$1" --no-build -nologo --logger "trx;LogFileName=$(basename "$1" .csproj).trx" --results-directory "$results"; }
# The small assemblies in one background lane, their output kept and printed when they are done.
(lane=0; for project in "${light[@]}"; do run_tests "$project" || lane=1; done; exit $lane) > "$results/beside.log" 2>&1 &
beside=$!
run_tests "${heavy[0]}" || status=$?
wait "$beside" || status=$?
cat "$results/beside.log"
run_tests "${heavy[1]}" || status=$?
echo "Tests ran for $((SECONDS - started)) s."

passed=0; failed=0; total=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); total=$((total + ${t:-0}))
done
# The failed tests, each with the first lines of its message, in one place just before the closing line.
if [ "$failed" -gt 0 ]; then
  echo
  echo "Failed tests:"
  /usr/bin/python3 - "$results"/*.trx <<'PY'
import sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
for path in sys.argv[1:]:
    for result in ET.parse(path).getroot().iterfind(".//t:UnitTestResult[@outcome='Failed']", ns):
        message = result.findtext("t:Output/t:ErrorInfo/t:Message", default="(no message)", namespaces=ns).strip().splitlines()
        print(f"  FAILED {result.get('testName')}")
        for line in message[:8] + (["  ..."] if len(message) > 8 else []):
            print(f"      {line}")
        # Where in our code it failed: the stack's first frames in the project's own files.
        stack = result.findtext("t:Output/t:ErrorInfo/t:StackTrace", default="", namespaces=ns).splitlines()
        for line in [l.strip() for l in stack if " in /" in l and "CoachingAcademy" in l][:3]:
            print(f"      {line}")
PY
  echo
fi
echo "$passed passed, $failed failed"
if [ "$total" -eq 0 ]; then echo "No tests ran." >&2; exit 1; fi
if [ "$failed" -gt 0 ] || [ "$status" -ne 0 ]; then exit 1; fi
