def find_pair(xs: list[int], total: int) -> list[int]:
    found = []
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            if xs[i] + xs[j] == total:
                found = [i, j]
                break
        if found:
            break
    return found


# inputs: {"xs": [3, 9, 4, 7, 1], "total": 11}
# inputs: {"xs": [1, 2], "total": 10}
