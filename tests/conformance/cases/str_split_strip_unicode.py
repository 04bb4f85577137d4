# split() and strip() walk UTF-8 text: multi-byte words, Unicode whitespace (NBSP, ideographic
# space, the \x1c-\x1f separators, NEL) and non-ASCII strip sets.
def pieces(s: str, chars: str, maxsplit: int):
    return [
        s.split(),
        s.split(None, maxsplit),
        s.rsplit(None, maxsplit),
        s.strip(),
        s.strip(chars),
        s.lstrip(chars),
        s.rstrip(chars),
        [w.strip(chars) for w in s.split()],
    ]


# inputs: {"s": "été\u3000naïve\u00a0café  中文\u2003end", "chars": "ée", "maxsplit": 2}
# inputs: {"s": "\u001ca\u001db\u001ec\u001fd\u0085e\u2028", "chars": "a\u2028", "maxsplit": 1}
# inputs: {"s": "\u3000\u3000", "chars": "\u3000", "maxsplit": 0}
# inputs: {"s": "\ud83d\ude00 x \ud83d\ude00", "chars": "\ud83d\ude00", "maxsplit": -1}
# inputs: {"s": "", "chars": "", "maxsplit": 3}
# inputs: {"s": "plain ascii  words here ", "chars": "ehr ", "maxsplit": 2}
