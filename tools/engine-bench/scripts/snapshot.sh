#!/usr/bin/env bash
# Builds the engine (personal-data, policy, redaction) as it was at a commit, or as the working
# tree is now, into a directory that `npm run ab -w @kago/engine-bench` can load next to another:
#   tools/engine-bench/scripts/snapshot.sh <commit|WORKTREE> <dir>
# Third-party packages are linked from the repository's node_modules.
set -euo pipefail
rev="${1:?usage: snapshot.sh <commit|WORKTREE> <dir>}"
out="${2:?usage: snapshot.sh <commit|WORKTREE> <dir>}"
root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
src="$(mktemp -d)"
trap 'rm -rf "$src"' EXIT
if [ "$rev" = WORKTREE ]; then
  cp -r "$root/packages" "$root/tsconfig.base.json" "$src/"
else
  git -C "$root" archive "$rev" packages tsconfig.base.json | tar -x -C "$src"
fi
# Third-party packages from the repository; @kago/* from this copy, so each package compiles
# against the declarations of the others as built here, not the repository's (possibly stale) dist.
mkdir -p "$src/node_modules/@kago"
for m in "$root"/node_modules/*; do
  [ "$(basename "$m")" = "@kago" ] || ln -s "$m" "$src/node_modules/$(basename "$m")"
done
ln -s "$root/node_modules/.bin" "$src/node_modules/.bin"
for p in personal-data policy redaction; do ln -s "$src/packages/$p" "$src/node_modules/@kago/$p"; done
rm -rf "$out"
mkdir -p "$out/node_modules/@kago"
for m in "$root"/node_modules/*; do
  [ "$(basename "$m")" = "@kago" ] || ln -s "$m" "$out/node_modules/$(basename "$m")"
done
for p in personal-data policy redaction; do
  (cd "$src/packages/$p" && rm -rf dist && npx tsc -p tsconfig.build.json)
  mkdir -p "$out/node_modules/@kago/$p"
  cp -r "$src/packages/$p/dist" "$src/packages/$p/package.json" "$out/node_modules/@kago/$p/"
  for extra in policies source; do
    [ -d "$src/packages/$p/$extra" ] && cp -r "$src/packages/$p/$extra" "$out/node_modules/@kago/$p/"
  done
done
echo "engine of $rev built into $out"
