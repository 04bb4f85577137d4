# Module-level torch tensors are compile-time constants, as numpy arrays are.
import torch

PROJECTION = torch.tensor([[0.5, -1.0], [2.0, 0.25], [-3.0, 1.5]])
CLASS_IDS = torch.tensor([7, 3, 5])
GATE = torch.arange(6, dtype=torch.float64).reshape(2, 3)
PARAMETER_LIKE = torch.ones(2, 2, requires_grad=True) * 3


def classify(x: torch.Tensor) -> list[torch.Tensor]:
    scores = PROJECTION @ x.float()
    return [scores, CLASS_IDS[scores.argmax()], GATE.sum(0), PARAMETER_LIKE.detach()]


# inputs: {"x": [1.0, 2.0]}
# inputs: {"x": [-1, 4]}
