def normalize(weights: list[float]) -> list[float]:
    total = sum(weights)
    assert weights, "no weights"
    assert total > 0
    return [w / total for w in weights]


# inputs: {"weights": [1.0, 3.0]}
# inputs: {"weights": []}
# inputs: {"weights": [0.0, 0.0]}
