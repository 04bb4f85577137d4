import numpy as np

# np.searchsorted's, np.digitize's and np.bincount's errors, with numpy's words.


def refused(which: int) -> str:
    a = np.array([1.0, 2.0, 3.0])
    try:
        if which == 0:
            np.searchsorted(a, 2.0, side="x")
        elif which == 1:
            np.searchsorted(a, 2.0, side="r")
        elif which == 2:
            np.searchsorted(a.reshape(3, 1), 2.0)
        elif which == 3:
            np.digitize(a, [1.0, 3.0, 2.0])
        elif which == 4:
            np.bincount(a)
        elif which == 5:
            np.bincount(np.array([0, -1]))
        elif which == 6:
            np.bincount(np.array([0, 1]), minlength=-1)
        elif which == 7:
            np.bincount(np.array([[0, 1]]))
        elif which == 8:
            np.bincount(np.array([0, 1]), weights=a)
        return "no error"
    except ValueError as e:
        return "ValueError: " + str(e)
    except TypeError as e:
        return "TypeError: " + str(e)


# inputs: {"which": 0}
# inputs: {"which": 1}
# inputs: {"which": 2}
# inputs: {"which": 3}
# inputs: {"which": 4}
# inputs: {"which": 5}
# inputs: {"which": 6}
# inputs: {"which": 7}
# inputs: {"which": 8}
