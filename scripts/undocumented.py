#!/usr/bin/env python3
"""Lists the public declarations of KPICore and KPIChart that have no `///` doc comment.

Reads the symbol graphs that `swift package dump-symbol-graph` writes (so enum cases, members of
extensions and protocol requirements count, as DocC shows them); a declaration whose only text
is inherited from a protocol (Equatable's `==`) counts as undocumented too, when it is written
in these sources. Usage:

    scripts/undocumented.py [--no-build] [--summary] [FOLDER ...]

FOLDER limits the list to declarations under those folders (e.g. Sources/KPICore/Calendar).
--summary prints only the count per folder. Exits 1 when anything is listed.
"""
import collections
import json
import pathlib
import subprocess
import sys
import urllib.parse

ROOT = pathlib.Path(__file__).resolve().parent.parent
MODULES = ("KPICore", "KPIChart")


def symbol_graph_folder(build: bool) -> pathlib.Path:
    if build:
        subprocess.run(["swift", "package", "dump-symbol-graph", "--minimum-access-level", "public"],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    found = sorted(ROOT.glob(".build/*/symbolgraph"))
    if not found:
        sys.exit("undocumented.py: no .build/*/symbolgraph: run without --no-build first")
    return found[0]


def undocumented(folder: pathlib.Path):
    """(path relative to the package, line, kind, name) of each public declaration without docs."""
    seen = set()
    for graph_file in sorted(folder.glob("*.symbols.json")):
        if graph_file.name.split(".")[0].split("@")[0] not in MODULES:
            continue
        for symbol in json.loads(graph_file.read_text())["symbols"]:
            location = symbol.get("location")
            if symbol.get("accessLevel") not in ("public", "open") or not location:
                continue
            path = pathlib.Path(urllib.parse.unquote(urllib.parse.urlparse(location["uri"]).path))
            if ROOT / "Sources" not in path.parents:
                continue
            comment = symbol.get("docComment")
            if comment and comment.get("uri") == location["uri"] and any(l["text"].strip() for l in comment["lines"]):
                continue
            entry = (str(path.relative_to(ROOT)), location["position"]["line"] + 1,
                     symbol["kind"]["displayName"], ".".join(symbol["pathComponents"]))
            if entry not in seen:
                seen.add(entry)
                yield entry


def main(arguments):
    build = "--no-build" not in arguments
    summary = "--summary" in arguments
    folders = [a.rstrip("/") + "/" for a in arguments if not a.startswith("--")]
    entries = sorted(e for e in undocumented(symbol_graph_folder(build))
                     if not folders or any(e[0].startswith(f) for f in folders))
    if summary:
        counts = collections.Counter(str(pathlib.Path(e[0]).parent) for e in entries)
        for folder, count in sorted(counts.items()):
            print(f"{count:5} {folder}")
    else:
        for path, line, kind, name in entries:
            print(f"{path}:{line}: {kind} {name}")
    print(f"{len(entries)} public declarations without a doc comment", file=sys.stderr)
    return 1 if entries else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
