import base64


def roundtrip(texts: list[str]) -> list[str]:
    # Encoding every length mod 3, the URL-safe and alternative alphabets, and decoding
    # what each gives back, from bytes and from str.
    out = []
    for text in texts:
        data = text.encode("utf-8")
        for chunk in [data, data[:1], data[:2], data[1:], data + b"\xff\xfe\x00"]:
            encoded = base64.b64encode(chunk)
            out.append(encoded.decode("ascii"))
            out.append(base64.urlsafe_b64encode(chunk).decode("ascii"))
            out.append(base64.b64encode(chunk, altchars=b"*!").decode("ascii"))
            out.append(repr(base64.b64decode(encoded)))
            out.append(repr(base64.b64decode(encoded.decode("ascii"), validate=True)))
            out.append(repr(base64.urlsafe_b64decode(base64.urlsafe_b64encode(chunk))))
            out.append(repr(base64.standard_b64decode(base64.standard_b64encode(chunk))))
            alt = base64.b64encode(chunk, b"-_")
            out.append(repr(base64.b64decode(alt, altchars=b"-_")))
    return out


# inputs: {"texts": ["", "a", "ab", "abc", "hello world", "ünïcode ✓ and more"]}
# inputs: {"texts": ["\u0000\u0001\u0002\u00ff", "The quick brown fox jumps over the lazy dog"]}
