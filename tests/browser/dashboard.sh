#!/usr/bin/env bash
# `make dashboard`: serve notebooks/03-alignment-network.ipynb and notebooks/04-statements.ipynb
# as a Voila dashboard (code hidden, widgets live) on 127.0.0.1, nothing else.
#
#   PORT=8866 bash tests/browser/dashboard.sh [extra voila options]
#
# Voila's tree page (http://127.0.0.1:$PORT/) lists exactly the two dashboards; each one is at
# http://127.0.0.1:$PORT/voila/render/NAME.ipynb. They are served from a temporary folder that
# mirrors the repository (the two notebooks and the other top-level entries, data/ lib/ ...,
# as symlinks), so relative paths such as ../data work and the other notebooks are not exposed.
# Voila does not write notebooks. No token (bound to 127.0.0.1 only); pass --token to get one.
# No network on the server side; the page links FontAwesome from a CDN (cosmetic icons only).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PORT="${PORT:-8866}"
NOTEBOOKS="${ALIGNKIT_BROWSER_NOTEBOOKS:-$ROOT/notebooks}"
DASHBOARDS=(03-alignment-network.ipynb 04-statements.ipynb)
if [ -z "${PYTHON:-}" ]; then
    if [ -x "$ROOT/.venv/bin/python" ]; then PYTHON="$ROOT/.venv/bin/python"; else PYTHON=python3; fi
fi

NOTEBOOKS="$(cd "$NOTEBOOKS" && pwd)"
for nb in "${DASHBOARDS[@]}"; do
    [ -f "$NOTEBOOKS/$nb" ] || { echo "dashboard: $NOTEBOOKS/$nb not found" >&2; exit 1; }
done

SERVE="$(mktemp -d "${TMPDIR:-/tmp}/alignkit-dashboard.XXXXXX")"
cleanup() { rm -rf "$SERVE"; }
trap cleanup EXIT
mkdir "$SERVE/notebooks"
for nb in "${DASHBOARDS[@]}"; do
    ln -s "$NOTEBOOKS/$nb" "$SERVE/notebooks/$nb"
done
for entry in "$ROOT"/*; do
    name="$(basename "$entry")"
    [ "$name" = notebooks ] || [ "$name" = build ] || ln -s "$entry" "$SERVE/$name"
done

echo "dashboard: http://127.0.0.1:$PORT/  (tree: the two dashboards)"
for nb in "${DASHBOARDS[@]}"; do
    echo "dashboard: http://127.0.0.1:$PORT/voila/render/$nb"
done
cd "$SERVE/notebooks"
# Voila runs as a child so that one Ctrl-C (or a TERM) stops it and its kernels, then the EXIT
# trap removes the temporary folder.
# alignkit's Voila template (etc/jupyter/voila/templates/alignkit) asks no CDN for FontAwesome;
# etc/jupyter is also first on the configuration path, as for `make lab` (see etc/README.md)
JUPYTER_PATH="$ROOT/etc/jupyter${JUPYTER_PATH:+:$JUPYTER_PATH}" \
JUPYTER_CONFIG_PATH="$ROOT/etc/jupyter${JUPYTER_CONFIG_PATH:+:$JUPYTER_CONFIG_PATH}" \
"$PYTHON" -m voila "$SERVE/notebooks" --no-browser --Voila.ip=127.0.0.1 --port="$PORT" \
    --Voila.port_retries=0 --template=alignkit "$@" &
VOILA=$!
stop() {
    kill -TERM "$VOILA" 2>/dev/null || true
    wait "$VOILA" 2>/dev/null || true
}
trap 'stop; exit 130' INT TERM HUP
wait "$VOILA"
