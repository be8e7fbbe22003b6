# Shared helpers for the nelint e2e scripts (source this file). Prerequisite: test/e2e/setup.sh ran once.
# Based on the proven route in ../shared/e2e (code-server on Node 24 + playwright-core + Debian chromium).
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
E2E_DIR="$REPO/test/e2e"
TOOLS="$REPO/.e2e/tools"
export PATH="$REPO/.e2e/node24/node_modules/.bin:$PATH" # code-server needs node 24 (and forks our server from it)
export NODE_PATH="$TOOLS/node_modules"                   # playwright-core for the drivers
CS="$TOOLS/node_modules/.bin/code-server"
VSCE="$TOOLS/node_modules/.bin/vsce"
PORT="${PORT:-18093}"
RUN="${RUN:-$REPO/.e2e/run}" # throw-away profile + workspace copy; keep short (unix socket paths ~107 chars)

T_START=$(date +%s%N)
now_ms() { echo $(((($(date +%s%N) - T_START)) / 1000000)); }
say() { echo "[e2e +$(now_ms)ms] $*"; }

fresh_profile() { # $1 = name of this run (its own subfolder)
  local dir="$RUN/$1"
  rm -rf "$dir" && mkdir -p "$dir/home" "$dir/ud/User" "$dir/ext" "$dir/tmp"
  PROFILE="$dir"
  export HOME="$dir/home" XDG_CONFIG_HOME="$dir/home/.config" XDG_DATA_HOME="$dir/home/.local/share" \
    XDG_CACHE_HOME="$dir/home/.cache" TMPDIR="$dir/tmp"
  CS_ARGS=(--user-data-dir "$dir/ud" --extensions-dir "$dir/ext" --config "$dir/config.yaml")
  cat >"$dir/ud/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "chat.disableAIFeatures": true,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "workbench.enableExperiments": false,
  "workbench.tips.enabled": false,
  "security.workspace.trust.enabled": false,
  "git.enabled": false,
  "git.openRepositoryInParentFolders": "never",
  "editor.hover.delay": 300,
  "workbench.colorTheme": "Default Light Modern"
}
JSON
}

# A copy of examples/ plus the binary/CMS fixtures (in their own folder so no rule associates them).
prepare_workspace() { # $1 = target dir
  rm -rf "$1" && mkdir -p "$1" && cp -R "$REPO/examples/." "$1/"
  mkdir -p "$1/decoded" && cp "$E2E_DIR/fixtures/"* "$1/decoded/"
}

start_code_server() { # extra args are passed to code-server
  setsid "$CS" "${CS_ARGS[@]}" --auth none --bind-addr "127.0.0.1:$PORT" --disable-telemetry \
    --disable-update-check --disable-workspace-trust --disable-getting-started-override --ignore-last-opened \
    "$@" >"$PROFILE/code-server.log" 2>&1 &
  CS_PID=$!
  for _ in $(seq 1 300); do
    curl -fs -o /dev/null "http://127.0.0.1:$PORT/healthz" && break
    kill -0 "$CS_PID" 2>/dev/null || { cat "$PROFILE/code-server.log"; echo "code-server died"; return 1; }
    sleep 0.1
  done
  say "code-server (pid $CS_PID) on 127.0.0.1:$PORT"
}

stop_code_server() {
  if [ -n "${CS_PID:-}" ]; then
    kill -- -"$CS_PID" 2>/dev/null || true
    wait "$CS_PID" 2>/dev/null || true
    CS_PID=
  fi
}
