#!/usr/bin/env bash
# `npm run test:e2e`: nelint in a real VS Code (code-server), offline.
#   1. extension-host tests (the @vscode/test-electron `extensionTestsPath` model): suite/index.js
#   2. UI test in headless Debian chromium against the packaged .vsix: ui.js (screenshots to $E2E_ARTIFACTS)
# Installs its tools on first use (test/e2e/setup.sh). Exits non-zero when anything fails.
# Env: PORT (18093), E2E_ARTIFACTS (screenshot folder), E2E_ONLY=exthost|ui, E2E_STEP_TIMEOUT_MS, EXTHOST_TEST_TIMEOUT_MS
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO"
[ -x "$CS" ] && command -v chromium >/dev/null 2>&1 || bash "$E2E_DIR/setup.sh"

say "building the extension"
/usr/bin/env node esbuild.mjs
node --import tsx scripts/generate-rule-docs.ts >/dev/null

FAILED=0
trap 'stop_code_server' EXIT

if [ "${E2E_ONLY:-exthost}" = exthost ] || [ -z "${E2E_ONLY:-}" ]; then
  fresh_profile exthost
  prepare_workspace "$PROFILE/ws"
  start_code_server --vscode-option enable-smoke-test-driver
  set +e
  node "$E2E_DIR/exthost.js" "127.0.0.1:$PORT" "$PROFILE/ws" "$REPO" "$E2E_DIR/suite/index.js"
  rc=$?
  set -e
  stop_code_server
  say "extension-host tests: exit $rc (log: $PROFILE/code-server.log)"
  [ $rc -eq 0 ] || FAILED=1
fi

if [ "${E2E_ONLY:-ui}" = ui ] || [ -z "${E2E_ONLY:-}" ]; then
  fresh_profile ui
  prepare_workspace "$PROFILE/ws"
  VSIX="$PROFILE/nelint.vsix"
  node scripts/package.mjs --out "$VSIX" >"$PROFILE/package.log" 2>&1 || { cat "$PROFILE/package.log"; exit 1; }
  "$CS" "${CS_ARGS[@]}" --install-extension "$VSIX" --force >"$PROFILE/install.log" 2>&1 || { cat "$PROFILE/install.log"; exit 1; }
  say "installed $(du -h "$VSIX" | cut -f1) vsix"
  start_code_server
  set +e
  node "$E2E_DIR/ui.js" "http://127.0.0.1:$PORT/?folder=$PROFILE/ws"
  rc=$?
  set -e
  stop_code_server
  say "UI test: exit $rc (log: $PROFILE/code-server.log)"
  [ $rc -eq 0 ] || FAILED=1
fi

say "e2e done: $([ $FAILED -eq 0 ] && echo PASSED || echo FAILED)"
exit $FAILED
