# expect-compile-error: printing a container of torch.Tensors
# expect-line: 11
# torch.Tensor shares numpy's arrays here; a tensor prints as torch prints it, but a list
# of them would print its items in numpy's text: a compile error that says what to print.
import torch


def show(x: list[float]) -> str:
    t = torch.tensor(x)
    label = f"sum={t.sum().item()}"
    return label + str([t])
