import base64


def lenient(s: str) -> str:
    # Non-alphabet characters skipped, decoding stopped by complete padding, and
    # binascii.Error where the length or padding is wrong (caught as ValueError, its base).
    try:
        return repr(base64.b64decode(s))
    except ValueError as e:
        return type(e).__name__ + ": " + str(e)


# inputs: {"s": "YWJj"}
# inputs: {"s": "YW Jj\nZA=="}
# inputs: {"s": "YWJjZA=="}
# inputs: {"s": "YWJjZA=garbage"}
# inputs: {"s": "YWJjZA==Zm9v"}
# inputs: {"s": "YWJjZA"}
# inputs: {"s": "YWJjZ"}
# inputs: {"s": "Y"}
# inputs: {"s": "=YWJj"}
# inputs: {"s": "YW=Jj"}
# inputs: {"s": "YWJjZA="}
# inputs: {"s": "YWJjZA=="}
# inputs: {"s": "YWJjZ==="}
# inputs: {"s": "!!!!"}
# inputs: {"s": "YWJj*ZA=="}
# inputs: {"s": "YWJjZA===="}
# inputs: {"s": "YWJjZAB="}
# inputs: {"s": "ünï"}
# inputs: {"s": "YWJjZGVmZ2hp\n"}
