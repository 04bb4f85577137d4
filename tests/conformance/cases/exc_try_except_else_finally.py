def parse(items: list[str], strict: bool) -> list[int]:
    out = []
    for s in items:
        try:
            out.append(int(s))
        except ValueError as e:
            if strict:
                raise
            out.append(-len(str(e)))
        except (KeyError, IndexError):
            out.append(-1)
        else:
            out.append(0)
        finally:
            out.append(99)
    return out


# inputs: {"items": ["1", "x", " 7 "], "strict": false}
# inputs: {"items": ["1", "x"], "strict": true}
# inputs: {"items": [], "strict": true}
