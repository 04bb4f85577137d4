from collections import OrderedDict


def lru(keys: list[str]) -> list[str]:
    cache: OrderedDict[str, int] = OrderedDict()
    out = []
    for i, k in enumerate(keys):
        if k in cache:
            cache.move_to_end(k)
        cache[k] = i
        if len(cache) > 2:
            out.append("evict " + str(cache.popitem(last=False)))
    out.append(str(cache))
    out.append(str(list(cache.items())))
    return out


# inputs: {"keys": ["a", "b", "a", "c", "d", "c"]}
# inputs: {"keys": []}
