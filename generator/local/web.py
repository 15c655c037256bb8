"""Serves web/ (the static browser client) on 127.0.0.1 while the local stack runs."""
from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

WEB_DIR = Path(__file__).resolve().parents[2] / "web"


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
        pass


class WebServer:
    def __init__(self, port: int = 0) -> None:
        handler = functools.partial(_Quiet, directory=str(WEB_DIR))
        self._server = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self._thread = threading.Thread(target=self._server.serve_forever, name="web", daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def page(self, api: str) -> str:
        return f"{self.url}/index.html?api={api}"

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
