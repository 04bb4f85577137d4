from enum import Enum


class Task(Enum):
    QUERY = "query"
    DOCUMENT = "document"


PREFIX = {Task.QUERY: "task: search result | query: ", Task.DOCUMENT: "title: none | text: "}


def embed_prefix(texts: list[str], task: Task) -> list[str]:
    return [PREFIX[task] + t for t in texts]


# inputs: {"texts": ["Which planet is red?"], "task": "query"}
# inputs: {"texts": ["Mars"], "task": "document"}
# inputs: {"texts": ["x"], "task": "summary"}
