"""Concurrency: a bounded load test, and dynamic batching that changes no bit of any
answer."""

import concurrent.futures
import json
import threading

import hashed_ngrams
import httpx
from float32 import as_float32
from references import batch_stats, sanitized


def text_for(index):
    return f"request {index}: " + "ünïcode and words " * (index % 7)


def test_load_32_clients_every_response_checked(start_server):
    # The bar is 10,000 requests; the sanitizer runs, several times slower, send
    # 2,000 to look for races and memory errors under the same concurrency.
    # Its own server, with the default --timeout: the module's server drops a request that
    # stalls for 2 s half sent, and 32 client threads sharing one GIL on a machine busy with
    # a sanitized server can stall one that long between a request's headers and its body.
    server = start_server("--threads", "2")
    requests_total = 2000 if sanitized() else 10_000
    clients = 32
    expected = {
        i: as_float32(hashed_ngrams.embed([text_for(i), "shared"])) for i in range(requests_total)
    }
    errors = []
    lock = threading.Lock()

    def client_loop(worker):
        with httpx.Client(base_url=server.url, timeout=60) as http:
            for index in range(worker, requests_total, clients):
                response = http.post(
                    "/v1/embeddings",
                    json={
                        "model": "embed",
                        "input": [text_for(index), "shared"],
                        "encoding_format": "float",
                    },
                )
                got = (
                    [item["embedding"] for item in response.json()["data"]]
                    if response.status_code == 200
                    else None
                )
                if got != expected[index]:
                    with lock:
                        errors.append((index, response.status_code, response.text[:200]))

    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        list(pool.map(client_loop, range(clients)))
    assert errors == []


def test_batched_results_are_bit_identical_to_unbatched(start_server):
    # One worker and long inputs: requests pile up while it works, and join one call.
    server = start_server("--threads", "1", "--max-batch-tokens", "1000000")
    bodies = [
        {
            "model": "embed",
            "input": [f"{i}-{j} " + "long text " * 40 for j in range(40)],
            "encoding_format": "float",
        }
        for i in range(48)
    ]
    solo = []
    with httpx.Client(base_url=server.url, timeout=60) as http:
        for body in bodies:
            solo.append(http.post("/v1/embeddings", json=body).json())
    calls_before, requests_before = batch_stats(server)
    assert calls_before == requests_before == len(bodies)  # one at a time: no batching

    def together(body):
        return httpx.post(f"{server.url}/v1/embeddings", json=body, timeout=60).json()

    with concurrent.futures.ThreadPoolExecutor(len(bodies)) as pool:
        batched = list(pool.map(together, bodies))
    calls, requests = batch_stats(server)
    assert requests - requests_before == len(bodies)
    assert calls - calls_before < len(bodies), "no two requests shared a call"
    # Byte-for-byte the same JSON as alone, and the same as CPython.
    assert json.dumps(batched) == json.dumps(solo)
    for body, answer in zip(bodies, batched):
        assert [d["embedding"] for d in answer["data"]] == as_float32(
            hashed_ngrams.embed(body["input"])
        )


def test_a_failing_request_does_not_fail_its_batch(start_server):
    server = start_server("--threads", "1", "--max-batch-tokens", "1000000")
    bodies = [
        {"model": "embed", "input": [f"{i}-{j} " + "text " * 60 for j in range(40)]}
        for i in range(24)
    ]
    for poisoned in (5, 17):
        bodies[poisoned]["input"][3] = f"raise: request {poisoned}"
    calls_before, requests_before = batch_stats(server)

    def send(body):
        return httpx.post(
            f"{server.url}/v1/embeddings", json={**body, "encoding_format": "float"}, timeout=60
        )

    with concurrent.futures.ThreadPoolExecutor(len(bodies)) as pool:
        responses = list(pool.map(send, bodies))
    for index, (body, response) in enumerate(zip(bodies, responses)):
        if index in (5, 17):
            assert response.status_code == 400
            message = response.json()["error"]["message"]
            assert message == f"ValueError: refusing 'raise: request {index}'"
        else:
            assert response.status_code == 200, response.text
            got = [d["embedding"] for d in response.json()["data"]]
            assert got == as_float32(hashed_ngrams.embed(body["input"]))
    # Calls that served several requests happened (the poisoned ones most likely among them:
    # 24 requests wait for one worker); each poisoned batch was retried request by request.
    calls, requests = batch_stats(server)
    assert requests - requests_before > calls - calls_before
