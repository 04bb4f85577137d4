def shout(text: str) -> str:
    return text.upper() + "!"


if __name__ == "__main__":
    import sys

    print(shout(sys.argv[1]))


# inputs: {"text": "hey"}
