class Cache:
    def __init__(self):
        self.store = {}
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> int:
        if key in self.store:
            self.hits += 1
            return self.store[key]
        self.misses += 1
        value = len(key) * 7
        self.store[key] = value
        return value

    def stats(self) -> dict[str, int]:
        return {"hits": self.hits, "misses": self.misses, "size": len(self.store)}


def lookups(keys: list[str]) -> dict[str, int]:
    cache = Cache()
    for k in keys:
        cache.get(k)
    return cache.stats()


# inputs: {"keys": ["a", "bb", "a", "a", "ccc"]}
# inputs: {"keys": []}
