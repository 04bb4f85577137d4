"""Text made to hurt a tokenizer: every major script, emoji sequences, combining marks,
control and zero-width characters, every Unicode whitespace, very long words and texts,
empty strings and special-token text. Seeded, so a failure reproduces."""

import random

SCRIPTS = {
    "latin": "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèêëàâäôöûüçñßøåæœÉÀÇ",
    "cjk": "".join(chr(c) for c in range(0x4E00, 0x4E00 + 400)) + "日本語中文漢字東京北京",
    "kana": "".join(chr(c) for c in range(0x3041, 0x3097))
    + "".join(chr(c) for c in range(0x30A1, 0x30FB)),
    "hangul": "".join(chr(c) for c in range(0xAC00, 0xAC00 + 300)),
    "jamo": "".join(chr(c) for c in range(0x1100, 0x1113))
    + "".join(chr(c) for c in range(0x1161, 0x1176)),
    "arabic": "".join(chr(c) for c in range(0x0621, 0x064B)) + "\u064b\u064e\u0650\u0651",
    "hebrew": "".join(chr(c) for c in range(0x05D0, 0x05EB)) + "\u05b0\u05b4\u05bc",
    "devanagari": "".join(chr(c) for c in range(0x0905, 0x0939)) + "\u093e\u093f\u0940\u094d\u0902",
    "thai": "".join(chr(c) for c in range(0x0E01, 0x0E3A)) + "\u0e48\u0e49",
    "greek": "αβγδεζηθικλμνξοπρσςτυφχψωΑΒΓΔΣΩάέήίόύώ",
    "cyrillic": "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙ",
    "digits": "0123456789٠١٢٣٤٥٦٧٨٩०१२३४५६७८९①②③½¾",
    "compat": "ﬁﬂℌℍ№™㎏ｶﾞＡＢＣ１２３ｱｲｳ﹏︵ǅĲ",
}
WORDS = (
    "the of and to in is you that it he was for on are as with his they I at be this have from "
    "don't I'm we'll they've she's it'd can't won't y'all o'clock rock'n'roll e-mail U.S.A. "
    "Straße İstanbul ΣΊΣΥΦΟΣ naïve café résumé façade coöperate Ǆemal ﬁnal"
).split()
PUNCT = list(".,;:!?¿¡'\"()[]{}<>-–—_/\\|@#$%^&*+=~`…«»“”‘’·•§¶†‡")
EMOJI = [
    "😀",
    "👍🏽",
    "👨\u200d👩\u200d👧\u200d👦",
    "🏳️\u200d🌈",
    "🇫🇷",
    "🇯🇵",
    "1️⃣",
    "❤️",
    "🧑🏿\u200d🚀",
    "🤷‍♀️",
    "🫠",
]
COMBINING = [
    "e\u0301",
    "a\u0308\u0323",
    "n\u0303",
    "o\u0302\u0301",
    "z" + "\u0336\u0317\u0358\u0301" * 3,
    "\u0301",
    "i\u0307",
]
CONTROL = [
    "\x00",
    "\x01",
    "\x07",
    "\x1b",
    "\x7f",
    "\x85",
    "\u200b",
    "\u200c",
    "\u200d",
    "\ufeff",
    "\u2060",
    "\u00ad",
    "\ue000",
    "\U000e0001",
]
SPACES = [
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x1f",
    "\xa0",
    "\u1680",
    "\u2000",
    "\u2003",
    "\u2009",
    "\u200a",
    "\u2028",
    "\u2029",
    "\u202f",
    "\u205f",
    "\u3000",
    "   \n\n  ",
]


def random_word(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.35:
        return rng.choice(WORDS)
    if kind < 0.8:
        alphabet = SCRIPTS[rng.choice(list(SCRIPTS))]
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 9)))
    if kind < 0.87:
        return rng.choice(EMOJI) * rng.randint(1, 2)
    if kind < 0.93:
        return rng.choice(COMBINING) + rng.choice(WORDS)
    if kind < 0.97:
        return "".join(rng.choice(PUNCT) for _ in range(rng.randint(1, 4)))
    return rng.choice(CONTROL)


def random_text(rng: random.Random, specials: list[str]) -> str:
    roll = rng.random()
    if roll < 0.02:
        return ""
    if roll < 0.04:
        return "".join(rng.choice(SPACES) for _ in range(rng.randint(1, 4)))
    if roll < 0.06 and specials:
        return "".join(
            rng.choice(specials) + rng.choice(["", " ", "  "]) for _ in range(rng.randint(1, 4))
        )
    if roll < 0.08:
        # A very long word.
        return rng.choice(WORDS) * rng.randint(20, 200)
    parts = []
    for _ in range(rng.randint(1, 24)):
        parts.append(random_word(rng))
        r = rng.random()
        if r < 0.7:
            parts.append(" ")
        elif r < 0.85:
            parts.append(rng.choice(SPACES))
        elif r < 0.93:
            parts.append(rng.choice(PUNCT))
        elif specials:
            parts.append(rng.choice(specials))
    text = "".join(parts)
    if rng.random() < 0.2:
        text = rng.choice(SPACES) + text + rng.choice(SPACES)
    return text


def corpus(count: int, seed: int, specials: list[str] = ()) -> list[str]:
    """`count` texts, two of them 50,000 characters long."""
    rng = random.Random(seed)
    texts = [random_text(rng, list(specials)) for _ in range(count - 2)]
    long_text = " ".join(random_text(rng, list(specials)) for _ in range(3000))
    texts.append(long_text[:50_000])
    texts.append(("abc" * 20_000)[:50_000])
    return texts


def training_text() -> list[str]:
    """Real English prose (the docstrings of the standard library) plus the generated mix."""
    import pydoc  # noqa: F401  (imports a good share of the standard library's modules)
    import sys
    import warnings

    docs = []
    for module in list(sys.modules.values()):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # deprecated modules warn on attribute access
            doc = getattr(module, "__doc__", None)
        if isinstance(doc, str):
            docs.extend(line for line in doc.splitlines() if line.strip())
    return docs + corpus(3000, seed=7)
