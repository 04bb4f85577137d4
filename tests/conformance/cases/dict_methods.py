def inventory(stock: dict[str, int], item: str) -> tuple[int, list[str], list[int], bool, int, int]:
    d = dict(stock)
    d[item] = d.get(item, 0) + 1
    d.setdefault("spare", 0)
    removed = d.pop("old", -1)
    d.update({"new": 7})
    keys = list(d.keys())
    values = list(d.values())
    has = item in d and "gone" not in d
    return (removed, keys, values, has, len(d), d.get("missing", 3))


# inputs: {"stock": {"old": 2, "apple": 5}, "item": "apple"}
# inputs: {"stock": {}, "item": "pear"}
