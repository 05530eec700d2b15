#!/bin/sh
# Chooses the cue model's thresholds on the train split only: trains on one half of train (even
# lines), evaluates the whole detector on the other half (odd lines) for each pair of thresholds,
# and prints attr_cue / attr_source overlap F1. Leaves the half model in place: retrain on the
# whole of train afterwards with the chosen --threshold and --sourceless. A fourth argument is
# passed on to train-cue-model.ts ("--inflect").
#   sh scripts/eval/tune-cue-model.sh ../shared/corpus/polnear_train.jsonl "0.3 0.4 0.5" "0.5 0.6 0.7" [OPTIONS]
set -e
train=$1
thresholds=${2:-"0.3 0.35 0.4 0.45 0.5"}
sourceless=${3:-"0.5 0.6 0.7 0.8"}
options=${4:-}
dir=$(mktemp -d)
awk 'NR % 2 == 0' "$train" > "$dir/a.jsonl"
awk 'NR % 2 == 1' "$train" > "$dir/b.jsonl"
model=server/src/analysis/models/cue-model.json
# The thresholds do not change the weights: train once, then set them in the model for each pair.
npx tsx scripts/eval/train-cue-model.ts "$dir/a.jsonl" $options > /dev/null 2>&1
for t in $thresholds; do
  for s in $sourceless; do
    sed -i -e "s/^  \"threshold\": .*/  \"threshold\": $t,/" -e "s/^  \"sourcelessThreshold\": .*/  \"sourcelessThreshold\": $s,/" "$model"
    printf '%s %s ' "$t" "$s"
    npx tsx scripts/eval.ts "$dir/b.jsonl" | awk '/^attr_cue|^attr_source|^attr_content|^direct_quote/ { printf "%s %s/%s ", $1, $(NF-3), $NF } END { print "" }'
  done
done
rm -r "$dir"
