import torch


def refused(which: int) -> str:
    x = torch.ones(2, 3)
    try:
        if which == 0:
            torch.repeat_interleave(x, torch.tensor([1, 2]), dim=1)
        elif which == 1:
            torch.repeat_interleave(x, torch.tensor([1, 2]))
        elif which == 2:
            torch.repeat_interleave(x, -1)
        elif which == 3:
            torch.repeat_interleave(x, torch.tensor([1, -2]), dim=0)
        elif which == 4:
            torch.repeat_interleave(x, torch.tensor([1.0, 2.0]), dim=0)
        elif which == 5:
            torch.repeat_interleave(x, torch.tensor([[1, 2]]), dim=0)
        elif which == 6:
            torch.repeat_interleave(x, 2, dim=2)
        elif which == 7:
            x.repeat_interleave(torch.tensor([1, 2]), dim=-3)
        return "no error"
    except RuntimeError as e:
        return "RuntimeError: " + str(e)
    except IndexError as e:
        return "IndexError: " + str(e)


# inputs: {"which": 0}
# inputs: {"which": 1}
# inputs: {"which": 2}
# inputs: {"which": 3}
# inputs: {"which": 4}
# inputs: {"which": 5}
# inputs: {"which": 6}
# inputs: {"which": 7}
