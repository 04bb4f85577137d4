import numpy as np


# Embedding quantization as sentence-transformers' quantize_embeddings documents it: int8
# and uint8 map each dimension's [min, max] onto 256 steps, binary and ubinary keep the sign
# bits packed eight to a byte (binary shifted by 128 into int8).
def _quantize(embeddings: np.ndarray, precision: str) -> np.ndarray:
    if precision in ("int8", "uint8"):
        starts = np.min(embeddings, axis=0)
        steps = (np.max(embeddings, axis=0) - starts) / 255
        if precision == "uint8":
            return ((embeddings - starts) / steps).astype(np.uint8)
        return ((embeddings - starts) / steps - 128).astype(np.int8)
    packed = np.packbits(embeddings > 0).reshape(embeddings.shape[0], -1)
    if precision == "binary":
        return (packed - 128).astype(np.int8)
    return packed


# The embeddings: `rows` vectors of 12 values in [-1, 1], spread by a multiplier (exact in
# float64, so both sides start from the same float32 values).
def quantize_and_search(rows: int, spread: int, precision: str) -> list[str]:
    values = (np.arange(rows * 12) * spread) % 23 - 11
    embeddings = (values / 11.0).reshape(rows, 12).astype(np.float32)
    q = _quantize(embeddings, precision)
    out = [repr(q), str(q.dtype), str(q.shape)]
    if precision in ("int8", "uint8"):
        wide = q.astype(np.int32)
        out.append(repr(wide @ wide.T))
    else:
        # Hamming distance of the first embedding to each: unpack the XOR, or count its bits.
        bits = q.view(np.uint8) if precision == "binary" else q
        for row in range(bits.shape[0]):
            out.append(str(np.unpackbits(bits[0] ^ bits[row]).sum()))
            out.append(repr(np.bitwise_count(bits[0] ^ bits[row]).sum()))
    return out


# inputs: {"rows": 3, "spread": 7, "precision": "int8"}
# inputs: {"rows": 5, "spread": 13, "precision": "int8"}
# inputs: {"rows": 3, "spread": 7, "precision": "uint8"}
# inputs: {"rows": 5, "spread": 13, "precision": "uint8"}
# inputs: {"rows": 3, "spread": 7, "precision": "binary"}
# inputs: {"rows": 5, "spread": 13, "precision": "binary"}
# inputs: {"rows": 3, "spread": 7, "precision": "ubinary"}
# inputs: {"rows": 5, "spread": 13, "precision": "ubinary"}
