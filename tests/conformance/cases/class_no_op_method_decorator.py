import torch


class Scorer:
    def __init__(self, weight: int) -> None:
        self.weight = weight

    @torch.inference_mode()
    def forward(self, values: list[int]) -> list[int]:
        return [v * self.weight for v in values]

    @torch.no_grad()
    def __call__(self, values: list[int]) -> list[int]:
        return self.forward(values)


def score(values: list[int]) -> list[int]:
    return Scorer(3)(values)


# inputs: {"values": [1, 2, 3]}
# inputs: {"values": []}
