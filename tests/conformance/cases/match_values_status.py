def status(code: int) -> str:
    match code:
        case 200 | 201 | 204:
            return "ok"
        case 400:
            return "bad request"
        case 404:
            return "not found"
        case c if 500 <= c < 600:
            return f"server error {c}"
        case other:
            return f"other {other}"


# inputs: {"code": 201}
# inputs: {"code": 404}
# inputs: {"code": 503}
# inputs: {"code": 302}
