"""What the server tests compare embeddings with."""

import struct


def as_float32(values):
    """Floats (or rows of them) rounded to float32: what both of the server's encodings
    carry."""
    if values and isinstance(values[0], list):
        return [as_float32(row) for row in values]
    return [
        float(x) for x in struct.unpack(f"{len(values)}f", struct.pack(f"{len(values)}f", *values))
    ]
