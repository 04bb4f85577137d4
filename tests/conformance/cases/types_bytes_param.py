def inspect_bytes(data: bytes) -> tuple[int, str, int]:
    # A bytes argument is given in JSON as a string and passed as its UTF-8 encoding.
    return (len(data), data.decode("utf-8"), data[0] if data else -1)


# inputs: {"data": "abc"}
# inputs: {"data": "é"}
# inputs: {"data": ""}
