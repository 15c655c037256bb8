"""Type-check the web client against the API: GET /openapi.json → openapi-typescript → tsc over web/app.js.

    .venv/bin/python scripts/check_web_types.py            # exit 1 with tsc's messages when the client is wrong
    .venv/bin/python scripts/check_web_types.py --write    # also keep the types in web/vendor/api.d.ts (editors)

The document comes from the handler itself (no server needed). tests/functional/test_openapi.py runs this.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = ROOT / "node_modules" / ".bin"
WEB = ROOT / "web"


def openapi_document() -> dict:
    sys.path.insert(0, str(ROOT))
    import handler  # noqa: PLC0415 - after the path is set
    from tests.support.events import LambdaContext, http_event  # noqa: PLC0415

    response = handler.status(http_event("GET", "/openapi.json"), LambdaContext())
    if response["statusCode"] != 200:
        raise RuntimeError(f"GET /openapi.json answered {response['statusCode']}: {response.get('body')}")
    return json.loads(response["body"])


def generate_types(document: dict, target: Path) -> subprocess.CompletedProcess[str]:
    source = target.with_suffix(".openapi.json")
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return subprocess.run([str(BIN / "openapi-typescript"), str(source), "-o", str(target)],
                          capture_output=True, text=True, timeout=300)


def type_check(types: Path, workdir: Path, app: Path = WEB / "app.js") -> subprocess.CompletedProcess[str]:
    """tsc with web/tsconfig.json over `app`, "api-types" pointing at `types`."""
    config = workdir / "tsconfig.json"
    config.write_text(json.dumps({
        "extends": str(WEB / "tsconfig.json"),
        "compilerOptions": {"baseUrl": str(WEB), "paths": {"api-types": [str(types)]}},
        "files": [str(app), str(WEB / "globals.d.ts")],
    }), encoding="utf-8")
    return subprocess.run([str(BIN / "tsc"), "-p", str(config), "--pretty", "false"],
                          capture_output=True, text=True, timeout=300, cwd=ROOT)


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory(prefix="web-types-") as tmp:
        types = Path(tmp) / "api.d.ts"
        generated = generate_types(openapi_document(), types)
        if generated.returncode != 0:
            print(generated.stdout, generated.stderr, file=sys.stderr)
            return 1
        if "--write" in argv:
            (WEB / "vendor").mkdir(exist_ok=True)
            (WEB / "vendor" / "api.d.ts").write_text(types.read_text(encoding="utf-8"), encoding="utf-8")
        checked = type_check(types, Path(tmp))
        print(checked.stdout + checked.stderr, end="")
        return checked.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
