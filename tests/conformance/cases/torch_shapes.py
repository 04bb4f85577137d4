import torch


def shapes(x: torch.Tensor) -> list[torch.Tensor]:
    return [
        x.view(2, 3),
        x.reshape(3, -1),
        x.view(2, 3).permute(1, 0),
        x.view(2, 3).transpose(0, 1),
        x.view(2, 3).t(),
        x.view(1, 2, 3).squeeze(0),
        x.view(2, 3).unsqueeze(1),
        x.view(2, 1, 3).expand(2, 4, 3),
        x.view(2, 3, 1).flatten(1),
        torch.cat([x, x]),
        torch.cat((x.view(2, 3), x.view(2, 3)), dim=1),
        torch.stack([x, x], dim=1),
        x.view(2, 3)[:, 1:],
        x.view(2, 3)[..., None],
    ]


# inputs: {"x": [1, 2, 3, 4, 5, 6]}
