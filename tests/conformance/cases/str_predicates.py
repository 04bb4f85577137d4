def predicates(s: str) -> list[bool]:
    return [
        s.isdigit(),
        s.isdecimal(),
        s.isnumeric(),
        s.isalpha(),
        s.isalnum(),
        s.isspace(),
        s.islower(),
        s.isupper(),
        s.istitle(),
        s.isascii(),
        s.isidentifier(),
    ]


# inputs: {"s": "12345"}
# inputs: {"s": "²³"}
# inputs: {"s": "½"}
# inputs: {"s": "Ünïcödé"}
# inputs: {"s": "abc123"}
# inputs: {"s": " \t\n"}
# inputs: {"s": "Hello World"}
# inputs: {"s": "HELLO"}
# inputs: {"s": ""}
# inputs: {"s": "_name1"}
