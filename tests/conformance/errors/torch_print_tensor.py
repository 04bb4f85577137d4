# expect-compile-error: printing a torch.Tensor
# expect-line: 11
# torch.Tensor shares numpy's arrays here, whose text is numpy's, not torch's
# `tensor([...])`: printing one is a compile error at its line that says what to print.
import torch


def show(x: list[float]) -> str:
    t = torch.tensor(x)
    label = f"sum={t.sum().item()}"
    return label + str([t])
