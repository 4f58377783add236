"""The guard in conftest must stop any connection that leaves the machine."""

import socket

import pytest

from tests.conftest import NetworkBlocked


def test_public_address_is_refused():
    with socket.socket() as sock, pytest.raises(NetworkBlocked):
        sock.connect(("93.184.216.34", 80))


def test_private_address_is_refused():
    with socket.socket() as sock, pytest.raises(NetworkBlocked):
        sock.connect(("10.0.0.1", 80))


def test_dns_lookup_is_refused():
    with pytest.raises(NetworkBlocked):
        socket.getaddrinfo("query2.finance.yahoo.com", 443)


def test_loopback_is_allowed():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    with server, socket.socket() as client:
        client.connect(server.getsockname())


def test_curl_cffi_session_is_refused():
    """yfinance talks through curl_cffi, whose libcurl bypasses the socket module."""
    from curl_cffi import requests as curl_requests

    with pytest.raises(NetworkBlocked):
        curl_requests.Session().get("https://query2.finance.yahoo.com/v8/finance/chart/%5ERUT")
