"""The loopback server itself: routes, queued faults, request log."""

import json
import urllib.error
import urllib.request

import pytest

from tests.wire.server import LoopbackServer, Reply


@pytest.fixture
def server():
    srv = LoopbackServer(hang_seconds=0.5).start()
    srv.route("/ping", lambda req: Reply(200, {"pong": req.arg("n")}))
    yield srv
    srv.stop()


def _get(url, timeout=2):
    with urllib.request.urlopen(url, timeout=timeout) as resp:
        return resp.status, resp.read()


def test_route_answers(server):
    status, body = _get(server.url + "/ping?n=3")
    assert status == 200 and json.loads(body) == {"pong": "3"}


def test_fault_is_consumed_then_route_serves(server):
    server.inject("/ping", "429", times=2)
    for _ in range(2):
        with pytest.raises(urllib.error.HTTPError) as err:
            _get(server.url + "/ping")
        assert err.value.code == 429
    assert _get(server.url + "/ping")[0] == 200
    assert server.count("/ping") == 3


def test_reset_and_malformed(server):
    server.inject("/ping", "reset")
    with pytest.raises((ConnectionError, urllib.error.URLError)):
        _get(server.url + "/ping")
    server.inject("/ping", "malformed")
    _, body = _get(server.url + "/ping")
    with pytest.raises(json.JSONDecodeError):
        json.loads(body)
