def pairs(names: list[str], scores: list[int]) -> list[str]:
    out = []
    for i, name in enumerate(names):
        out.append(f"{i}:{name}")
    for i, name in enumerate(names, 1):
        out.append(f"{i}.{name}")
    for name, score in zip(names, scores):
        out.append(f"{name}->{score}")
    for i, (name, score) in enumerate(zip(names, scores)):
        out.append(f"{i}{name}{score}")
    return out


# inputs: {"names": ["a", "b", "c"], "scores": [1, 2]}
# inputs: {"names": [], "scores": [5]}
