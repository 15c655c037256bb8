"""python -m generator.local dev | demo [--prompt ... --difficulty ... --count N --language ko|en] | batch [--name smoke]

dev   start the local stack (emulator + sls offline) in the foreground, print the API base URL, stream the
      sls log, stop everything on Ctrl-C/SIGTERM.
demo  start the stack, run `generator.client.run_demo(base_url, ...)`, stop everything (also on error/Ctrl-C).
batch start the stack, fire a named batch of batches.toml through `sls invoke local -f scheduled` (as EventBridge
      would, for the current minute), follow GET /batches/{id} until the export is written, stop everything.
"""
from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.local.stack import LocalStack, LocalStackError
from generator.local.web import WebServer


class _Terminated(Exception):
    pass


def _raise_on_sigterm() -> None:
    def handler(signum: int, frame: Any) -> None:
        raise _Terminated(signal.Signals(signum).name)

    def interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    # Explicit SIGINT handler: a process started in the background by a non-interactive shell inherits
    # SIGINT as ignored, and Python then never raises KeyboardInterrupt.
    signal.signal(signal.SIGINT, interrupt)
    signal.signal(signal.SIGTERM, handler)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, handler)


def _follow(path: str, start: int, stop: threading.Event) -> None:
    """Copy what sls writes to its log onto our stdout (handler logs, request lines)."""
    try:
        with open(path, "rb") as log:
            log.seek(start)
            while not stop.is_set():
                chunk = log.read(65536)
                if chunk:
                    sys.stdout.buffer.write(chunk)
                    sys.stdout.flush()
                else:
                    time.sleep(0.2)
    except OSError:
        pass


def _stack_from(args: argparse.Namespace) -> LocalStack:
    return LocalStack(http_port=args.http_port, lambda_port=args.lambda_port, emulator_port=args.emulator_port)


def _web(args: argparse.Namespace) -> WebServer:
    port = args.web_port if args.web_port is not None else int(os.environ.get("WEB_PORT", "8080"))
    return WebServer(port)


def dev(args: argparse.Namespace) -> int:
    stack = _stack_from(args)
    stop_follow = threading.Event()
    web: WebServer | None = None
    try:
        print("starting emulator + sls offline -s local ...", flush=True)
        stack.start()
        print(f"\nAPI:      {stack.base_url}   (try: curl {stack.base_url}/openapi.json)", flush=True)
        web = _web(args)
        print(f"Web:      {web.page(stack.base_url)}", flush=True)
        print(f"Emulator: {stack.emulator.url}   (log: {stack.emulator.url}/_emulator/requests)", flush=True)
        print(f"sls log:  {stack.log_path}", flush=True)
        print(f"started in {stack.startup_seconds:.1f}s; Ctrl-C stops everything\n", flush=True)
        if not args.quiet:
            threading.Thread(
                target=_follow, args=(str(stack.log_path), stack.log_offset, stop_follow), daemon=True
            ).start()
        while stack.alive():
            time.sleep(0.5)
        print(f"sls offline exited unexpectedly\n{stack.log_tail()}", file=sys.stderr)
        return 1
    except (KeyboardInterrupt, _Terminated):
        print("\nstopping ...", flush=True)
        return 0
    except LocalStackError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        stop_follow.set()
        if web is not None:
            web.stop()
        stack.stop()


def _run_on_stack(args: argparse.Namespace, body: Callable[[LocalStack], int], *, web: bool) -> int:
    """Start the stack (and the web client), run `body`, stop everything whatever happens."""
    stack = _stack_from(args)
    server: WebServer | None = None
    try:
        print("starting emulator + sls offline -s local ...", flush=True)
        stack.start()
        print(f"API on {stack.base_url} (started in {stack.startup_seconds:.1f}s; sls log: {stack.log_path})",
              flush=True)
        if web:
            server = _web(args)
            print(f"Watch it in a browser too: {server.page(stack.base_url)}", flush=True)
        return body(stack)
    except (KeyboardInterrupt, _Terminated):
        print("\ninterrupted; stopping ...", file=sys.stderr)
        return 130
    except LocalStackError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        if server is not None:
            server.stop()
        stack.stop()


def demo(args: argparse.Namespace) -> int:
    from generator.client import run_demo

    options = {"prompt": args.prompt, "difficulty": args.difficulty, "count": args.count, "language": args.language}
    return _run_on_stack(args, lambda stack: run_demo(stack.base_url, **options), web=True)


def batch(args: argparse.Namespace) -> int:
    return _run_on_stack(args, lambda stack: _fire_and_follow(stack, args.name), web=False)


def _fire_and_follow(stack: LocalStack, name: str) -> int:
    """Fire batch `name` for the current minute the way EventBridge would (through `sls invoke local`), then
    follow GET /batches/{id} until its export is written."""
    import json
    import tempfile
    from datetime import datetime, timezone

    from generator.client import follow_batch

    fired_at = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:00Z")
    with tempfile.NamedTemporaryFile("w", suffix=".json", prefix="scheduled-", delete=False) as event:
        json.dump({"batch": name, "time": fired_at}, event)
    try:
        print(f"sls invoke local -s local -f scheduled  (batch '{name}', scheduled time {fired_at})", flush=True)
        answer = stack.invoke_local("scheduled", event.name)
    finally:
        os.unlink(event.name)
    if "error" in answer:
        print(f"error: {answer['error']['message']}", file=sys.stderr)
        return 1
    print(f"batch {answer['batch_id']}: {len(answer['jobs'])} jobs submitted; polling "
          f"{stack.base_url}{answer['links']['self']}", flush=True)
    started = time.monotonic()
    view = follow_batch(stack.base_url, answer["batch_id"])
    print(f"batch {view['status']} in {time.monotonic() - started:.1f}s", flush=True)
    return 0 if view["status"] == "succeeded" else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.local", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    def ports(p: argparse.ArgumentParser) -> None:
        p.add_argument("--http-port", type=int, default=None, help="default: $HTTP_PORT or 3000 (0 = free port)")
        p.add_argument("--lambda-port", type=int, default=None, help="default: $LAMBDA_PORT or 3002")
        p.add_argument("--emulator-port", type=int, default=None, help="default: $EMULATOR_PORT or 5055")
        p.add_argument("--web-port", type=int, default=None, help="web client; default: $WEB_PORT or 8080")

    p_dev = sub.add_parser("dev", help="run the stack in the foreground until Ctrl-C")
    ports(p_dev)
    p_dev.add_argument("--quiet", action="store_true", help="do not stream the sls log")
    p_dev.set_defaults(func=dev)

    p_demo = sub.add_parser("demo", help="start the stack, submit a demo job, print the result, stop")
    ports(p_demo)
    p_demo.add_argument("--prompt", default="a DFS problem on grids")
    p_demo.add_argument("--difficulty", default="easy", help="tutorial|easy|medium|hard (or Korean labels)")
    p_demo.add_argument("--count", type=int, default=3)
    p_demo.add_argument("--language", choices=["ko", "en"], default="en")
    p_demo.set_defaults(func=demo)

    p_batch = sub.add_parser("batch", help="start the stack, fire a batch via sls invoke local, follow it, stop")
    ports(p_batch)
    p_batch.add_argument("--name", default="smoke", help="a batch of batches.toml (default: smoke, 3 problems)")
    p_batch.set_defaults(func=batch)

    args = parser.parse_args(argv)
    _load_dotenv()
    _raise_on_sigterm()
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    return int(args.func(args))


def _load_dotenv() -> None:
    """The project's .env (ports, providers), as `sls` reads it with useDotenv: the stack's ports come from
    HTTP_PORT/LAMBDA_PORT/EMULATOR_PORT before sls starts. Variables already set in the environment win."""
    from dotenv import load_dotenv

    load_dotenv(Path.cwd() / ".env", override=False)


if __name__ == "__main__":
    raise SystemExit(main())
