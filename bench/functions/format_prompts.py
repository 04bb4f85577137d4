"""Builds task-prefixed prompts and a character n-gram profile, as embedding pre-processing does."""

PREFIXES = {
    "query": "task: search result | query: ",
    "document": "title: none | text: ",
    "classification": "task: classification | query: ",
}


def format_prompts(texts: list[str], task: str, n: int) -> dict[str, int]:
    profile: dict[str, int] = {}
    for text in texts:
        prompt = PREFIXES[task] + " ".join(text.split())
        cleaned = "".join(c if c.isalnum() else " " for c in prompt.lower())
        for i in range(len(cleaned) - n + 1):
            gram = cleaned[i : i + n]
            if " " not in gram:
                profile[gram] = profile.get(gram, 0) + 1
    return dict(sorted(profile.items(), key=lambda kv: (-kv[1], kv[0]))[:50])
