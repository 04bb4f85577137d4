import numpy as np
import torch


# The return annotation is the context .item() and .tolist() take their type from.
def _best_score(scores: np.ndarray) -> float:
    return scores.max().item()


def _best_index(scores: torch.Tensor) -> int:
    return scores.argmax().item()


def _rows(scores: np.ndarray) -> list[list[float]]:
    return scores.reshape(-1, 2).tolist()


def summary(scores: list[float]) -> list[str]:
    array = np.array(scores)
    tensor = torch.tensor(scores)
    return [repr(_best_score(array)), repr(_best_index(tensor)), repr(_rows(array))]


# inputs: {"scores": [0.25, -1.5, 3.0, 0.5]}
# inputs: {"scores": [1e300, -1e300]}
# inputs: {"scores": []}
