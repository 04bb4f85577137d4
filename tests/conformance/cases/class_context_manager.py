class Timer:
    def __init__(self, log: list[str], name: str):
        self.log = log
        self.name = name

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc is None:
            self.log.append("exit " + self.name)
        else:
            self.log.append(f"exit {self.name} after {exc!r}")
        return False


class Suppress:
    def __init__(self, log: list[str]):
        self.log = log

    def __enter__(self):
        return len(self.log)

    def __exit__(self, exc_type, exc, tb) -> bool:
        self.log.append("suppressed" if exc is not None else "clean")
        return True


def run(values: list[int]) -> list[str]:
    log = []
    with Timer(log, "outer") as t:
        with Timer(log, "inner"), Suppress(log) as before:
            log.append(f"{t.name} {before}")
            log.append(str(100 // values[0]))
    try:
        with Timer(log, "failing"):
            log.append(str(values[1]))
    except IndexError as e:
        log.append("caught " + str(e))
    return log


# inputs: {"values": [4, 2]}
# inputs: {"values": [0]}
