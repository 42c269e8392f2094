#!/usr/bin/env bash
# Rebuild locales-history.bundle: the locales/ folder of this repository at each
# commit of its first-parent line that changed it (author, dates and subject kept;
# the body names the original commit), one linear history, as a git bundle.
# The tests clone it, so they never depend on the checkout being a full clone.
#   tests/data/history/make-bundle.sh            (run from a full clone)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git -C "$work" init -q -b main
for c in 8057adf f859766 c784c9b fea19b3 1e5c9b4 f3d30a0 0e13691 c535b94 39bee5f; do
  rm -rf "$work/locales"
  git -C "$repo" archive "$c" locales | tar -x -C "$work"
  git -C "$work" add -A locales
  fmt() { git -C "$repo" log -1 --format="$1" "$c"; }
  GIT_AUTHOR_NAME="$(fmt %an)" GIT_AUTHOR_EMAIL="$(fmt %ae)" GIT_AUTHOR_DATE="$(fmt %aI)" \
  GIT_COMMITTER_NAME="$(fmt %an)" GIT_COMMITTER_EMAIL="$(fmt %ae)" GIT_COMMITTER_DATE="$(fmt %cI)" \
    git -C "$work" commit -q -m "$(fmt %s)" -m "kztr commit $c"
done
git -C "$work" bundle create "$here/locales-history.bundle" HEAD main
