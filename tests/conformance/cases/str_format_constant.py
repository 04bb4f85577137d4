def report(name: str, score: float, count: int, tags: list[str], flag: bool) -> list[str]:
    maybe = None if count < 0 else count
    return [
        "{}: {:.2f}".format(name, score),
        "{name} scored {score:.1%} over {n} runs".format(name=name, score=score, n=count),
        "{0}/{1} = {ratio:.3}".format(count, 7, ratio=count / 7),
        "[{:>10}] [{:<10}] [{:^10}]".format(name, name, name),
        "{!r} {!s} {}".format(name, name, tags),
        "{} {} {}".format(flag, maybe, tags),
        "{:d} {:5} {:<5}|".format(flag, flag, count),
        "{0:{fill}>{width}}".format(count, fill="*", width=8),
        "{{literal}} {0}".format(score),
        "".format(),
        "{:,} {:_x}".format(count * 1000003, count * 65537),
        "{key}={value!r}".format(value=tags, key=name),
    ]


# inputs: {"name": "bert", "score": 0.91234, "count": 12, "tags": ["a", "b"], "flag": true}
# inputs: {"name": "", "score": -0.0, "count": 0, "tags": [], "flag": false}
# inputs: {"name": "n'm\"x", "score": 1e+16, "count": -3, "tags": ["\u00e9"], "flag": true}
# inputs: {"name": "longer than ten", "score": 7.0, "count": 123456, "tags": ["x"], "flag": false}
