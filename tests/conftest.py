"""Test-wide set-up: headless Qt, no network beyond loopback, isolated caches and settings."""

from __future__ import annotations

import argparse
import ipaddress
import os
import socket
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


class NetworkBlocked(RuntimeError):
    """Raised when a test tries to reach anything but loopback."""


def _host_of(address) -> str | None:
    if isinstance(address, tuple) and address:
        return str(address[0])
    return None  # AF_UNIX paths and the like are local by nature


def _is_loopback(host: str) -> bool:
    if host in ("localhost", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False  # a hostname other than localhost would need DNS: refuse it


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_getaddrinfo = socket.getaddrinfo


def _guard(address) -> None:
    host = _host_of(address)
    if host is not None and not _is_loopback(host):
        raise NetworkBlocked(f"test tried to reach {address!r}: tests never touch the network")


def _guarded_connect(self, address):
    _guard(address)
    return _real_connect(self, address)


def _guarded_connect_ex(self, address):
    _guard(address)
    return _real_connect_ex(self, address)


def _guarded_getaddrinfo(host, *args, **kwargs):
    if host is not None and not _is_loopback(str(host)):
        raise NetworkBlocked(f"test tried to resolve {host!r}: tests never touch the network")
    return _real_getaddrinfo(host, *args, **kwargs)


socket.socket.connect = _guarded_connect
socket.socket.connect_ex = _guarded_connect_ex
socket.getaddrinfo = _guarded_getaddrinfo


def _guard_curl_cffi() -> None:
    """libcurl opens its own sockets, below the socket module: guard its sessions too."""
    from urllib.parse import urlsplit

    from curl_cffi import requests as curl_requests

    real_request = curl_requests.Session.request

    def guarded_request(self, method, url, *args, **kwargs):
        host = urlsplit(str(url)).hostname or ""
        if not _is_loopback(host):
            raise NetworkBlocked(f"test tried to reach {url!r}: tests never touch the network")
        return real_request(self, method, url, *args, **kwargs)

    curl_requests.Session.request = guarded_request


_guard_curl_cffi()


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory, monkeypatch):
    """Every test gets its own cache dir and settings file; nothing leaks from the user's."""
    root = tmp_path_factory.mktemp("iso")
    monkeypatch.setenv("LIQUIDITY_CASCADE_CACHE_DIR", str(root / "cache"))
    monkeypatch.setenv("LIQUIDITY_CASCADE_SETTINGS", str(root / "settings.ini"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(root / "xdg-cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(root / "xdg-config"))
    yield


@pytest.fixture
def shared_data() -> Path:
    """The real reference data beside the checkout; skips the test when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA


OFFLINE_ARGS = argparse.Namespace(offline=True, cache_dir=None, demo=False, imports=[])
DEMO_ARGS = argparse.Namespace(offline=True, cache_dir=None, demo=True, imports=[])


@pytest.fixture
def make_window(qtbot):
    """Builds shown main windows on a fake repository: ``make_window(cached, args, size)``.

    ``cached`` maps symbols to frames; ``args`` are the command-line options (offline by
    default). Every window's workers are drained at the end of the test.
    """
    from app.bootstrap import build_window
    from tests.app.fakes import FakeRepository

    made = []

    def build(cached: dict, args: argparse.Namespace = OFFLINE_ARGS, size=None):
        window, workers = build_window(args, repository=FakeRepository(cached))
        qtbot.addWidget(window)
        made.append(workers)
        if size is not None:
            window.resize(*size)
        window.show()
        return window

    yield build
    for workers in made:
        workers.wait_for_done(10_000)
