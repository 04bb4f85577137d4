import torch

# torch.searchsorted's, torch.bucketize's and torch.bincount's errors, with torch's words.


def refused(which: int) -> str:
    a = torch.tensor([1.0, 2.0, 3.0])
    try:
        if which == 0:
            torch.searchsorted(a, a, side="x")
        elif which == 1:
            torch.searchsorted(a, a, side="left", right=True)
        elif which == 2:
            torch.searchsorted(a[0], a)
        elif which == 3:
            torch.searchsorted(a.reshape(3, 1), 2.0)
        elif which == 4:
            torch.searchsorted(a.reshape(3, 1), a)
        elif which == 5:
            torch.bucketize(a, a.reshape(3, 1))
        elif which == 6:
            torch.bincount(torch.tensor([0, -1]))
        elif which == 7:
            torch.bincount(torch.tensor([0, 1]), minlength=-1)
        elif which == 8:
            torch.bincount(torch.tensor([[0, 1]]))
        elif which == 9:
            torch.bincount(torch.tensor([0, 1]), weights=a)
        elif which == 10:
            torch.bincount(a)
        elif which == 11:
            torch.searchsorted(torch.tensor([True]), torch.tensor([False]))
        return "no error"
    except RuntimeError as e:
        return "RuntimeError: " + str(e)
    except NotImplementedError as e:
        return "NotImplementedError: " + str(e)


# inputs: {"which": 0}
# inputs: {"which": 1}
# inputs: {"which": 2}
# inputs: {"which": 3}
# inputs: {"which": 4}
# inputs: {"which": 5}
# inputs: {"which": 6}
# inputs: {"which": 7}
# inputs: {"which": 8}
# inputs: {"which": 9}
# inputs: {"which": 10}
# inputs: {"which": 11}
