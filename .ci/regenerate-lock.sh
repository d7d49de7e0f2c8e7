#!/usr/bin/env bash
# Regenerates package-lock.json from scratch, outside the working tree, so that it lists every platform's
# optional packages (@swc/core-darwin-arm64, @next/swc-win32-x64-msvc, …) and `npm ci` accepts it anywhere.
# A lock written by `npm install` on top of an installed node_modules can lose them; this one cannot.
#   npm run lock:regenerate
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp package.json "$work/"
(cd "$work" && npm install --package-lock-only --no-audit --no-fund --loglevel=error)
for entry in @swc/core-darwin-arm64 @swc/core-win32-x64-msvc @next/swc-darwin-arm64 @next/swc-win32-x64-msvc @unrs/resolver-binding-darwin-arm64; do
  if ! grep -q "\"node_modules/$entry\"" "$work/package-lock.json"; then
    echo "regenerate-lock: the new lock file lacks $entry; keeping the old one" >&2
    exit 1
  fi
done
# Other sessions install packages under the same lock (see TEAM.md); outside them flock may be missing.
if command -v flock >/dev/null && [ -z "${NPM_LOCK_HELD:-}" ]; then
  flock /tmp/npm.lock cp "$work/package-lock.json" "$root/package-lock.json"
else
  cp "$work/package-lock.json" "$root/package-lock.json"
fi
echo "package-lock.json regenerated ($(grep -c '"node_modules/' package-lock.json) packages); check it with npm ci in a fresh clone"
