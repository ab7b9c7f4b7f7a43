"""Regenerate examples/extractions/*.json from examples/articles/*.txt with `diplograph extract`.

Run from the repository root: ``.venv/bin/python examples/extract_examples.py``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent


def main() -> int:
    """Extract every example article and write its contract document."""
    out_dir = ROOT / "extractions"
    out_dir.mkdir(exist_ok=True)
    exe = Path(sys.executable).with_name("diplograph")
    failed = 0
    for art in sorted((ROOT / "articles").glob("*.txt")):
        res = subprocess.run([str(exe), "extract", str(art), "--format", "json"], capture_output=True, text=True)
        if res.returncode != 0:
            print(f"{art.name}: {res.stderr.strip()}", file=sys.stderr)
            failed += 1
            continue
        (out_dir / (art.stem + ".json")).write_text(res.stdout, encoding="utf-8")
        print(f"{art.name} -> extractions/{art.stem}.json")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
