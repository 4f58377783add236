"""A loopback HTTP server with per-path routes and fault injection.

Routes are functions ``(request) -> Reply``; faults are queued per path prefix and
consumed one per matching request, so a test can say "the next two chart requests
answer 429, then serve normally" and check that a later good response completes
the series. Every request is logged in ``server.requests`` for assertions.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

FAULTS = ("429", "451", "500", "503", "hang", "truncated", "malformed", "empty", "reset")


@dataclass
class Request:
    """One request as the route sees it."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]

    def arg(self, name: str, default: str | None = None) -> str | None:
        """A query parameter (first value), or ``default``."""
        return self.query.get(name, default)


@dataclass
class Reply:
    """What a route answers."""

    status: int = 200
    body: bytes | str | dict | list = b""
    headers: dict[str, str] = field(default_factory=dict)

    def encoded(self) -> bytes:
        """The body as bytes (dicts and lists become JSON)."""
        if isinstance(self.body, (dict, list)):
            return json.dumps(self.body, separators=(",", ":")).encode()
        return self.body.encode() if isinstance(self.body, str) else self.body


Route = Callable[[Request], Reply]


class LoopbackServer:
    """Threaded HTTP server on 127.0.0.1 with routes and injectable faults."""

    def __init__(self, hang_seconds: float = 5.0) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self.hang_seconds = hang_seconds
        self._faults: list[tuple[str, str, Callable[[Request], Reply] | None]] = []
        self._lock = threading.Lock()
        self._stop_hang = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._httpd.daemon_threads = True
        # A short poll keeps stop(), and so every wire test's teardown, fast.
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        """Base URL, e.g. ``http://127.0.0.1:54321``."""
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> LoopbackServer:
        """Start serving in a background thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and release any hanging request."""
        self._stop_hang.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def route(self, path: str, handler: Route) -> None:
        """Serve ``handler`` for requests whose path equals ``path``."""
        self.routes[path] = handler

    def inject(self, path_prefix: str, fault: str, times: int = 1, empty: Route | None = None):
        """Answer the next ``times`` requests under ``path_prefix`` with ``fault``.

        ``empty`` is the route's own notion of an empty result (used by ``fault='empty'``).
        """
        if fault not in FAULTS:
            raise ValueError(f"unknown fault {fault!r}; choose from {FAULTS}")
        with self._lock:
            self._faults += [(path_prefix, fault, empty)] * times

    def clear_faults(self) -> None:
        """Forget every queued fault."""
        with self._lock:
            self._faults.clear()

    def count(self, path_prefix: str) -> int:
        """How many requests hit paths under ``path_prefix``."""
        return sum(1 for r in self.requests if r.path.startswith(path_prefix))

    def _take_fault(self, path: str):
        with self._lock:
            for i, (prefix, fault, empty) in enumerate(self._faults):
                if path.startswith(prefix):
                    del self._faults[i]
                    return fault, empty
        return None, None

    def _handler_class(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):
                server._serve(self)

            def do_POST(self):
                server._serve(self)

            def log_message(self, *args):
                pass

        return Handler

    def _serve(self, h: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(h.path)
        query = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        req = Request(h.command, parts.path, query, dict(h.headers.items()))
        self.requests.append(req)
        fault, empty = self._take_fault(parts.path)
        if fault is not None:
            self._answer_fault(h, req, fault, empty)
            return
        route = self.routes.get(parts.path)
        reply = route(req) if route else Reply(404, {"error": f"no route for {parts.path}"})
        self._send(h, reply)

    def _answer_fault(self, h, req: Request, fault: str, empty: Route | None) -> None:
        if fault == "hang":
            self._stop_hang.wait(self.hang_seconds)
            return
        if fault == "reset":
            _reset(h.connection)
            # Without this a keep-alive client (curl) waits for a reply that never comes: the
            # handler's rfile/wfile keep the socket open, so the RST is only sent on close.
            h.close_connection = True
            return
        if fault == "truncated":
            body = b'{"chart":{"result":[{"meta":{"currency":"USD","symbol":'
            h.send_response(200)
            h.send_header("Content-Type", "application/json")
            h.send_header("Content-Length", str(len(body) * 4))
            h.end_headers()
            h.wfile.write(body)
            h.wfile.flush()
            _reset(h.connection)
            h.close_connection = True
            return
        if fault == "malformed":
            self._send(h, Reply(200, b"<html>oops</html>{not json", {"Content-Type": "text/html"}))
            return
        if fault == "empty":
            self._send(h, empty(req) if empty else Reply(200, []))
            return
        status = int(fault)
        messages = {429: "Too Many Requests", 451: "Service unavailable from a restricted location"}
        body = {"code": status, "msg": messages.get(status, "Internal error")}
        self._send(h, Reply(status, body))

    @staticmethod
    def _send(h: BaseHTTPRequestHandler, reply: Reply) -> None:
        body = reply.encoded()
        h.send_response(reply.status)
        headers = {"Content-Type": "application/json", **reply.headers}
        for key, value in headers.items():
            h.send_header(key, value)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)


def _reset(conn: socket.socket) -> None:
    # SO_LINGER with a zero timeout turns close() into a TCP RST.
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


def wait_until(predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
    """Poll ``predicate`` until true or ``timeout`` seconds pass."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()
