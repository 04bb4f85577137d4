"""usage: each request's own tokens, as the model's tokenizer counts them, the same whether
the request ran alone or was joined with others into one call."""

import concurrent.futures

import httpx
import minilm_token_bag
from float32 import as_float32
from references import batch_stats, reference_tokens


def body_for(index):
    # Requests of different sizes and languages, so that a wrong split of a joined call's
    # tokens shows.
    texts = [
        f"request {index}, text {j}: "
        + "ünïcode, naïve café and 数字 " * (index % 5)
        + "the quick brown fox " * (j % 7)
        for j in range(1 + index % 6)
    ]
    return {"model": "tokens", "input": texts, "encoding_format": "float"}


def test_usage_is_each_requests_own_tokens_alone_or_joined(start_server, tokens_artifact):
    # One worker: concurrent requests pile up while it works, and join one call.
    server = start_server(
        "--threads", "1", "--max-batch-tokens", "1000000", models=[tokens_artifact]
    )
    bodies = [body_for(i) for i in range(48)]
    with httpx.Client(base_url=server.url, timeout=60) as http:
        alone = [http.post("/v1/embeddings", json=body).json() for body in bodies]
    calls_before, requests_before = batch_stats(server)

    def send(body):
        return httpx.post(f"{server.url}/v1/embeddings", json=body, timeout=60).json()

    with concurrent.futures.ThreadPoolExecutor(len(bodies)) as pool:
        joined = list(pool.map(send, bodies))
    calls, requests = batch_stats(server)
    assert requests - requests_before == len(bodies)
    assert calls - calls_before < len(bodies), "no two requests shared a call"

    for body, solo, together in zip(bodies, alone, joined):
        expected = reference_tokens(body["input"])
        assert expected > 0
        assert solo["usage"] == {"prompt_tokens": expected, "total_tokens": expected}
        assert together["usage"] == solo["usage"]
        embeddings = [item["embedding"] for item in together["data"]]
        assert embeddings == as_float32(minilm_token_bag.embed(body["input"]))
