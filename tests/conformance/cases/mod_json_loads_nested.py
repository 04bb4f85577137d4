import json


def decode(text: str) -> str:
    doc: dict[str, list[dict[str, str | float | None]]] = json.loads(text)
    out = []
    for row in doc["rows"]:
        out.append(str(row.get("name")) + "=" + str(row.get("score")))
    return ";".join(out) + "|" + json.dumps(doc, sort_keys=True)


# inputs: {"text": "{\"rows\": [{\"name\": \"x\", \"score\": 1.5}, {\"name\": \"\\u00e9\"}]}"}
# inputs: {"text": "{\"rows\": [{\"name\": \"\\ud83d\\ude00\", \"score\": null}]}"}
# inputs: {"text": "{\"rows\": []}"}
