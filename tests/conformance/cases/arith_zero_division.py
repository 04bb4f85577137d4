def safe_ratio(total: int, count: int, scale: float) -> float:
    if total > 100:
        return float(total % count)
    if total > 50:
        return scale / (count * 1.0)
    return total / count


# inputs: {"total": 10, "count": 4, "scale": 1.0}
# inputs: {"total": 10, "count": 0, "scale": 1.0}
# inputs: {"total": 60, "count": 0, "scale": 2.5}
# inputs: {"total": 200, "count": 0, "scale": 1.0}
