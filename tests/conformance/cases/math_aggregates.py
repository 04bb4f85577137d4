import math


def aggregates(xs: list[float], ys: list[float], ns: list[int]) -> list[str]:
    out = [repr(math.fsum(xs)), repr(math.fsum(ns)), repr(math.prod(xs)), repr(math.hypot())]
    out.append(repr(math.hypot(3.0, 4.0)))
    out.append(repr(math.prod(xs, start=2.0)))
    out.append(repr(math.prod(ns)))
    out.append(repr(math.prod(ns, start=-3)))
    out.append(repr(math.prod(ns, start=0.5)))
    out.append(repr(math.prod([True, True, False])))
    out.append(repr(math.prod(xs, start=3)))
    out.append(repr(math.prod((2.0, 3.5))))
    out.append(repr(math.dist(xs, ys)))
    out.append(repr(math.dist((1, 2), (4, 6))))
    if len(xs) >= 3:
        out.append(repr(math.hypot(xs[0], xs[1], xs[2])))
        out.append(repr(math.hypot(xs[0], ns[0] if ns else 1)))
    return out


# inputs: {"xs": [0.1, 0.1, 0.1, 0.1, 0.1], "ys": [0.5, 0.5, 0.5, 0.5, 0.5], "ns": [1, 2]}
# inputs: {"xs": [1e+100, 1.0, -1e+100, 1e-100], "ys": [1.0, 2.0, 3.0, 4.0], "ns": [2147483648]}
# inputs: {"xs": [], "ys": [], "ns": []}
# inputs: {"xs": [1e+308, 1e+308, -1e+308], "ys": [0.0, 0.0, 0.0], "ns": [1000000000, 1000000000]}
# inputs: {"xs": [1.0, 2.0], "ys": [1.0], "ns": [1]}
# inputs: {"xs": [1e-320, 3e-320, 4e-320], "ys": [0.0, 0.0, 0.0], "ns": [7]}
# inputs: {"xs": [1e+200, 1e+200, 1e+200], "ys": [-1e+200, -1e+200, -1e+200], "ns": [3, -4]}
# inputs: {"xs":[0.5,5.551115123125783e-17,3.0814879110195774e-33],"ys":[1.5,1.5,1.5],"ns":[]}
# inputs: {"xs": [1.0, 1e+16, 1.0, -1e+16], "ys": [1.0, 1.0, 1.0, 1.0], "ns": [5, 5]}
# inputs: {"xs": [-711.765, 499.348], "ys": [0.481, -0.043], "ns": [38]}
# inputs: {"xs": [32.669, -589.57], "ys": [0.904, -0.276], "ns": [38]}
# inputs: {"xs": [516.286, -403.821], "ys": [0.286, -0.818], "ns": [-17]}
# inputs: {"xs": [816.517, -288.608, -554.414], "ys": [0.083, 0.005, 0.273], "ns": [28]}
# inputs: {"xs": [612.157, 636.666], "ys": [0.48, -0.547], "ns": [16]}
# inputs: {"xs": [-288.875, -942.04, -944.126], "ys": [-0.441, -0.482, 0.385], "ns": [-6]}
# inputs: {"xs": [617.131, 446.256, -300.961], "ys": [0.949, -0.839, -0.796], "ns": [10]}
# inputs: {"xs": [-324.525, -34.693], "ys": [0.97, 0.221], "ns": [-50]}
# inputs: {"xs": [818.398, -311.986, 286.266], "ys": [0.669, -0.76, -0.223], "ns": [41]}
# inputs: {"xs": [-43.935, -642.957], "ys": [0.578, -0.335], "ns": [42]}
# inputs: {"xs": [-73.679, 486.705, -830.162], "ys": [-0.682, 0.986, -0.945], "ns": [25]}
# inputs: {"xs": [613.004, -707.651, 653.021], "ys": [0.961, 0.315, -0.299], "ns": [20]}
