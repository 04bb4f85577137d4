"""Splits documents into overlapping word windows, as a RAG chunker does."""


def chunk_text(docs: list[str], size: int, overlap: int) -> list[str]:
    chunks = []
    for doc in docs:
        words = doc.lower().replace("\n", " ").split()
        step = max(1, size - overlap)
        for start in range(0, len(words), step):
            window = words[start : start + size]
            if len(window) < overlap and start > 0:
                break
            chunks.append(" ".join(w.strip(".,;:!?") for w in window))
    return chunks
