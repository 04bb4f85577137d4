from collections import deque


def window(items: list[int], size: int) -> list[str]:
    d = deque(maxlen=size)
    out = []
    for x in items:
        d.append(x)
        out.append(str(list(d)))
    q = deque(items)
    q.appendleft(-1)
    q.rotate(2)
    out.append(str(q))
    q.rotate(-3)
    out.append(str(q))
    q.extend([7, 8])
    q.extendleft([9, 10])
    out.append(str(q))
    out.append(str(q.pop()) + "," + str(q.popleft()) + "," + str(len(q)))
    out.append(str(q[0]) + str(q[-1]) + str(7 in q) + str(7 not in q) + str(q.count(1)))
    q[1] = 100
    q.remove(100)
    q.reverse()
    out.append(str(q) + str(bool(q)) + str(bool(deque())))
    out.append(str(d) + str(d.maxlen))
    return out


# inputs: {"items": [1, 2, 3, 4, 5], "size": 3}
# inputs: {"items": [1], "size": 2}
