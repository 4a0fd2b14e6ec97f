#!/bin/sh
# Behaviour-preserving refactors: the `Results` JSON of every judged query (as judged, as a full
# list, in the other sort orders, and each prefix as it is typed) and of the fixed fuzz query set
# (tests/support/fuzz.rs), from both tiers, must stay byte-identical.
#
#   tools/results-compare.sh baseline   # before the change: writes target/results-baseline.tsv
#   tools/results-compare.sh check      # after it: dumps again and compares byte for byte
#
# The dump is examples/results_dump.rs (one line per query: tier, label, JSON). On a difference
# the script prints the first differing lines' labels and exits 1.
set -eu
cd "$(dirname "$0")/.."
baseline=target/results-baseline.tsv
dump() { cargo run --quiet --release --example results_dump > "$1"; }
case "${1:-}" in
baseline)
    dump "$baseline"
    echo "baseline: $(wc -l < "$baseline") results in $baseline"
    ;;
check)
    [ -f "$baseline" ] || { echo "no baseline: run '$0 baseline' before the change" >&2; exit 2; }
    dump target/results-after.tsv
    if cmp -s "$baseline" target/results-after.tsv; then
        echo "byte-identical: $(wc -l < "$baseline") results"
    else
        echo "results differ from the baseline ($(wc -l < "$baseline") lines before, $(wc -l < target/results-after.tsv) after); first differing queries:" >&2
        diff "$baseline" target/results-after.tsv | grep '^[<>]' | cut -f1,2 | head -20 >&2
        exit 1
    fi
    ;;
*)
    echo "usage: $0 baseline|check" >&2
    exit 2
    ;;
esac
