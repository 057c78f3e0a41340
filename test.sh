#!/usr/bin/env bash
# Runs the whole test suite. Installs what the tests start themselves when missing: Redis, PostgreSQL, Chromium
# with CJK and emoji fonts for the browser tests (driven by Playwright, never a downloaded browser), and jq and zip
# for the Teams package script.
set -euo pipefail
cd "$(dirname "$0")"

need=()
command -v redis-server >/dev/null 2>&1 || [ -x /usr/bin/redis-server ] || need+=(redis-server)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
compgen -G "/usr/share/fonts/opentype/noto/NotoSansCJK*" >/dev/null || need+=(fonts-noto-cjk)
compgen -G "/usr/share/fonts/truetype/noto/NotoColorEmoji*" >/dev/null || need+=(fonts-noto-color-emoji)
command -v jq >/dev/null 2>&1 || need+=(jq)
command -v zip >/dev/null 2>&1 || need+=(zip)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing test servers: ${need[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test PetitionBot.sln --nologo 2>&1 | tee "$log" || status=$?

# A table of each test assembly's run time (from its "Duration:" summary; assemblies run in parallel, so the times
# overlap), then one closing line for the whole run, summed over the test assemblies.
awk 'function seconds(text,   n, parts, i, total) {
       if (text ~ /^</) return 0
       n = split(text, parts, " ")
       for (i = 1; i < n; i += 2) {
         if (parts[i+1] == "h") total += parts[i] * 3600
         else if (parts[i+1] == "m") total += parts[i] * 60
         else if (parts[i+1] == "s") total += parts[i]
         else if (parts[i+1] == "ms") total += parts[i] / 1000
       }
       return total
     }
     /^(Passed|Failed)!/ {
       for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1)); if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
       line = $0
       sub(/.*Duration: /, "", line)
       name = line
       sub(/ - .*/, "", line)
       sub(/.* - /, "", name)
       sub(/\.dll.*/, "", name)
       total = 0; failed = 0
       for (i = 1; i <= NF; i++) { if ($i == "Total:") total = $(i+1); if ($i == "Failed:") failed = $(i+1) }
       rows[++count] = sprintf("%-36s %6d %7d %8.1f", name, total, failed, seconds(line))
     }
     END {
       if (count > 0) {
         printf "\n%-36s %6s %7s %8s\n", "Test project", "tests", "failed", "seconds"
         for (r = 1; r <= count; r++) print rows[r]
         print ""
       }
       printf "%d passed, %d failed, %d skipped\n", p, f, s
     }' "$log"
exit $status
