import base64


def strict(s: str) -> str:
    # validate=True: binascii's strict mode.
    return repr(base64.b64decode(s, validate=True))


# inputs: {"s": "YWJj"}
# inputs: {"s": "YW Jj"}
# inputs: {"s": "YWJjZA=="}
# inputs: {"s": "YWJjZA==Zm9v"}
# inputs: {"s": "=YWJj"}
# inputs: {"s": "YW=Jj"}
# inputs: {"s": "YWJjZA="}
# inputs: {"s": "YWJjZ==="}
# inputs: {"s": "YWJjZ"}
# inputs: {"s": "YWJjZA=\n"}
# inputs: {"s": "YWJjZA==="}
