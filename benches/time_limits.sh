#!/bin/sh
# Wall time of `caravane solve --time-limit S` on generated stops, against the limit: the whole
# command (reading the stop, solving, checking, writing the plan), as a planner waits for it.
#
# Usage, from the repository's root:
#   cargo build --release --bin caravane && sh benches/time_limits.sh [SIZES] [SEEDS] [LIMITS]
# e.g. sh benches/time_limits.sh "3000" "2" "5". Prints a Markdown table; "over" is how far
# past its limit the command ended.
set -eu
bin=target/release/caravane
sizes=${1:-"1000 3000 5000"}
seeds=${2:-"1 2"}
limits=${3:-"0.001 2 5"}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| exhibitors | seed | parts | limit (s) | wall (s) | over | status | exit |"
echo "|---:|---:|---|---:|---:|---:|---|---:|"
for n in $sizes; do
  for seed in $seeds; do
    "$bin" generate -n "$n" --seed "$seed" -o "$dir/g.problem.json" 2>/dev/null
    for parts in whole stands; do
      for limit in $limits; do
        set -- solve "$dir/g.problem.json" --time-limit "$limit" -q --lang en -o "$dir/g.solution.json"
        if [ "$parts" = stands ]; then set -- "$@" --only stands; fi
        start=$(date +%s.%N)
        code=0
        "$bin" "$@" >"$dir/out" 2>&1 || code=$?
        end=$(date +%s.%N)
        status=$(sed -n 's/^g: //p' "$dir/out" | head -n 1)
        awk -v n="$n" -v seed="$seed" -v parts="$parts" -v limit="$limit" -v start="$start" \
          -v end="$end" -v status="$status" -v code="$code" 'BEGIN {
            wall = end - start
            over = limit >= 1 ? sprintf("%+.1f %%", 100 * (wall - limit) / limit) : "—"
            printf "| %d | %d | %s | %s | %.2f | %s | %s | %d |\n", n, seed, parts, limit, wall, over, status, code
          }'
      done
    done
  done
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
