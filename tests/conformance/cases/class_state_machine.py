from enum import Enum


class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
    DONE = "done"


class Job:
    def __init__(self, name: str):
        self.name = name
        self.state = State.IDLE
        self.log = []

    def advance(self) -> None:
        if self.state is State.IDLE:
            self.state = State.RUNNING
        elif self.state is State.RUNNING:
            self.state = State.DONE
        else:
            raise RuntimeError(f"{self.name} is already {self.state.value}")
        self.log.append(self.state.name)


def run(name: str, steps: int) -> list[str]:
    job = Job(name)
    for _ in range(steps):
        job.advance()
    return job.log + [str(job.state)]


# inputs: {"name": "embed", "steps": 2}
# inputs: {"name": "embed", "steps": 3}
