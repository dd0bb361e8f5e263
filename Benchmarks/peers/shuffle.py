"""The rows of a CSV file in a seeded random order, header first: the same rows as an export
sorted by another key would hold them, at the worst for anything that counts on runs (every row
of a snapshot, month or district spread over the whole file).

Usage: python shuffle.py INPUT.csv OUTPUT.csv [--seed N]
Requires each record on one line (true of every file `kpi generate` writes).
"""

import random
import sys
from pathlib import Path


def shuffled(source: Path, target: Path, seed: int = 1) -> Path:
    """Writes `target` from `source` unless it is there (newer than `source`); returns `target`."""
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    print(f"shuffling {source.name} …", file=sys.stderr)
    with open(source, "rb") as file:
        header = file.readline()
        rows = file.readlines()
    if rows and not rows[-1].endswith(b"\n"):
        rows[-1] += b"\n"
    random.Random(seed).shuffle(rows)
    partial = target.with_suffix(".partial")
    with open(partial, "wb") as file:
        file.write(header)
        file.writelines(rows)
    partial.rename(target)
    return target


if __name__ == "__main__":
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 1
    shuffled(Path(sys.argv[1]), Path(sys.argv[2]), seed)
