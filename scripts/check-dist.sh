#!/usr/bin/env bash
# Checks what `make dist` ships (run by `make test`, so by CI): builds the archive, unpacks it in
# a temporary folder away from the checkout and the toolchain, and checks there that
# - the binary needs no Swift library (libswift*, libFoundation*, libdispatch, libBlocksRuntime)
#   and has no RUNPATH or RPATH into the toolchain or the build folder;
# - every library it needs is found (the Debian packages the README names);
# - the archive holds the README, the licences and the changelog;
# - `kpi --version` prints ChumchonKPI.version, and `kpi validate` and `kpi chart` work on a
#   sample file copied beside it (a PNG is written, with PNG's signature).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
version=$(scripts/version.sh)
archive=$(scripts/dist.sh)

work=$(mktemp -d /tmp/kpi-dist-check.XXXXXX)
trap 'rm -rf "$work"' EXIT
tar -xzf "$archive" -C "$work"
folder="$work/$(basename "$archive" .tar.gz)"
fail() { echo "check-dist: $*" >&2; exit 1; }

for file in kpi README.md CHANGELOG.md LICENSE licenses/THIRD-PARTY.md licenses/swift-LICENSE.txt \
            licenses/swift-argument-parser-LICENSE.txt licenses/ICU-LICENSE.txt licenses/geography-SOURCE.md; do
  [ -s "$folder/$file" ] || fail "$file is missing from $archive"
done

libraries=$(ldd "$folder/kpi")
if grep -E 'libswift|libFoundation|libdispatch|libBlocksRuntime|lib_FoundationICU' <<< "$libraries"; then
  fail "the binary needs the Swift libraries above: it is not self-contained"
fi
if grep -q 'not found' <<< "$libraries"; then
  fail "libraries not found: $(grep 'not found' <<< "$libraries" | tr -s ' \t\n' ' ')"
fi
toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")
while read -r path; do
  case "$path" in
    *"$toolchain"*|*"$root"*|*/.build/*) fail "the binary's RUNPATH/RPATH points at $path" ;;
  esac
done < <(readelf -d "$folder/kpi" | sed -n 's/.*(R\(UN\)\{0,1\}PATH).*\[\(.*\)\]/\2/p' | tr ':' '\n')

# Run it from a folder of its own, with the toolchain out of PATH and no library path.
run() { (cd "$work" && env -i HOME="$work" PATH=/usr/bin:/bin "$folder/kpi" "$@"); }
printed=$(run --version)
[ "$printed" = "$version" ] || fail "kpi --version printed '$printed', not $version"
cp Datasets/sample/womens-fund.csv "$work/"
run validate womens-fund.csv > "$work/validate.txt" || fail "kpi validate failed: $(cat "$work/validate.txt")"
grep -q 'rows OK' "$work/validate.txt" || fail "kpi validate printed: $(cat "$work/validate.txt")"
run chart womens-fund.csv --indicator womens-fund.overdue-ratio --province 50 --output chart.png 2> "$work/chart.err" \
  || fail "kpi chart failed: $(cat "$work/chart.err")"
[ "$(head -c 8 "$work/chart.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "chart.png is not a PNG"
[ "$(stat -c %s "$work/chart.png")" -gt 10000 ] || fail "chart.png is only $(stat -c %s "$work/chart.png") bytes"

echo "check-dist: $archive ($(du -h "$archive" | cut -f1)) runs from $work without the toolchain: --version, validate, chart OK"
