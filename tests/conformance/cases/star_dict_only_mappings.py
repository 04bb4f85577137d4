def overlay(a: dict[str, str], b: dict[str, str], c: dict[str, str]) -> list[str]:
    d = {**a, **b, **c}
    return [f"{k}={v}" for k, v in d.items()]


# inputs: {"a": {"x": "1"}, "b": {"y": "2", "x": "3"}, "c": {}}
# inputs: {"a": {}, "b": {}, "c": {}}
