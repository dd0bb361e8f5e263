#!/usr/bin/env bash
# Prints the project's version, MAJOR.MINOR.PATCH, from the one place it is written:
# `ChumchonKPI.version` in Sources/KPICore/ChumchonKPI.swift (what `kpi --version` prints).
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's/^ *public static let version = "\([0-9]*\.[0-9]*\.[0-9]*\)"$/\1/p' Sources/KPICore/ChumchonKPI.swift)
if [ -z "$version" ]; then
  echo "version.sh: no 'public static let version = \"X.Y.Z\"' in Sources/KPICore/ChumchonKPI.swift" >&2
  exit 1
fi
echo "$version"
