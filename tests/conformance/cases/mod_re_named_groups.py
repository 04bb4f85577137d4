import re

DATE = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)(?: (?P<time>\d\d:\d\d))?")


def parse_date(text: str) -> dict[str, str]:
    m = DATE.search(text)
    if m is None:
        return {}
    out = m.groupdict("none")
    out["year_span"] = str(m.span("year"))
    out["day"] = str(m.group("day"))
    out["start"] = str(m.start("month"))
    out["both"] = str(m.group("year", "month"))
    out["lastgroup"] = str(m.lastgroup)
    out["lastindex"] = str(m.lastindex)
    out["groups"] = str(m.groups())
    out["expand"] = m.expand(r"\g<day>/\g<month>/\1")
    return out


# inputs: {"text": "on 2024-03-15 at"}
# inputs: {"text": "2024-03-15 10:30"}
# inputs: {"text": "no date"}
