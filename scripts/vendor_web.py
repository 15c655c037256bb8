"""Copy the web client's libraries from node_modules into web/vendor/ (no CDN: the page works offline).

    .venv/bin/python scripts/vendor_web.py          # make install runs it after npm ci; idempotent

Vendored: marked (Markdown), KaTeX (math: script, stylesheet, fonts). The versions are the ones package-lock.json
pins. web/vendor/ is generated, not committed.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENDOR = ROOT / "web" / "vendor"
FILES = {
    "marked/lib/marked.umd.js": "marked.umd.js",
    "katex/dist/katex.min.js": "katex.min.js",
    "katex/dist/katex.min.css": "katex.min.css",
}
DIRECTORIES = {"katex/dist/fonts": "fonts"}  # katex.min.css loads fonts/… relative to itself


def vendor(node_modules: Path = ROOT / "node_modules", target: Path = VENDOR) -> list[Path]:
    missing = [name for name in [*FILES, *DIRECTORIES] if not (node_modules / name).exists()]
    if missing:
        raise FileNotFoundError(f"not in {node_modules}: {', '.join(missing)} (run `make install`, i.e. npm ci)")
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for source, name in FILES.items():
        destination = target / name
        if not destination.exists() or destination.stat().st_mtime < (node_modules / source).stat().st_mtime:
            shutil.copy2(node_modules / source, destination)
        written.append(destination)
    for source, name in DIRECTORIES.items():
        shutil.copytree(node_modules / source, target / name, dirs_exist_ok=True)
        written.append(target / name)
    return written


if __name__ == "__main__":
    try:
        for path in vendor():
            print(f"vendored {path.relative_to(ROOT)}")
    except FileNotFoundError as exc:
        sys.exit(f"error: {exc}")
