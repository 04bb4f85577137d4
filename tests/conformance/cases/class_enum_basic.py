from enum import Enum


class Task(Enum):
    QUERY = "query"
    DOCUMENT = "document"
    CLASSIFY = "classification"


PREFIXES = {"query": "task: search result | query: ", "document": "title: none | text: "}


def prefix(task: str, text: str) -> list[str]:
    t = Task(task)
    out = [t.name, t.value, str(t), repr(t)]
    out.append(PREFIXES.get(t.value, "") + text)
    out.append(str(t is Task.QUERY) + " " + str(t == Task.DOCUMENT))
    out.append(",".join(m.name for m in Task))
    out.append(",".join(m.value for m in Task if m != t))
    return out


# inputs: {"task": "query", "text": "Which planet is red?"}
# inputs: {"task": "document", "text": "Mars"}
# inputs: {"task": "summary", "text": "x"}
