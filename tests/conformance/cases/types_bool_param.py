def toggle(flag: bool, text: str) -> str:
    if flag:
        return text.upper()
    return text if not flag and text else "<empty>"


# inputs: {"flag": true, "text": "go"}
# inputs: {"flag": false, "text": "stop"}
# inputs: {"flag": false, "text": ""}
