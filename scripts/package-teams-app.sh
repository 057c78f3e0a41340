#!/usr/bin/env bash
# Builds the Teams app package: manifests/manifest.json with the bot's Microsoft App ID filled in (as the app id and the
# bot id), the bot's domain (optional) added to validDomains, zipped with color.png and outline.png at the zip's root.
#
#   bash scripts/package-teams-app.sh <microsoft-app-id> [bot-domain] [output-folder]
#
# Writes <output-folder>/petitionbot-teams.zip (default folder: artifacts/) and prints its path. Upload it in Teams
# (Apps -> Manage your apps -> Upload an app). Needs jq and zip.
set -euo pipefail

usage() { echo "usage: $0 <microsoft-app-id> [bot-domain] [output-folder]" >&2; exit 2; }
[ $# -ge 1 ] && [ $# -le 3 ] || usage

app_id=$1
domain=${2:-}
root=$(cd "$(dirname "$0")/.." && pwd)
out=${3:-$root/artifacts}

# Teams takes the id only as a GUID; the all-zero placeholder would upload but never reach the bot.
if ! [[ $app_id =~ ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$ ]] \
   || [[ $app_id =~ ^[0-]+$ ]]; then
  echo "The Microsoft App ID must be the bot's GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), not '$app_id'." >&2
  exit 2
fi
# validDomains holds host names only (a wildcard first label is allowed): no scheme, path or port.
if [ -n "$domain" ] && ! [[ $domain =~ ^(\*\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$ ]]; then
  echo "The bot's domain must be a host name such as bot.example.org, not '$domain'." >&2
  exit 2
fi
for tool in jq zip; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool is needed (Debian: apt-get install -y $tool)." >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

jq --arg id "${app_id,,}" --arg domain "$domain" '
  .id = $id
  | .bots |= map(.botId = $id)
  | if $domain == "" then . else .validDomains = ((.validDomains // []) + [$domain] | unique) end
' "$root/manifests/manifest.json" > "$work/manifest.json"
cp "$root/manifests/color.png" "$root/manifests/outline.png" "$work/"

mkdir -p "$out"
zip_path="$(cd "$out" && pwd)/petitionbot-teams.zip"
rm -f "$zip_path"
# -j: the three files at the zip's root, as Teams requires; -X: no extra attributes, so the same input zips alike.
(cd "$work" && zip -q -j -X "$zip_path" manifest.json color.png outline.png)
echo "$zip_path"
