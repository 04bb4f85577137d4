import torch

# A list or tuple indexed by a one-element integer tensor (topk's indices, one by one); a
# float tensor or one of several elements is torch's TypeError.


def best(docs: list[str], scores: list[float], k: int) -> list[str]:
    top = torch.topk(torch.tensor(scores), k)
    names = tuple(docs)
    out = [docs[i] for i in top.indices]
    out.append(names[top.indices[0]] + docs[torch.tensor([0])] + docs[torch.tensor(True)])
    for bad in (torch.tensor(0.0), torch.tensor([0, 0])):
        try:
            out.append(docs[bad])
        except TypeError as e:
            out.append("TypeError: " + str(e))
    return out


# inputs: {"docs": ["a", "b", "c"], "scores": [0.2, 0.9, 0.5], "k": 2}
# inputs: {"docs": ["x", "y"], "scores": [1.0, 3.0], "k": 1}
