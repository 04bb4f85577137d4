import torch
import torch.nn.functional as F


def refused(which: int) -> str:
    try:
        if which == 0:
            F.scaled_dot_product_attention(torch.ones(4), torch.ones(5, 4), torch.ones(5, 6))
        elif which == 1:
            F.scaled_dot_product_attention(
                torch.ones(2, 3, 4), torch.ones(2, 5, 3), torch.ones(2, 5, 6)
            )
        elif which == 2:
            F.scaled_dot_product_attention(
                torch.ones(2, 3, 4), torch.ones(2, 5, 4), torch.ones(2, 4, 6)
            )
        elif which == 3:
            F.scaled_dot_product_attention(
                torch.ones(2, 3, 4),
                torch.ones(2, 5, 4),
                torch.ones(2, 5, 6),
                attn_mask=torch.ones(3, 5).bool(),
                is_causal=True,
            )
        elif which == 4:
            F.scaled_dot_product_attention(
                torch.ones(2, 3, 4),
                torch.ones(2, 5, 4),
                torch.ones(2, 5, 6),
                attn_mask=torch.ones(3, 5).long(),
            )
        elif which == 5:
            F.scaled_dot_product_attention(
                torch.ones(2, 3, 4),
                torch.ones(2, 5, 4),
                torch.ones(2, 5, 6),
                attn_mask=torch.ones(3, 5).double(),
            )
        elif which == 6:
            F.scaled_dot_product_attention(
                torch.ones(2, 3, 4), torch.ones(2, 5, 4).double(), torch.ones(2, 5, 6)
            )
        elif which == 7:
            F.scaled_dot_product_attention(
                torch.ones(2, 3, 4).long(), torch.ones(2, 5, 4).long(), torch.ones(2, 5, 6).long()
            )
        elif which == 8:
            F.scaled_dot_product_attention(
                torch.ones(2, 1, 3, 4), torch.ones(3, 5, 3), torch.ones(3, 5, 6)
            )
        elif which == 9:
            F.scaled_dot_product_attention(
                torch.ones(2, 3, 4), torch.ones(3, 5, 4), torch.ones(3, 5, 6)
            )
        elif which == 10:
            F.scaled_dot_product_attention(
                torch.ones(2, 3, 4),
                torch.ones(2, 5, 4),
                torch.ones(2, 5, 6),
                attn_mask=torch.ones(3, 5).half(),
            )
        elif which == 11:
            F.scaled_dot_product_attention(
                torch.ones(1, 4, 3, 8),
                torch.ones(1, 3, 5, 8),
                torch.ones(1, 3, 5, 6),
                enable_gqa=True,
            )
        elif which == 12:
            F.scaled_dot_product_attention(
                torch.ones(3, 8), torch.ones(5, 8), torch.ones(5, 6), enable_gqa=True
            )
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
# inputs: {"which": 8}
# inputs: {"which": 9}
# inputs: {"which": 10}
# inputs: {"which": 11}
# inputs: {"which": 12}
