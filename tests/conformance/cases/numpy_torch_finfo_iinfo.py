import numpy as np
import torch

# np.finfo / np.iinfo and torch.finfo / torch.iinfo: each dtype's limits (numpy's scalars
# of the dtype, torch's Python numbers), and how each prints; the usual masking idiom.


def limits(scores: list[float]) -> str:
    lines: list[str] = []
    for d in [np.float16, np.float32, np.float64]:
        f = np.finfo(d)
        lines.append(repr(f.eps) + repr(f.epsneg) + repr(f.max) + repr(f.min) + repr(f.tiny))
        lines.append(repr(f.smallest_normal) + repr(f.smallest_subnormal) + repr(f.resolution))
        lines.append(str(f.precision) + " " + str(f.bits) + " " + repr(f.dtype))
        lines.append(repr(f))
        lines.append(str(f))
    lines.append(repr(np.finfo(float).eps) + repr(np.finfo(np.zeros(1, np.float32).dtype).max))
    for i in [np.int8, np.uint8, np.int32, np.int64]:
        info = np.iinfo(i)
        lines.append(str(info.min) + " " + str(info.max) + " " + str(info.bits) + repr(info.dtype))
        lines.append(repr(info) + "\n" + str(info))
    lines.append(str(np.iinfo(int).max))
    for t in [torch.float16, torch.bfloat16, torch.float32, torch.float64]:
        tf = torch.finfo(t)
        lines.append(repr(tf.eps) + repr(tf.max) + repr(tf.min) + repr(tf.tiny) + repr(tf.bits))
        lines.append(repr(tf.smallest_normal) + repr(tf.resolution) + "\n" + repr(tf) + str(tf))
    lines.append(repr(torch.finfo().eps))
    for ti in [torch.int8, torch.uint8, torch.int32, torch.int64]:
        ii = torch.iinfo(ti)
        lines.append(repr(ii.min) + repr(ii.max) + repr(ii.bits) + "\n" + repr(ii) + str(ii))
    s = torch.tensor(scores)
    masked = s.masked_fill(s < 0, torch.finfo(s.dtype).min)
    lines.append(str(masked) + str(torch.softmax(masked, dim=0)))
    a = np.array(scores, dtype=np.float32)
    lines.append(repr(np.maximum(a, np.finfo(a.dtype).tiny)))
    return "\n".join(lines)


# inputs: {"scores": [0.5, -1.0, 2.0]}
