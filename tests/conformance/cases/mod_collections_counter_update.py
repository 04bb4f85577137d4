import collections


def tally(text: str, more: str) -> list[str]:
    c = collections.Counter(text)
    c.update(more)
    out = [str(c)]
    c.subtract("aaaa")
    out.append(str(c))
    d = collections.Counter({"a": 1, "z": 5})
    out.append(str(c + d))
    out.append(str(c - d))
    out.append(str(c | d))
    out.append(str(c & d))
    out.append(str(collections.Counter(text) == collections.Counter(more)))
    out.append(str(d.get("z")) + str(d.get("q")))
    return out


# inputs: {"text": "abracadabra", "more": "zza"}
# inputs: {"text": "", "more": ""}
