#!/bin/sh
# Content, cue and source figures on text the span-edge model never read: trains that model
# (train-span-edges.ts, with OPTIONS) on one half of train (odd or even lines) and scores the other
# half with it, then the other way round. Train figures flatter the model, trained on all of
# train; judge a rule or model change here before dev.
#   sh scripts/eval/halves.sh ../shared/corpus/polnear_train.jsonl ["--window 6 --prune 0.5"]
set -e
train=$(realpath "$1")
options=${2:-"--window 6 --prune 0.5"}
dir=$(mktemp -d)
awk 'NR % 2 == 1' "$train" > "$dir/half0.jsonl"
awk 'NR % 2 == 0' "$train" > "$dir/half1.jsonl"
for k in 0 1; do
  npx tsx scripts/eval/train-span-edges.ts "$dir/half$k.jsonl" $options --out "$dir/edges$k.json" > /dev/null
done
npx tsx scripts/eval.ts "$dir/half1.jsonl" --edges "$dir/edges0.json" > "$dir/eval1.txt"
npx tsx scripts/eval.ts "$dir/half0.jsonl" --edges "$dir/edges1.json" > "$dir/eval0.txt"
for k in 0 1; do
  echo "half $k (model trained on the other half):"
  grep -E '^(attr_cue|attr_source|attr_content|direct_quote) ' "$dir/eval$k.txt"
done
rm -r "$dir"
