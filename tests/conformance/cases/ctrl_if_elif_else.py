def grade(score: int) -> str:
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"


# inputs: {"score": 95}
# inputs: {"score": 80}
# inputs: {"score": 79}
# inputs: {"score": -5}
