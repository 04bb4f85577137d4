def invert(prices: dict[str, int]) -> list[str]:
    lines = []
    for name in prices:
        lines.append(name)
    for name, price in prices.items():
        lines.append(f"{name}={price}")
    for price in prices.values():
        lines.append(str(price * 2))
    return lines


# inputs: {"prices": {"tea": 3, "coffee": 4, "cake": 5}}
# inputs: {"prices": {}}
