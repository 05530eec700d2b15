#!/bin/sh
# Chooses the cue model's thresholds on the train split only: trains on one half of train (even
# lines), evaluates the whole detector on the other half (odd lines) for each pair of thresholds,
# and prints attr_cue / attr_source overlap F1. Leaves the half model in place: retrain on the
# whole of train afterwards with the chosen --threshold and --sourceless.
#   sh scripts/eval/tune-cue-model.sh ../shared/corpus/polnear_train.jsonl "0.3 0.4 0.5" "0.5 0.6 0.7"
set -e
train=$1
thresholds=${2:-"0.3 0.35 0.4 0.45 0.5"}
sourceless=${3:-"0.5 0.6 0.7 0.8"}
dir=$(mktemp -d)
awk 'NR % 2 == 0' "$train" > "$dir/a.jsonl"
awk 'NR % 2 == 1' "$train" > "$dir/b.jsonl"
for t in $thresholds; do
  for s in $sourceless; do
    npx tsx scripts/eval/train-cue-model.ts "$dir/a.jsonl" --threshold "$t" --sourceless "$s" > /dev/null 2>&1
    printf '%s %s ' "$t" "$s"
    npx tsx scripts/eval.ts "$dir/b.jsonl" | awk '/^attr_cue|^attr_source|^attr_content|^direct_quote/ { printf "%s %s ", $1, $NF } END { print "" }'
  done
done
rm -r "$dir"
