#!/usr/bin/env bash
# Proves the plugin generator end to end, in a copy of this repository: one new plugin of each kind plus
# `teams-noti-protocol --from slack-noti-protocol`, `npm install`, then lint, typecheck and test of those
# projects and prettier on their folders; then the cloud-service-type generator: a NatGateway type added to
# aws-ec2-inven-collector, its lint, types, spec and the collector's conformance (all kinds only).
#   tools/scripts/check-generated.sh [outdir]     (default: a new `mktemp -d`; an existing outdir must be empty)
#   CHECK_GENERATED_KINDS="collector webhook" ...  only those kinds (default: all five), e.g. while writing a template
# Progress goes to stderr. Stdout is the generated project names, then the folder as its last line; the folder
# also holds `.generated-plugins` (one name per line) for whoever builds their images next (.ci/run).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:-$(mktemp -d)}"
export CI=true NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false FORCE_COLOR=0

mkdir -p "$out"
out="$(cd "$out" && pwd)"
if [ -n "$(ls -A "$out")" ]; then
  echo "check-generated: $out is not empty" >&2
  exit 2
fi

started=$SECONDS
step() { printf '\n=== check-generated [%ss]: %s\n' "$((SECONDS - started))" "$*" >&2; }
trap 'rc=$?; [ $rc -eq 0 ] || echo "check-generated: FAILED (exit $rc) after $((SECONDS - started))s; the copy is in $out" >&2' EXIT

step "copy the repository (tracked and untracked, not ignored, files of the working tree) to $out"
git -C "$root" ls-files -z --cached --others --exclude-standard --deduplicate |
  tar -C "$root" --null -T - --ignore-failed-read -cf - 2>/dev/null | tar -C "$out" -xf -
cp "$root/package-lock.json" "$out/package-lock.json"

# Copying node_modules (copy-on-write where the file system can) takes about 2 s where
# `npm ci --prefer-offline` takes about 14 s; the `npm install` below reconciles it with the lockfile
# either way. Its workspace links are relative, so they point into the copy. The workspaces' own
# node_modules (tools/ has yaml 2, the root yaml 1) are needed before that install: the generator runs first.
if [ -d "$root/node_modules" ]; then
  step "node_modules (the root's and the workspaces'): cp -a --reflink=auto"
  for nm in "$root"/node_modules "$root"/{packages,plugins}/*/node_modules "$root"/tools/node_modules; do
    [ -d "$nm" ] || continue
    rel="${nm#"$root"/}"
    mkdir -p "$out/$(dirname "$rel")"
    cp -a --reflink=auto "$nm" "$out/$rel"
  done
else
  step "node_modules: npm ci --prefer-offline"
  (cd "$out" && npm ci --prefer-offline --no-audit --no-fund >&2)
fi

cd "$out"
generated=()
generate() {
  local name="$1"
  shift
  step "nx g @cloudforet/tools:plugin $name $*"
  npx nx g @cloudforet/tools:plugin "$name" "$@" --skipInstall --no-interactive >&2
  generated+=("$name")
}
declare -A suffix=([collector]=inven-collector [datasource]=mon-datasource [webhook]=mon-webhook
  [auth]=identity-auth [protocol]=noti-protocol)
for kind in ${CHECK_GENERATED_KINDS:-collector datasource webhook auth protocol}; do
  generate "example-${suffix[$kind]}" --kind "$kind"
done
generate teams-noti-protocol --from slack-noti-protocol

step "npm install (links the new workspaces, updates package-lock.json)"
npm install --no-audit --no-fund --prefer-offline >&2
for name in "${generated[@]}"; do
  if [ ! -e "node_modules/@cloudforet/plugin-$name" ]; then
    echo "check-generated: npm install did not link @cloudforet/plugin-$name" >&2
    exit 1
  fi
done

step "npm run docs (the README reference of each, from its plugin.yaml, schemas and init answers)"
npm run --silent docs -- "${generated[@]}" >&2

step "prettier --check on the generated folders"
npx prettier --check "${generated[@]/#/plugins/}" --log-level warn >&2

projects="$(IFS=,; echo "${generated[*]}")"
step "nx run-many -t lint,typecheck,test -p $projects"
npx nx run-many -t lint,typecheck,test -p "$projects" --outputStyle=static \
  --parallel="${CHECK_GENERATED_PARALLEL:-2}" >&2

if [ -z "${CHECK_GENERATED_KINDS:-}" ]; then
  # The cloud-service-type generator on a real collector: a new EC2 type, its stub in the AWS sandbox,
  # the collector's lint and types, the new type's spec and the collector's conformance through the sandbox.
  step "nx g @cloudforet/tools:cloud-service-type --plugin aws-ec2-inven-collector --group EC2 --type NatGateway"
  npx nx g @cloudforet/tools:cloud-service-type --plugin aws-ec2-inven-collector --group EC2 --type NatGateway --no-interactive >&2
  npx prettier --check plugins/aws-ec2-inven-collector packages/sandbox/src/aws --log-level warn >&2
  npx nx run-many -t lint,typecheck -p aws-ec2-inven-collector,sandbox --outputStyle=static >&2
  npx jest plugins/aws-ec2-inven-collector/src/ec2/nat-gateway plugins/aws-ec2-inven-collector/test/conformance.spec.ts >&2
fi

printf '%s\n' "${generated[@]}" >.generated-plugins
step "passed: ${generated[*]}"
echo "generated: ${generated[*]}"
echo "$out"
