"""A compact implementation of Lawrence Philips' original Metaphone (1990).

Used only to break ties between spelling suggestions: a misspelling that
*sounds* like a candidate ("collegue" / "colleague", both KLK) is more likely
meant as that candidate than as one that merely looks close ("college", KLJ).
Aspell ranks suggestions on the same idea. Exactness of every corner of the
algorithm does not matter here; determinism does.
"""

from __future__ import annotations

_VOWELS = frozenset("aeiou")
_FRONT = frozenset("eiy")


def metaphone(word: str) -> str:
    w = "".join(ch for ch in word.lower() if "a" <= ch <= "z")
    if not w:
        return ""
    # Initial exceptions.
    if w[:2] in ("kn", "gn", "pn", "ae", "wr"):
        w = w[1:]
    if w[0] == "x":
        w = "s" + w[1:]
    elif w[:2] == "wh":
        w = "w" + w[2:]
    out: list[str] = []
    n = len(w)
    i = 0
    while i < n:
        c = w[i]
        prev = w[i - 1] if i > 0 else ""
        nxt = w[i + 1] if i + 1 < n else ""
        nxt2 = w[i + 2] if i + 2 < n else ""
        # Drop duplicate adjacent letters, except C.
        if c == prev and c != "c":
            i += 1
            continue
        if c in _VOWELS:
            if i == 0:
                out.append(c.upper())
        elif c == "b":
            if not (prev == "m" and i == n - 1):
                out.append("B")
        elif c == "c":
            if nxt == "i" and nxt2 == "a":
                out.append("X")
            elif nxt == "h":
                out.append("K" if prev == "s" else "X")
                i += 1
            elif nxt in _FRONT:
                if prev != "s":
                    out.append("S")
            else:
                out.append("K")
        elif c == "d":
            if nxt == "g" and nxt2 in _FRONT:
                out.append("J")
                i += 1
            else:
                out.append("T")
        elif c == "g":
            if nxt == "h" and not (i + 2 >= n or nxt2 in _VOWELS):
                pass  # silent: "night"
            elif nxt == "n" and (i + 2 == n or (nxt2 == "e" and w[i + 3:i + 4] == "d" and i + 4 == n)):
                pass  # silent: "sign", "signed"
            elif nxt in _FRONT and prev != "g":
                out.append("J")
            else:
                out.append("K")
        elif c == "h":
            if prev in ("c", "s", "p", "t", "g"):
                pass
            elif prev in _VOWELS and nxt not in _VOWELS:
                pass
            else:
                out.append("H")
        elif c == "k":
            if prev != "c":
                out.append("K")
        elif c == "p":
            if nxt == "h":
                out.append("F")
                i += 1
            else:
                out.append("P")
        elif c == "q":
            out.append("K")
        elif c == "s":
            if nxt == "h":
                out.append("X")
                i += 1
            elif nxt == "i" and nxt2 in ("o", "a"):
                out.append("X")
            else:
                out.append("S")
        elif c == "t":
            if nxt == "i" and nxt2 in ("o", "a"):
                out.append("X")
            elif nxt == "h":
                out.append("0")
                i += 1
            elif not (nxt == "c" and nxt2 == "h"):
                out.append("T")
        elif c == "v":
            out.append("F")
        elif c in ("w", "y"):
            if nxt in _VOWELS:
                out.append(c.upper())
        elif c == "x":
            out.append("KS")
        elif c == "z":
            out.append("S")
        else:  # f j l m n r
            out.append(c.upper())
        i += 1
    return "".join(out)
