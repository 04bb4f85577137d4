import torch
import torch.nn.functional as F

# float-tolerance: 1e-5
# F.scaled_dot_product_attention: softmax(q k^T * scale + mask) v over broadcast batch
# dimensions, with bool and float masks, is_causal (top-left aligned when there are more keys
# than queries), scale=, rows with every key masked (zeros, as torch gives), float64 and
# float16, transposed views and empty sizes. torch's flash-attention CPU kernel sums in blocks
# in another order than these matrix products (hence the tolerance).


def attend(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> list[torch.Tensor]:
    qs = q.float()
    ks = k.float()
    vs = v.float()
    lq = qs.shape[-2]
    lk = ks.shape[-2]
    keep = torch.ones(lq, lk).tril().bool()
    none_kept = torch.zeros(lq, lk).bool()
    bias = torch.arange(float(lq * lk)).view(lq, lk) * -0.5
    heads_q = torch.stack([qs, qs * 0.5]).unsqueeze(1)
    heads_k = torch.stack([ks, -ks, ks * 2.0]).unsqueeze(0)
    heads_v = torch.stack([vs, vs, vs]).unsqueeze(0)
    return [
        F.scaled_dot_product_attention(qs, ks, vs),
        F.scaled_dot_product_attention(qs, ks, vs, is_causal=True),
        F.scaled_dot_product_attention(qs, ks, vs, attn_mask=keep),
        F.scaled_dot_product_attention(qs, ks, vs, attn_mask=none_kept),
        F.scaled_dot_product_attention(qs, ks, vs, bias),
        F.scaled_dot_product_attention(qs, ks, vs, scale=0.25),
        F.scaled_dot_product_attention(qs, ks, vs, None, 0.0, True, scale=2.0),
        F.scaled_dot_product_attention(heads_q, heads_k, heads_v),
        F.scaled_dot_product_attention(heads_q, heads_k, heads_v, attn_mask=keep),
        F.scaled_dot_product_attention(qs.double(), ks.double(), vs.double(), bias.double()),
        F.scaled_dot_product_attention(qs.half(), ks.half(), vs.half()),
        F.scaled_dot_product_attention(qs, ks.t().contiguous().t(), vs.t().contiguous().t()),
        F.scaled_dot_product_attention(qs[:0], ks, vs),
        F.scaled_dot_product_attention(qs, ks[:0], vs[:0]),
        F.scaled_dot_product_attention(qs.half(), ks.half(), vs.half(), bias),
        F.scaled_dot_product_attention(qs, ks, vs, torch.full((lq, lk), -float("inf"))),
        F.scaled_dot_product_attention(qs * float("nan"), ks, vs),
        F.scaled_dot_product_attention(qs, ks, vs, scale=0.0),
        F.scaled_dot_product_attention(
            torch.stack([qs, qs * 2.0, -qs, qs]).unsqueeze(0),
            torch.stack([ks, ks * 0.5]).unsqueeze(0),
            torch.stack([vs, -vs]).unsqueeze(0),
            enable_gqa=True,
        ),
        F.scaled_dot_product_attention(
            torch.stack([qs, qs * 2.0]), ks.unsqueeze(0), vs.unsqueeze(0), enable_gqa=True
        ),
    ]


# inputs: {"q": [[1,0,2],[0.5,-1,1]],"k": [[1,1,0],[0,2,-1],[3,0,1]],"v": [[1],[2],[4]]}
# inputs: {"q": [[1, 0], [0.5, -1], [2, 2]], "k": [[1, 1], [0, 2]], "v": [[1, 2, 3], [4, 5, 6]]}
