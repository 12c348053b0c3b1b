#!/usr/bin/env python3
"""Fuzz etiquette-lint's parsers for a bounded time.

    python fuzz/fuzz_parsers.py [SECONDS] [--seed N] [--targets eml,frontmatter,...] [--out DIR]

Targets (each gets an equal share of the time):

- ``eml``          an .eml message -> Source -> Draft, and the facts its headers give
- ``frontmatter``  a Markdown draft with YAML front matter -> Draft -> validated facts
- ``facts``        a sidecar facts file (YAML or TOML) -> validated facts
- ``config``       etiquette-lint.toml / pyproject.toml -> Config, checked against the rules
- ``packs``        a YAML rule file -> a declarative rule

Inputs are mutated from a seed corpus (the repository's test drafts, rule packs and
examples, plus a few built-in seeds) with byte flips, splices, truncation, repetition and
inserted tokens that parsers trip on (dates that do not exist, YAML aliases, deep nesting,
CR and CRLF, byte-order marks, lone surrogates' UTF-8 forms, NUL, huge numbers).

Every input must either parse, or fail with the project's own clear error
(:class:`etiquette_lint.errors.EtiquetteLintError`, which the CLI prints in one line with
exit code 2). Anything else -- another exception, or an input that takes longer than
``--slow`` seconds -- is a finding: it is printed, grouped by where it was raised, and one
reproducer per finding is saved under ``--out`` (default ``fuzz/findings/``).

Exit status: 0 when there were no findings, 1 otherwise. Standard library only (plus the
package itself); deterministic for a given ``--seed``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
if (ROOT / "src" / "etiquette_lint").is_dir():
    sys.path.insert(0, str(ROOT / "src"))

from etiquette_lint.errors import EtiquetteLintError  # noqa: E402

# --------------------------------------------------------------------------- seeds

BUILTIN_SEEDS: dict[str, list[bytes]] = {
    "eml": [
        b"From: Sam Rivera <sam@example.com>\r\nTo: Jordan Lee <jordan.lee@initech.example>\r\n"
        b"Subject: Thank you\r\nDate: Wed, 18 Nov 2026 09:30:00 +0000\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        b"X-Etiquette-Lint-Ignore: EL201, tone.casual\r\n\r\nDear Ms. Lee,\r\n\r\nThank you =E2=80=94 "
        b"it was great.\r\n\r\nBest,\r\nSam\r\n\r\nOn Tue, Jordan wrote:\r\n> Hi [Candidate Name]\r\n",
        b"From: a@b.example\nTo: c@d.example\nSubject: =?utf-8?b?VGhhbmsgeW91?=\nMIME-Version: 1.0\n"
        b"Content-Type: multipart/alternative; boundary=XX\n\n--XX\nContent-Type: text/html; charset=latin-1\n"
        b"Content-Transfer-Encoding: base64\n\nPGI+VGhhbmtzPC9iPg==\n--XX--\n",
    ],
    "frontmatter": [
        b"---\nkind: thank_you\ninterviewer: [Jordan Lee, Ana Diaz]\ninterviewer_email: jordan@initech.example\n"
        b"company: Initech\nrole: Support Engineer\ninterview_at: 2026-11-17T14:00\nsent_at: 2026-11-18 09:30\n"
        b"decision_by: 2026-11-24\ntopics: [triage, on-call]\nprevious_followups:\n"
        b"  - {sent_at: 2026-11-25T10:00, replied: false}\nignore: [EL201]\n---\nDear Jordan,\n\nThanks!\n",
    ],
    "facts": [
        b"interviewer: Jordan Lee\ncompany: Initech\ninterview_at: 2026-11-17T14:00+01:00\n"
        b"previous_followups:\n  - sent_at: 2026-11-20\n    replied: true\n",
        b'interviewer = "Jordan Lee"\ninterview_at = 2026-11-17T14:00:00\n[[previous_followups]]\n'
        b"sent_at = 2026-11-20\nreplied = false\n",
    ],
    "config": [
        b'select = ["ALL"]\nignore = ["EL4", "tone.casual"]\nfail-on = "warning"\nprofile = "assertive"\n'
        b'[severity]\ngeneric-salutation = "error"\n[rules.too-long]\nmax = 180\n'
        b"per_kind = { check_in = { max = 100 } }\n[proofread]\nbackend = \"offline\"\ntimeout = 5\n"
        b'[vocabulary]\naccept = ["Initech"]\n',
        b'[project]\nname = "x"\n\n[tool.etiquette-lint]\nselect = ["EL2"]\n[tool.etiquette-lint.rules.EL401]\n'
        b"max = 250\n",
    ],
    "packs": [
        b"code: EL901\nname: house-rule\nextends: existence\ncategory: generic\nseverity: warning\n"
        b"kinds: [thank_you]\nscope: body\nmessage: \"'{match}' again\"\ntokens: ['circle back', 'synergy']\n"
        b"exceptions: ['Synergy Inc']\nexamples:\n  fail: [\"Dear Jo,\\n\\nLet us circle back.\"]\n"
        b"  pass: [\"Dear Jo,\\n\\nThanks.\"]\n",
        b"code: EL902\nname: too-wordy\nextends: metric\nmetric: words\ncategory: length\nmax: 100\n"
        b"per_kind: {thank_you: {max: 80}}\nmessage: \"{value} words\"\n",
        b"code: EL903\nname: swap-it\nextends: substitution\ncategory: tone.casual\nmessage: x\n"
        b"swap: {gonna: going to}\nsafe: true\n",
    ],
}

TOKENS = [
    b"\r", b"\r\n", b"\n", b"\n\n", b"---\n", b"\xef\xbb\xbf", b"\x00", b"\xed\xa0\x80", b"\xff\xfe",
    b"\xe9", b"\xc3", b": ", b"- ", b"[", b"]", b"{", b"}", b"&a ", b"*a", b"!!python/object:os.system ",
    b"2026-02-30", b"0000-01-01", b"9999-12-31T23:59:59", b"2026-11-17T25:61", b"1e999", b"nan", b"-1",
    b"99999999999999999999999", b"true", b"null", b"~", b"'", b'"', b"\\", b"|\n", b">\n", b"\t",
    b"[tool.etiquette-lint", b"[tool]\n", b"tool = 5\n", b"per_kind = 5\n", b"select = []\n", b"max = nan\n",
    b"extends: [x]\n", b"tokens: 5\n", b"kinds: thank_you\n", b"(a+)+$", b"interview_at: ",
    b"Content-Transfer-Encoding: base64\n", b"Content-Type: multipart/mixed; boundary=\n", b"=?utf-8?q?=FF?=",
    b"Date: Mon, 32 Foo 0000 99:99:99 +9999\n", b"=\n", b"> ", b"On Mon, X wrote:\n", b"--\n", b"Subject: ",
]


def repo_seeds() -> dict[str, list[bytes]]:
    seeds: dict[str, list[bytes]] = defaultdict(list)

    def take(target: str, paths, limit: int = 40) -> None:
        for p in sorted(paths)[:limit]:
            try:
                data = p.read_bytes()
            except OSError:
                continue
            if len(data) <= 20_000:
                seeds[target].append(data)

    drafts = ROOT / "tests" / "corpus" / "drafts"
    if drafts.is_dir():
        take("eml", drafts.glob("*.eml"))
        take("frontmatter", drafts.glob("*.md"))
    if (ROOT / "rules").is_dir():
        take("packs", (ROOT / "rules").rglob("*.yml"))
    take("config", [p for p in (ROOT / "tests").rglob("*.toml")] + [ROOT / "pyproject.toml"], 10)
    take("facts", (ROOT / "tests").rglob("*.facts.*"), 20)
    return seeds


# --------------------------------------------------------------------------- mutation

def mutate(rng: random.Random, data: bytes, pool: list[bytes]) -> bytes:
    out = bytearray(data)
    for _ in range(rng.choice((1, 1, 2, 3, 5, 8))):
        op = rng.randrange(9)
        pos = rng.randrange(len(out) + 1)
        if op == 0 and out:  # flip a byte
            i = rng.randrange(len(out))
            out[i] = rng.randrange(256)
        elif op == 1:  # insert a token
            out[pos:pos] = rng.choice(TOKENS)
        elif op == 2 and out:  # delete a run
            del out[pos:pos + rng.randrange(1, 20)]
        elif op == 3 and out:  # repeat a run (bounded)
            end = min(len(out), pos + rng.randrange(1, 40))
            out[pos:pos] = bytes(out[pos:end]) * rng.randrange(2, 50)
        elif op == 4:  # splice another seed
            other = rng.choice(pool)
            if other:
                a = rng.randrange(len(other))
                out[pos:pos] = other[a:a + rng.randrange(1, 200)]
        elif op == 5:  # truncate
            del out[pos:]
        elif op == 6:  # line ends
            out = bytearray(bytes(out).replace(b"\n", rng.choice((b"\r\n", b"\r", b"\n\r"))))
        elif op == 7:  # nest
            depth = rng.choice((5, 40, 300, 3000))
            out[pos:pos] = b"[" * depth + b"]" * depth
        else:  # a long token
            out[pos:pos] = rng.choice((b"a", b"!", b" ", b"\xc3\xa9", b"-")) * rng.choice((100, 5000, 100_000))
        if len(out) > 400_000:
            del out[400_000:]
    return bytes(out)


# --------------------------------------------------------------------------- targets

class Targets:
    """Each target takes bytes and parses them as a user's file would be parsed."""

    def __init__(self, workdir: Path):
        self.dir = workdir
        self._rules = None

    def rules(self):  # type: ignore[no-untyped-def]
        if self._rules is None:
            from etiquette_lint.registry import load_rules
            self._rules = load_rules((), plugins=False).rules
        return self._rules

    def eml(self, data: bytes) -> None:
        from etiquette_lint.draft import parse
        from etiquette_lint.facts import facts_from_headers, facts_from_mapping
        from etiquette_lint.inputs import source_from_bytes

        source = source_from_bytes(data, "fuzz.eml")
        draft = parse(source)
        facts_from_headers(source.headers)
        if draft.front_matter_data:
            facts_from_mapping(draft.front_matter_data, path="fuzz.eml")

    def frontmatter(self, data: bytes) -> None:
        from etiquette_lint.draft import parse
        from etiquette_lint.facts import facts_from_mapping, key_lines
        from etiquette_lint.inputs import source_from_bytes

        source = source_from_bytes(data, "fuzz.md")
        draft = parse(source)
        if draft.front_matter_data:
            end = draft.front_matter.end if draft.front_matter else 0
            data_map = {k: v for k, v in draft.front_matter_data.items() if k != "ignore"}
            facts_from_mapping(data_map, origin="front matter", path="fuzz.md",
                               lines=key_lines(draft.text[:end], 1))

    def facts(self, data: bytes) -> None:
        from etiquette_lint.facts import load_facts_file

        toml = data.lstrip()[:1] in (b"[", b"#") or b" = " in data[:200]
        path = self.dir / ("fuzz.facts.toml" if toml else "fuzz.facts.yaml")
        path.write_bytes(data)
        load_facts_file(path)

    def config(self, data: bytes) -> None:
        from etiquette_lint.config import find_config, load_config

        path = self.dir / ("pyproject.toml" if b"[tool" in data or b"[project" in data else "etiquette-lint.toml")
        for other in ("pyproject.toml", "etiquette-lint.toml"):
            (self.dir / other).unlink(missing_ok=True)
        path.write_bytes(data)
        found = find_config(self.dir)
        config = load_config(found or path)
        config.validate_against(self.rules())
        for rule in self.rules():
            config.options_for(rule)
            config.enabled(rule)
            config.severity_for(rule)

    def packs(self, data: bytes) -> None:
        from etiquette_lint.packs import load_rule_file

        path = self.dir / "rule.yml"
        path.write_bytes(data)
        rule = load_rule_file(path)
        rule.validate()


class Slow(Exception):
    pass


def _alarm(signum, frame):  # type: ignore[no-untyped-def]
    raise Slow()


def where(exc: BaseException) -> str:
    tb = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in tb if "etiquette_lint" in f.filename] or tb
    frame = ours[-1] if ours else None
    loc = f"{Path(frame.filename).name}:{frame.lineno} in {frame.name}" if frame else "?"
    return f"{type(exc).__name__} at {loc}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("seconds", nargs="?", type=float, default=60.0, help="total time budget (default 60)")
    parser.add_argument("--seed", type=int, default=12, help="random seed (default 12)")
    parser.add_argument("--targets", default="eml,frontmatter,facts,config,packs")
    parser.add_argument("--slow", type=float, default=5.0, help="seconds after which one input is a finding")
    parser.add_argument("--out", default=str(ROOT / "fuzz" / "findings"), help="where reproducers are saved")
    args = parser.parse_args(argv)
    import warnings

    warnings.simplefilter("ignore")  # user patterns' FutureWarnings are not findings

    names = [t.strip() for t in args.targets.split(",") if t.strip()]
    rng = random.Random(args.seed)
    seeds = repo_seeds()
    use_alarm = hasattr(signal, "setitimer")
    if use_alarm:
        signal.signal(signal.SIGALRM, _alarm)
    stats: dict[str, Counter] = {n: Counter() for n in names}
    findings: dict[tuple[str, str], tuple[bytes, str]] = {}
    counts: Counter = Counter()
    with tempfile.TemporaryDirectory(prefix="etiquette-lint-fuzz-") as tmp:
        targets = Targets(Path(tmp))
        targets.rules()  # loaded once, outside the per-input clock
        share = args.seconds / max(1, len(names))
        for name in names:
            fn: Callable[[bytes], None] = getattr(targets, name)
            pool = BUILTIN_SEEDS.get(name, []) + seeds.get(name, [])
            corpus = list(pool) or [b""]
            deadline = time.monotonic() + share
            while time.monotonic() < deadline:
                base = rng.choice(corpus)
                data = base if stats[name]["inputs"] < len(pool) and rng.random() < 0.5 else mutate(rng, base, pool)
                stats[name]["inputs"] += 1
                t0 = time.monotonic()
                if use_alarm:
                    signal.setitimer(signal.ITIMER_REAL, args.slow)
                try:
                    fn(data)
                    stats[name]["parsed"] += 1
                    if len(corpus) < 400 and rng.random() < 0.05:
                        corpus.append(data)  # keep some inputs that parse: they reach deeper
                except EtiquetteLintError:
                    stats[name]["clear errors"] += 1
                except Slow:
                    key = (name, f"slow: over {args.slow:g} s")
                    counts[key] += 1
                    findings.setdefault(key, (data, "no answer within the time limit"))
                except RecursionError as exc:
                    key = (name, where(exc))
                    counts[key] += 1
                    findings.setdefault(key, (data, "RecursionError"))
                except Exception as exc:  # noqa: BLE001 - this is what we are looking for
                    key = (name, where(exc))
                    counts[key] += 1
                    findings.setdefault(key, (data, f"{type(exc).__name__}: {str(exc)[:300]}"))
                finally:
                    if use_alarm:
                        signal.setitimer(signal.ITIMER_REAL, 0)
                took = time.monotonic() - t0
                stats[name]["max ms"] = max(stats[name]["max ms"], int(took * 1000))

    print(f"fuzzed for {args.seconds:g} s (seed {args.seed})")
    for name in names:
        s = stats[name]
        print(f"  {name:<12} {s['inputs']:>7} inputs: {s['parsed']:>6} parsed, {s['clear errors']:>6} clear errors, "
              f"slowest {s['max ms']} ms")
    if not findings:
        print("no findings: every input parsed or failed with a clear error")
        return 0
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    print(f"{len(findings)} finding(s) (reproducers in {out}):")
    for (name, place), (data, message) in sorted(findings.items()):
        digest = hashlib.sha256(data).hexdigest()[:12]
        repro = out / f"{name}-{digest}.bin"
        repro.write_bytes(data)
        print(f"  [{name}] {place} x{counts[(name, place)]}: {message}\n      reproduce: {repro}")
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
