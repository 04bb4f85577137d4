"""Bad and hostile requests get the right status in OpenAI's error envelope, never a 500,
and the server keeps serving."""

import concurrent.futures
import json
import socket
import time

import hashed_ngrams
import httpx
import one_text
import pytest
from float32 import as_float32
from references import sanitized


def post(server, body, headers=None, timeout=60):
    if not isinstance(body, bytes):
        body = json.dumps(body).encode()
    return httpx.post(
        f"{server.url}/v1/embeddings",
        content=body,
        headers={"Content-Type": "application/json", **(headers or {})},
        timeout=timeout,
    )


def assert_error(response, status, param=None):
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert error["message"]
    if param is not None:
        assert error["param"] == param
    return error


def still_serving(server):
    response = post(server, {"model": "embed", "input": "alive", "encoding_format": "float"})
    assert response.json()["data"][0]["embedding"] == as_float32(hashed_ngrams.embed(["alive"])[0])


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"{",
        b'{"model": "embed", "inp',
        b'{"model": "embed", "input": "x"} trailing',
        b"[1, 2, 3]",
        b"null",
        b'{"model": "embed", "input": "x",}',
    ],
)
def test_malformed_json_is_400(server, body):
    assert_error(post(server, body), 400)
    still_serving(server)


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"model": 7, "input": "x"}, "model"),
        ({"input": "x"}, "model"),
        ({"model": "embed"}, "input"),
        ({"model": "embed", "input": 5}, "input"),
        ({"model": "embed", "input": ["a", 5]}, "input"),
        ({"model": "embed", "input": [[1, 2, 3]]}, "input"),
        ({"model": "embed", "input": None}, "input"),
        ({"model": "embed", "input": []}, "input"),
        ({"model": "embed", "input": ""}, "input"),
        ({"model": "embed", "input": ["a", ""]}, "input"),
        ({"model": "embed", "input": ["a"] * 2049}, "input"),
        ({"model": "embed", "input": "x", "encoding_format": "hex"}, "encoding_format"),
        ({"model": "embed", "input": "x", "dimensions": 0}, "dimensions"),
        ({"model": "embed", "input": "x", "dimensions": -3}, "dimensions"),
        ({"model": "embed", "input": "x", "dimensions": "5"}, "dimensions"),
        ({"model": "embed", "input": "x", "dimensions": 2.5}, "dimensions"),
        ({"model": "embed", "input": "x", "dimensions": 65}, "dimensions"),
        ({"model": "embed", "input": "x", "dimensions": 10**30}, "dimensions"),
        ({"model": "embed", "input": "x", "dimensions": 2**64 - 1}, "dimensions"),
    ],
)
def test_wrong_types_and_values_are_400(server, body, param):
    assert_error(post(server, body), 400, param)


def test_huge_numbers_are_400(server):
    # Some are refused by the JSON parser (overflow), the rest as wrong values.
    for literal in (b"1e999", b"-1e999", b"1" * 400, b"123456789012345678901234567890"):
        body = b'{"model": "embed", "input": "x", "dimensions": ' + literal + b"}"
        assert_error(post(server, body), 400)
        body = b'{"model": "one", "input": "x", "rounds": ' + literal + b"}"
        assert_error(post(server, body), 400)
    still_serving(server)


def test_deep_json_is_400(server):
    for depth in (10_000, 100_000):
        body = b'{"model": "embed", "input": "x", "task": ' + b"[" * depth + b"]" * depth + b"}"
        assert_error(post(server, body), 400)
        assert_error(post(server, b"[" * depth), 400)
        assert_error(post(server, b'{"a":' * depth), 400)
    still_serving(server)


def test_invalid_utf8_is_400(server):
    for bad in (b"\xff", b"\xc0\xaf", b"\xed\xa0\x80", b"abc\xe2\x82"):
        assert_error(post(server, b'{"model": "embed", "input": "' + bad + b'"}'), 400)
    # An escaped lone surrogate is not text either.
    assert_error(post(server, b'{"model": "embed", "input": "\\ud800"}'), 400)
    still_serving(server)


def test_function_errors_are_400_with_their_message(server):
    error = assert_error(post(server, {"model": "one", "input": ["fine", "raise:me"]}), 400)
    assert error["message"] == "ValueError: refusing 'raise:me'"
    assert error["type"] == "invalid_request_error"
    # Arguments the function does not take, or of the wrong type, are its TypeError.
    assert (
        "TypeError"
        in assert_error(post(server, {"model": "embed", "input": "x", "k": 1}), 400)["message"]
    )
    assert_error(post(server, {"model": "embed", "input": "x", "task": "other"}), 400)
    assert_error(post(server, {"model": "one", "input": "x", "rounds": "many"}), 400)
    assert_error(post(server, {"model": "embed", "input": "x", "texts": ["y"]}), 400, "texts")
    still_serving(server)


def test_body_over_the_limit_is_413(start_server):
    small = start_server("--max-body-bytes", "4096")
    assert_error(post(small, {"model": "embed", "input": "y" * 5000}), 413)
    still_serving(small)


def test_hundred_megabyte_body_is_413(server):
    body = b'{"model": "embed", "input": "' + b"z" * (100 << 20) + b'"}'
    assert_error(post(server, body), 413)
    still_serving(server)


def test_unknown_path_is_404_in_the_envelope(server):
    assert_error(httpx.get(f"{server.url}/v1/nothing"), 404)


def raw_exchange(server, chunks, pause=0.0):
    """Sends `chunks` with `pause` seconds between them; what the server answered (b"" when
    it closed the connection without answering)."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
        try:
            for chunk in chunks:
                sock.sendall(chunk)
                time.sleep(pause)
        except (BrokenPipeError, ConnectionResetError):
            pass
        received = b""
        try:
            while data := sock.recv(65536):
                received += data
        except ConnectionResetError:
            pass
        return received


def test_a_client_slow_to_send_its_first_request_is_answered(server):
    # Connected, then silent for longer than --timeout (2 s) before the request: an idle
    # connection is not a stalled request, and a CPU-starved client is often this slow.
    body = json.dumps({"model": "embed", "input": "late", "encoding_format": "float"})
    request = (
        b"POST /v1/embeddings HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
        + b"Content-Type: application/json\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n{body}".encode()
    )
    answer = raw_exchange(server, [b"", request], pause=3.0)
    assert answer.startswith(b"HTTP/1.1 200 ")


def test_truncated_body_times_out_without_holding_workers(server):
    # Content-Length promises more than is sent; the client then stalls. The server gives
    # up after its --timeout (2 s) and meanwhile answers everyone else.
    head = b"POST /v1/embeddings HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n"
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        truncated = [head + b'{"model": "embed"']
        stalled = [pool.submit(raw_exchange, server, truncated) for _ in range(3)]
        started = time.monotonic()
        still_serving(server)
        assert time.monotonic() - started < 1.5
        for future in stalled:
            answer = future.result(timeout=20)
            assert b" 500 " not in answer and b" 200 " not in answer


def test_slow_drip_client_is_dropped(server):
    # One byte every 0.3 s: each read arrives within the timeout, but the client cannot keep
    # a worker busy, and the others are answered while it drips.
    body = json.dumps({"model": "embed", "input": "drip"}).encode()
    request = (
        b"POST /v1/embeddings HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
        + body
    )
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        chunks = [request[:40]] + [bytes([b]) for b in request[40:60]]
        drip = pool.submit(raw_exchange, server, chunks, 0.3)
        time.sleep(0.5)
        for _ in range(10):
            still_serving(server)
        assert not drip.done(), "the others waited for the dripping client"
        assert b" 200 " not in drip.result(timeout=60)
    # A client that sends headers and then nothing at all is cut off after the timeout.
    started = time.monotonic()
    answer = raw_exchange(server, [b"POST /v1/embeddings HTTP/1.1\r\nHost: x\r\n"])
    assert answer == b"" or answer.startswith(b"HTTP/1.1 400 ")
    assert time.monotonic() - started < 10


def test_queue_full_is_429(start_server):
    busy = start_server("--threads", "1", "--max-queue", "1")
    body = {"model": "one", "input": "slow text " * 20, "rounds": 20000, "encoding_format": "float"}
    with concurrent.futures.ThreadPoolExecutor(12) as pool:
        responses = list(pool.map(lambda _: post(busy, body), range(12)))
    statuses = sorted(r.status_code for r in responses)
    assert 429 in statuses and 200 in statuses and set(statuses) <= {200, 429}
    expected = as_float32(one_text.embed_one(body["input"]))
    for response in responses:
        if response.status_code == 429:
            assert assert_error(response, 429)["code"] == "rate_limit_exceeded"
        else:
            assert response.json()["data"][0]["embedding"] == expected


def test_sigterm_finishes_requests_in_flight(start_server):
    server = start_server("--threads", "1")
    body = {"model": "one", "input": "long " * 40, "rounds": 100000, "encoding_format": "float"}
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        # As long as the server's own stop may take (under TSan, on a busy machine, minutes).
        in_flight = pool.submit(post, server, body, timeout=180)
        # Long enough for the request to reach the server; a sanitized one is slow to accept
        # it on a busy machine, and slower still to answer it.
        time.sleep(2.0 if sanitized() else 0.3)
        assert server.stop() == 0
        response = in_flight.result()
    assert response.status_code == 200
    assert response.json()["data"][0]["embedding"] == as_float32(one_text.embed_one(body["input"]))
