#!/usr/bin/env bash
# Regenerates docs/results.md: runs the full studies at the scale this project's 2-core machine affords, resuming
# any runs already stored, then writes each study's report as Markdown under one page.
#
#   docs/results.sh                      run every study, then write the page
#   docs/results.sh reduction tuning     run only these, then write the page from every study stored
#   docs/results.sh --page-only          write the page from the studies stored, run nothing
#
# Each study's report is followed by docs/results-notes/KIND.md when it exists: the reading a person wrote of
# the figures (what was found, how it compares with the paper); regenerate, then check that it still holds.
# The studies are stored in results/studies.db (SQLite, not in git): an interrupted run resumes where it stopped.
# GREENTRAIN overrides the command used (default: the repository's ./greentrain launcher).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
GT=${GREENTRAIN:-"$ROOT/greentrain"}
DB="$ROOT/results/studies.db"
STORAGE="sqlite:$DB"
PAGE="$ROOT/docs/results.md"
TIMES="$ROOT/results/wall-times.tsv"
mkdir -p "$ROOT/results"
touch "$TIMES"

# name | command line (the scale chosen for this machine; the papers' full scale is in each study's --help)
declare -A STUDY COMMAND
STUDY[reduction]=reduction-spambase
COMMAND[reduction]="study reduction --dataset spambase --methods all --keep 0.1..0.9 --repeats 3 --epochs 50 \
--model mlp-paper --study reduction-spambase"
STUDY[tuning]=tuning-fashion-mnist
COMMAND[tuning]="study tuning --dataset fashion-mnist --strategies all --space 3 --rounds 24 --repeats 2 --searches 3 \
--epochs 3 --train-rows 10000 --test-rows 2000 --threads 1 --wait-for-quiet 30s --study tuning-fashion-mnist"
STUDY[tuning-log]=tuning-fashion-mnist-loglr
COMMAND[tuning-log]="study tuning --dataset fashion-mnist --strategies all --space lr=1e-5..0.1:log,beta1=0.1..1,beta2=0.8..1 \
--rounds 24 --repeats 2 --searches 3 --epochs 3 --train-rows 10000 --test-rows 2000 --threads 1 --wait-for-quiet 30s \
--study tuning-fashion-mnist-loglr"
STUDY[tuning-asha]=tuning-fashion-mnist-asha2
COMMAND[tuning-asha]="study tuning --dataset fashion-mnist --strategies bo-asha --asha min-resource=2 --space 3 \
--rounds 24 --repeats 2 --searches 3 --epochs 3 --train-rows 10000 --test-rows 2000 --threads 1 --wait-for-quiet 30s \
--study tuning-fashion-mnist-asha2"
STUDY[architecture]=architecture-fashion-mnist
COMMAND[architecture]="study architecture --dataset fashion-mnist --repeats 3 --hyper 2 --epochs 2 \
--train-rows 30000 --test-rows 5000 --threads 1 --study architecture-fashion-mnist"
ORDER=(reduction tuning tuning-log tuning-asha architecture)
# the order studies run in when none is named: the cheapest to disturb first

run_study() {
  local kind=$1 start end
  echo "results.sh: $kind: ${COMMAND[$kind]}" >&2
  start=$(date +%s)
  # shellcheck disable=SC2086  # the command line is split into words on purpose
  $GT ${COMMAND[$kind]} --storage "$STORAGE" >&2
  end=$(date +%s)
  grep -v "^$kind	" "$TIMES" > "$TIMES.tmp" || true
  printf '%s\t%s\t%s\n' "$kind" "$((end - start))" "$(date -u +%Y-%m-%d)" >> "$TIMES.tmp"
  mv "$TIMES.tmp" "$TIMES"
}

write_page() {
  local tmp kind report seconds day
  tmp="$(mktemp "$ROOT/docs/.results.XXXXXX")"
  {
    echo "# Results"
    echo
    echo "The studies of both papers, run on this project's machine at the largest scale that fits it, by"
    echo "\`docs/results.sh\` (which regenerates this page). Machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"
    echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM, no GPU; greentrain $(git -C "$ROOT" rev-parse --short HEAD)."
    echo "No RAPL counters are readable here, so energy is the meter's TDP estimate (its band is in each report);"
    echo "compare ratios and rankings with the papers, not joules."
    echo
    for kind in "${ORDER[@]}"; do
      report="$ROOT/results/${STUDY[$kind]}.md"
      if ! $GT report "${STUDY[$kind]}" --storage "$STORAGE" --out "$report" >/dev/null 2>&1; then
        echo "## ${STUDY[$kind]}"
        echo
        echo "Not run yet: \`./greentrain ${COMMAND[$kind]}\`."
        echo
        continue
      fi
      seconds=$(awk -F'\t' -v k="$kind" '$1 == k {print $2}' "$TIMES")
      day=$(awk -F'\t' -v k="$kind" '$1 == k {print $3}' "$TIMES")
      # the study's report, one heading level down, after how it was made
      sed -n '1p' "$report" | sed 's/^#/##/'
      echo
      echo "Command: \`./greentrain ${COMMAND[$kind]}\`"
      [[ -n "$seconds" ]] && echo "(last invocation: $((seconds / 60)) min $((seconds % 60)) s on $day; a resumed study counts only the runs it added)."
      echo
      # what a person read in the figures: docs/results-notes/KIND.md, kept by hand beside the generated report
      if [[ -f "$ROOT/docs/results-notes/$kind.md" ]]; then
        echo "### Reading the figures"
        echo
        cat "$ROOT/docs/results-notes/$kind.md"
        echo
      fi
      sed '1d' "$report" | sed 's/^#/##/'
    done
  } > "$tmp"
  mv "$tmp" "$PAGE"
  echo "results.sh: wrote $PAGE" >&2
}

if [[ "${1:-}" == "--page-only" ]]; then
  write_page
  exit 0
fi
kinds=("$@")
[[ ${#kinds[@]} -eq 0 ]] && kinds=("${ORDER[@]}")
for kind in "${kinds[@]}"; do
  [[ -n "${COMMAND[$kind]:-}" ]] || { echo "results.sh: unknown study '$kind' (known: ${ORDER[*]})" >&2; exit 2; }
  run_study "$kind"
done
write_page
