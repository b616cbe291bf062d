#!/usr/bin/env bash
# Mutation testing of the engine (src/engine/: pricing), the widget's logic
# (src/widget/: platform-free logic and view-models), the catalogue
# (src/text/) and the model (src/model/: the programme model and its
# validation) with cargo-mutants, using the tests that run in seconds (the
# property suites and the build-failure test are skipped; see
# .cargo/mutants.toml).
#
# Prints caught / missed / unviable / timeout counts and the score, and fails
# when the score is below 95 % of viable mutants or when a surviving mutant
# is not on the list of equivalent mutants (scripts/mutants-equivalent.txt).
#
# Not part of scripts/test.sh: a full run takes about half an hour on two
# cores (see docs/testing.md, "Mutation testing"). Run it after changing the engine,
# the model or their tests.
#
#   scripts/mutants.sh                      # every mutant of both rooms
#   scripts/mutants.sh -f src/engine/price.rs   # one file (extra args go to cargo mutants)
#   MUTANTS_JOBS=1 scripts/mutants.sh       # parallel builds (default 2)
#   MUTANTS_DIR=/tmp scripts/mutants.sh     # write /tmp/mutants.out (default: here)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export PATH="$HOME/.cargo/bin:$PATH"

equivalent="scripts/mutants-equivalent.txt"
outdir="${MUTANTS_DIR:-$root}"
out="$outdir/mutants.out"
jobs="${MUTANTS_JOBS:-2}"
minimum=95

if ! cargo mutants --version 2>/dev/null | grep -q '^cargo-mutants 27\.'; then
  echo "mutants.sh: installing cargo-mutants 27 from crates.io"
  cargo install --locked cargo-mutants --version '^27.1'
fi

# Every file of tests/ is either run on the mutants (.cargo/mutants.toml) or
# left out here on purpose.
left_out="properties customer_properties web" # property tests only (100 000 or 10 000 cases); wasm-only browser tests
for file in tests/*.rs; do
  name="$(basename "$file" .rs)"
  if ! grep -q "\"--test\", \"$name\"" .cargo/mutants.toml && [[ " $left_out " != *" $name "* ]]; then
    echo "mutants.sh: tests/$name.rs is not run on the mutants: add it to .cargo/mutants.toml" >&2
    exit 1
  fi
done

# No debug info: the mutants are only built and tested, never debugged, and
# linking without it is faster.
export CARGO_PROFILE_DEV_DEBUG=false

start=$SECONDS
set +e
cargo mutants --jobs "$jobs" --output "$outdir" "$@"
status=$?
set -e
elapsed=$((SECONDS - start))
# 0: all caught; 2: some missed; 3: some timed out. Anything else is a
# failure of the run itself (bad arguments, the unmutated tests fail).
case $status in
  0 | 2 | 3) ;;
  *)
    echo "mutants.sh: cargo mutants failed (exit $status); see $out/log/" >&2
    exit 1
    ;;
esac

count() { if [ -f "$out/$1.txt" ]; then grep -c . "$out/$1.txt" || true; else echo 0; fi; }
caught=$(count caught)
missed=$(count missed)
unviable=$(count unviable)
timeout=$(count timeout)
viable=$((caught + missed + timeout))

# A mutant's name without its line and column, so the list survives edits:
# `src/engine/next_tier.rs:50:51: replace < with <= in next_tier` becomes
# `src/engine/next_tier.rs: replace < with <= in next_tier`.
normalise() { sed -E 's/^([^:]+):[0-9]+:[0-9]+: /\1: /'; }
# The list: one mutant a line, then ` # ` and why it cannot change behaviour.
listed() { grep -v '^[[:space:]]*\(#\|$\)' "$equivalent" | sed -E 's/[[:space:]]+#[[:space:]].*$//'; }

# A name may stand for several mutants (the same operator twice in one
# function): each line of the list excuses one of them.
unexpected=$(
  awk 'NR == FNR { allowed[$0]++; next } { if (allowed[$0]-- <= 0) print }' \
    <(listed) <(if [ -f "$out/missed.txt" ]; then normalise <"$out/missed.txt"; fi)
)
stale=$(
  awk 'NR == FNR { seen[$0]++; next } { if (seen[$0]-- <= 0) print }' \
    <(if [ -f "$out/missed.txt" ]; then normalise <"$out/missed.txt"; fi) <(listed)
)

if [ "$viable" -gt 0 ]; then
  score=$(awk -v c="$caught" -v v="$viable" 'BEGIN { printf "%.1f", 100 * c / v }')
  ok=$(awk -v c="$caught" -v v="$viable" -v m="$minimum" 'BEGIN { print (100 * c >= m * v) ? 1 : 0 }')
else
  score="n/a"
  ok=0
fi

echo
echo "mutants: $caught caught / $missed missed / $unviable unviable / $timeout timeout"
echo "score:   $score % of $viable viable mutants caught (minimum $minimum %), in $((elapsed / 60)) min $((elapsed % 60)) s with $jobs jobs"

failed=0
if [ -n "$unexpected" ]; then
  echo
  echo "Missed mutants that are not on $equivalent (write a test, or list it with its reason):"
  sed 's/^/  /' <<<"$unexpected"
  failed=1
fi
if [ "$timeout" -gt 0 ]; then
  echo
  echo "Timed out (counted as not caught):"
  sed 's/^/  /' "$out/timeout.txt"
fi
if [ -n "$stale" ] && [ $# -eq 0 ]; then
  echo
  echo "Listed as equivalent but not missed in this run (caught now? remove the line):"
  sed 's/^/  /' <<<"$stale"
fi
if [ "$ok" -ne 1 ]; then
  echo
  echo "The score is below $minimum %."
  failed=1
fi
exit $failed
