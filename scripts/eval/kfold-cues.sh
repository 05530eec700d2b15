#!/bin/sh
# Measures how the train-fitted cue parts generalise, on train only: splits the train documents
# into five folds, and for each fold mines the reporting-verb lexicon (mine-cues.ts) and trains the
# cue model (train-cue-model.ts, with OPTIONS) on the other four, then scores the fold with the
# whole detector. Train figures score documents the lexicon and model were fitted on; these do not.
# With SPAN_EDGES set to train-span-edges.ts options ("--window 6 --prune 0.5") it retrains that
# model on the four folds too. Each fold runs in a copy of the repository, two at a time.
#   sh scripts/eval/kfold-cues.sh ../shared/corpus/polnear_train.jsonl ["--inflect --threshold 0.4 --sourceless 0.45"]
set -e
train=$(realpath "$1")
options=${2:-"--inflect --threshold 0.4 --sourceless 0.45"}
repo=$(pwd)
dir=$(mktemp -d)
fold() {
  k=$1
  copy="$dir/repo$k"
  mkdir -p "$copy"
  tar -C "$repo" --exclude=./node_modules --exclude=./.git --exclude=./dist -cf - . | tar -C "$copy" -xf -
  ln -s "$repo/node_modules" "$copy/node_modules"
  awk -v k="$k" 'NR % 5 != k' "$train" > "$dir/train$k.jsonl"
  awk -v k="$k" 'NR % 5 == k' "$train" > "$dir/fold$k.jsonl"
  cd "$copy"
  npx tsx scripts/eval/mine-cues.ts "$dir/train$k.jsonl" > /dev/null
  npx tsx scripts/eval/train-cue-model.ts "$dir/train$k.jsonl" $options > /dev/null 2>&1
  if [ -n "$SPAN_EDGES" ]; then npx tsx scripts/eval/train-span-edges.ts "$dir/train$k.jsonl" $SPAN_EDGES > /dev/null 2>&1; fi
  npx tsx scripts/eval.ts "$dir/fold$k.jsonl" > "$dir/eval$k.txt"
}
for pair in "0 1" "2 3" "4"; do
  for k in $pair; do fold "$k" & done
  wait
done
[ "$(ls "$dir"/eval?.txt | wc -l)" -eq 5 ] || { echo "a fold failed: see $dir" >&2; exit 1; }
# Sums each kind's gold, predicted and matched counts over the folds (matched = P × predicted).
cat "$dir"/eval?.txt | awk '
  /^(attr_cue|attr_source|attr_content|direct_quote) / {
    g[$1] += $2; p[$1] += $3; e[$1] += $4 * $3; o[$1] += $7 * $3
  }
  END {
    printf "%-14s %7s %7s %8s %8s %8s %8s\n", "kind", "gold", "pred", "P exact", "R exact", "F1 exact", "F1 ovl"
    split("attr_cue attr_source attr_content direct_quote", kinds, " ")
    for (i = 1; i <= 4; i++) {
      k = kinds[i]
      pe = e[k] / p[k]; re = e[k] / g[k]; po = o[k] / p[k]; ro = o[k] / g[k]
      printf "%-14s %7d %7d %8.3f %8.3f %8.3f %8.3f\n", k, g[k], p[k], pe, re, 2 * pe * re / (pe + re), 2 * po * ro / (po + ro)
    }
  }'
rm -r "$dir"
