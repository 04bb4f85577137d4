def table(rows: list[str], width: int, digits: int, value: float) -> list[str]:
    # Format specs can themselves hold replacement fields.
    out = [f"[{row:>{width}}]" for row in rows]
    out.append(f"{value:{width}.{digits}f}")
    return out


# inputs: {"rows": ["a", "bcd"], "width": 6, "digits": 3, "value": 2.71828}
# inputs: {"rows": ["long row here"], "width": 2, "digits": 0, "value": -0.5}
