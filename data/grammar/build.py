#!/usr/bin/env python
"""Build data/grammar/dev.jsonl from the marked-up data/grammar/dev-source.txt.

    python data/grammar/build.py

Each source line is ``voice|sentence``; a slip is marked ``{wrong=>fix|kind}`` (``fix`` may
be empty: delete ``wrong``). Each output record is
``{"id", "text", "slips": [{"start", "end", "kind", "fix"}], "voice", "clean"}`` with
character offsets into ``text``.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"\{([^{}]*?)=>([^{}|]*)\|([a-z-]+)\}")
VOICES = {"in": "india", "ng": "nigeria", "ph": "philippines", "br": "brazil", "cn": "china", "ar": "arabic",
          "es": "spanish", "au": "australia", "za": "south-africa"}


def build(source: Path) -> list[dict]:
    rows: list[dict] = []
    for n, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        voice, marked = line.split("|", 1)
        text, slips, pos = "", [], 0
        for m in MARK.finditer(marked):
            text += marked[pos:m.start()]
            start = len(text)
            text += m.group(1)
            slips.append({"start": start, "end": len(text), "kind": m.group(3), "fix": m.group(2)})
            pos = m.end()
        text += marked[pos:]
        if "{" in text or "}" in text or "=>" in text:
            raise SystemExit(f"{source}:{n}: a malformed mark")
        rows.append({"id": len(rows) + 1, "text": text, "slips": slips, "voice": VOICES.get(voice, voice),
                     "clean": not slips})
    return rows


def main() -> int:
    rows = build(HERE / "dev-source.txt")
    with open(HERE / "dev.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    kinds = Counter(s["kind"] for r in rows for s in r["slips"])
    print(f"{len(rows)} sentences, {sum(r['clean'] for r in rows)} clean, {sum(kinds.values())} slips: "
          + ", ".join(f"{k} {v}" for k, v in kinds.most_common()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
