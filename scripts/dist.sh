#!/usr/bin/env bash
# Builds the release `kpi` with the Swift runtime and Foundation linked in statically and packs
# it as dist/kpi-VERSION-linux-ARCH.tar.gz, with the README, the changelog, the project's licence
# and the licences of what is linked into the binary (packaging/THIRD-PARTY.md says which).
# Run through `make dist`. Prints the archive's path. The same commit gives the same archive
# bytes when the binary is the same (fixed order, owners and dates; gzip without a name or time).
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(scripts/version.sh)
arch=$(uname -m)
name="kpi-$version-linux-$arch"

swift build -c release --product kpi --static-swift-stdlib >&2
binary=$(swift build -c release --product kpi --static-swift-stdlib --show-bin-path)/kpi
built=$("$binary" --version)
if [ "$built" != "$version" ]; then
  echo "dist.sh: the built kpi says $built, ChumchonKPI.swift says $version" >&2
  exit 1
fi

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
folder="$staging/$name"
mkdir -p "$folder/licenses"
# Debug sections out (a third of the size); symbols stay, so a crash's backtrace names functions.
strip --strip-debug -o "$folder/kpi" "$binary"
cp README.md CHANGELOG.md LICENSE "$folder/"
cp packaging/THIRD-PARTY.md "$folder/licenses/"
swift_licence=$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")/share/swift/LICENSE.txt
cp "$swift_licence" "$folder/licenses/swift-LICENSE.txt"
cp .build/checkouts/swift-argument-parser/LICENSE.txt "$folder/licenses/swift-argument-parser-LICENSE.txt"
cp packaging/ICU-LICENSE.txt "$folder/licenses/"
cp Datasets/geography/SOURCE.md "$folder/licenses/geography-SOURCE.md"

mkdir -p dist
archive="dist/$name.tar.gz"
epoch=$(git log -1 --format=%ct 2>/dev/null || echo 0)
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" -C "$staging" -cf - "$name" \
  | gzip -n -9 > "$archive.partial"
mv "$archive.partial" "$archive"
echo "$archive"
