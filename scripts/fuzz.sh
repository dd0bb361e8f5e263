#!/usr/bin/env bash
# Fuzzes the readers and decoders with libFuzzer (see Fuzz/README.md).
#
#   scripts/fuzz.sh TARGET SECONDS   fuzz one target: csv-reader, womens-fund, otop-sales, bmn,
#                                    kkcj, indicator-values or xlsx
#   scripts/fuzz.sh all SECONDS      fuzz each target in turn, SECONDS each
#   scripts/fuzz.sh merge TARGET     shrink Fuzz/corpus/TARGET to the inputs that add coverage
#
# Builds the fuzz executables with -sanitize=fuzzer,address into .build-fuzz (apart from the
# normal build). New interesting inputs go to Fuzz/corpus/TARGET; crashes, hangs and
# out-of-memory inputs to Fuzz/findings/TARGET (not committed: turn each into a test and a
# corpus file). FUZZ_JOBS, FUZZ_RSS_MB and FUZZ_TIMEOUT change libFuzzer's limits.
set -euo pipefail
cd "$(dirname "$0")/.."
targets=(csv-reader womens-fund otop-sales bmn kkcj indicator-values xlsx)
usage="usage: scripts/fuzz.sh TARGET|all SECONDS, or scripts/fuzz.sh merge TARGET (targets: ${targets[*]})"

# -sanitize=fuzzer would link libFuzzer's own main into every executable, the build tools too,
# and SwiftPM already makes the target's main.swift the program's main: so the code gets
# libFuzzer's coverage hooks and AddressSanitizer, and the executables link libFuzzer without its
# main, which FuzzDriver starts with LLVMFuzzerRunDriver.
build() {
  local runtime
  runtime=$(ls "$(dirname "$(readlink -f "$(command -v swift)")")"/../lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a)
  for target in "$@"; do
    swift build -c release --scratch-path .build-fuzz --product "fuzz-$target" \
      -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
      -Xswiftc -DFUZZING -Xlinker "$runtime" -Xlinker -lstdc++ >&2
  done
}

known() {
  local target
  for target in "${targets[@]}"; do [[ $target == "$1" ]] && return 0; done
  echo "$usage" >&2
  exit 2
}

# Options every run shares: limits, the dictionary, where findings go.
options() {
  local target=$1
  mkdir -p "Fuzz/corpus/$target" "Fuzz/findings/$target"
  local length=16384
  [[ $target == xlsx ]] && length=32768  # a workbook is some 5 KB zipped, more stored
  echo -rss_limit_mb="${FUZZ_RSS_MB:-2048}" -timeout="${FUZZ_TIMEOUT:-10}" -max_len="$length" \
    -dict="Fuzz/dictionaries/$target.dict" -artifact_prefix="Fuzz/findings/$target/"
}

# Swift's crash handler would report each finding a second time (and trip AddressSanitizer).
export SWIFT_BACKTRACE=enable=no

fuzz() {
  local target=$1 seconds=$2
  # shellcheck disable=SC2046
  # One worker process, restarted after a finding, so that the run goes on for its whole time.
  ".build-fuzz/release/fuzz-$target" $(options "$target") -max_total_time="$seconds" -print_final_stats=1 \
    -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 "Fuzz/corpus/$target" "Fuzz/seeds/$target"
}

merge() {
  local target=$1 merged kept file
  merged=$(mktemp -d)
  # shellcheck disable=SC2046
  ".build-fuzz/release/fuzz-$target" $(options "$target") -merge=1 "$merged" "Fuzz/seeds/$target" "Fuzz/corpus/$target"
  # The seeds and the reproducers of findings (finding-*) stay as they are; the corpus keeps the
  # rest of what adds coverage, named by its SHA-1 as libFuzzer names it.
  kept=$( { sha1sum "Fuzz/seeds/$target"/* "Fuzz/corpus/$target"/finding-* 2>/dev/null || true; } | cut -d' ' -f1)
  find "Fuzz/corpus/$target" -type f ! -name 'finding-*' -delete
  for file in "$merged"/*; do
    [[ -e $file ]] || continue
    grep -qx "$(basename "$file")" <<< "$kept" || cp "$file" "Fuzz/corpus/$target/"
  done
  rm -rf "$merged"
}

case ${1:-} in
  all)
    [[ ${2:-} =~ ^[0-9]+$ ]] || { echo "$usage" >&2; exit 2; }
    build "${targets[@]}"
    for target in "${targets[@]}"; do fuzz "$target" "$2"; done
    ;;
  merge)
    known "${2:-}"
    build "$2"
    merge "$2"
    ;;
  *)
    known "${1:-}"
    [[ ${2:-} =~ ^[0-9]+$ ]] || { echo "$usage" >&2; exit 2; }
    build "$1"
    fuzz "$1" "$2"
    ;;
esac
