import base64
import binascii


def decode_or_report(s: str) -> str:
    try:
        return base64.b64decode(s, validate=True).decode("utf-8")
    except binascii.Error as e:
        return "binascii.Error: " + str(e)


# inputs: {"s": "aGVsbG8="}
# inputs: {"s": "aGVsbG8"}
# inputs: {"s": "aGVs bG8="}
