#!/bin/sh
# Replaces this snapshot of the RustSec advisory database with the newest one on GitHub.
# Needs git and access to github.com; CI has no GitHub and only reads the committed snapshot.
# Afterwards: update the commit and date in PROVENANCE.md, third_party/README.md and NOTICE,
# run `cargo xtask deny` and deal with any new advisory (see deny.toml, [advisories]).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
url=https://github.com/rustsec/advisory-db
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git clone --quiet --depth 1 "$url" "$tmp/db"
# cargo-deny reads only crates/ (advisories against crates.io crates); rust/ (the toolchain)
# and the repository's tooling are left out.
rm -rf "$here/crates" "$here/LICENSES"
cp -R "$tmp/db/crates" "$tmp/db/LICENSES" "$tmp/db/LICENSE.txt" "$here/"
commit=$(git -C "$tmp/db" log -1 --format=%H)
committed=$(git -C "$tmp/db" log -1 --format=%ct)
date=$(git -C "$tmp/db" log -1 --format=%cI)
cat > "$here/snapshot.toml" <<TOML
# The RustSec advisory database commit this folder holds. Written by refresh.sh; read by
# \`cargo xtask test\`, which dates the advisory check by \`committed\`.
repository = "$url"
commit = "$commit"
# The commit's time: seconds since 1970-01-01 UTC, and as written by git.
committed = $committed
date = "$date"
TOML
echo "RustSec advisory database $commit ($date): $(find "$here/crates" -name '*.md' | wc -l) advisories."
echo "Now run cargo xtask deny, and update the commit and date in PROVENANCE.md, third_party/README.md and NOTICE."
