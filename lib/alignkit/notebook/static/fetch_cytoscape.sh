#!/usr/bin/env bash
# Re-fetch the cytoscape.js shipped in this folder from the npm registry (npm pack) and check it.
# The file is committed; nothing is fetched at run time. Run from anywhere: `make vendor-js`.
# To move to a new version: set VERSION, run with UPDATE=1, commit the file, LICENSE and the new
# SHA256 below (and the line in lib/README.md).
set -euo pipefail
VERSION=3.35.0
SHA256=aa33b0103bbdb721aeb1506000cb6e056692400baba7264c552d000b09da01f2  # dist/cytoscape.esm.min.mjs
HERE="$(cd "$(dirname "$0")" && pwd)"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
(cd "$TMP" && npm pack --silent "cytoscape@$VERSION" >/dev/null && tar -xzf "cytoscape-$VERSION.tgz")
GOT="$(sha256sum "$TMP/package/dist/cytoscape.esm.min.mjs" | cut -d' ' -f1)"
if [ "${UPDATE:-0}" != 1 ] && [ "$GOT" != "$SHA256" ]; then
    echo "fetch_cytoscape: sha256 $GOT of cytoscape@$VERSION differs from $SHA256" >&2
    exit 1
fi
cp "$TMP/package/dist/cytoscape.esm.min.mjs" "$HERE/cytoscape.esm.min.mjs"
cp "$TMP/package/LICENSE" "$HERE/cytoscape.LICENSE"
echo "fetch_cytoscape: cytoscape@$VERSION sha256 $GOT -> $HERE"
