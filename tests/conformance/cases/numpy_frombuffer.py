import base64

import numpy as np


def embeddings_from_base64(encoded: list[str]) -> list[np.ndarray]:
    # The OpenAI API's encoding_format="base64": each embedding is the base64 of its
    # float32 bytes. Decoded, compared, and encoded back.
    out = []
    for text in encoded:
        raw = base64.b64decode(text)
        vector = np.frombuffer(raw, dtype=np.float32)
        out.append(vector)
        out.append(np.frombuffer(raw, dtype=np.float32, count=1, offset=4))
        out.append(np.frombuffer(raw, dtype=np.uint8))
        out.append(np.frombuffer(raw, dtype=np.int32, offset=len(raw) - 4))
        back = base64.b64encode(vector.tobytes()).decode("ascii")
        out.append(np.array([back == text]))
        out.append(np.frombuffer(vector.astype(np.float64).tobytes()))
        out.append(np.frombuffer(vector[::-1].tobytes(), np.float32))
    grid = np.arange(6, dtype=np.int64).reshape(2, 3)
    out.append(np.frombuffer(grid.T.tobytes(), dtype=np.int64))
    out.append(np.frombuffer(np.array([True, False]).tobytes(), dtype=bool))
    out.append(np.frombuffer(np.array([1.5, -2.0], dtype=np.float16).tobytes(), np.float16))
    return out


# inputs: {"encoded": ["AACAPwAAAEAAAEBAAACAQA==", "zczMPc3MTD6amZk+"]}
