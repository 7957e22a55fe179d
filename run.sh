#!/usr/bin/env bash
# Runs Involvim with demo data on the embedded SQLite database (./data/), or one CLI verb:
#   ./run.sh                      start on http://127.0.0.1:5000 (PORT overrides)
#   ./run.sh <verb> [args]        migrate | seed-demo | create-admin --email E | create-region ...
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

dll="src/Involvim.Web/bin/Release/net10.0/Involvim.Web.dll"
if [ "${INVOLVIM_SKIP_BUILD:-}" != "1" ]; then
  log="$(mktemp)"
  if ! dotnet build Involvim.slnx -c Release -nologo -v q > "$log" 2>&1; then
    cat "$log" >&2; rm -f "$log"; echo "run.sh: the build failed" >&2; exit 1
  fi
  rm -f "$log"
fi

data="${INVOLVIM_DATA:-$root/data}"
mkdir -p "$data"
port="${PORT:-5000}"
url="http://127.0.0.1:${port}"
# The demo's public address: links in e-mails use it (never the request's Host header), and only these host names
# are answered. Its Data Protection keys stay unencrypted in ./data, which is explicit here (README, Production).
common=(--DataDirectory="$data" --Security:RequireHttps=false --Mail:PublicBaseUrl="$url" "--AllowedHosts=127.0.0.1;localhost"
  --DataProtection:AllowUnprotectedKeys=true)

if [ $# -gt 0 ]; then
  # One verb against the same database as the app; safe while the app runs.
  cd src/Involvim.Web
  exec dotnet "../../$dll" "$@" "${common[@]}" --Logging:Console:FormatterName=simple --Logging:LogLevel:Default=Warning
fi

cd src/Involvim.Web
dotnet "../../$dll" migrate "${common[@]}" --Logging:LogLevel:Default=Warning --Logging:Console:FormatterName=simple
dotnet "../../$dll" seed-demo "${common[@]}" --Logging:LogLevel:Default=Warning --Logging:Console:FormatterName=simple
echo
echo "Involvim is starting on ${url}"
echo "  Litija (Slovenian):  ${url}/litija/sl/    Ukrainian: ${url}/litija/uk/    Arabic: ${url}/litija/ar/"
echo "  Louth (English):     ${url}/louth/en/"
echo "  Staff sign-in:       ${url}/litija/sl/account/signin     e-mails land in ${data}/mail"
echo
export ASPNETCORE_ENVIRONMENT=Production
exec dotnet "../../$dll" --urls "$url" "${common[@]}" --Logging:Console:FormatterName=simple
