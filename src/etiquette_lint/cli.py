"""The command line: ``etiquette-lint [check] PATH... | -``, ``rule CODE``, ``rules``."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any, NoReturn, Sequence

from . import __version__
from .config import Config, find_config, load_config, parse_selectors
from .diagnostics import SEVERITIES
from .errors import EtiquetteLintError, FactsError
from .facts import KINDS, Facts, check_consistency, facts_from_mapping, load_facts_file

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FACT_FLAGS = {
    "interviewer": "--interviewer", "interviewer_email": "--interviewer-email", "company": "--company",
    "role": "--role", "interview_at": "--interview-at", "sent_at": "--sent-at",
    "decision_by": "--decision-by", "topics": "--topic", "previous_followups": "--previous-followup",
}
COMMANDS = ("check", "rule", "rules", "lsp")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # exit 2 with one line, like every other usage error
        self.exit(EXIT_ERROR, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="etiquette-lint",
                     description="Lint post-interview follow-up e-mails before you press send.")
    parser.add_argument("--version", action="version", version=f"etiquette-lint {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    check = sub.add_parser("check", help="lint drafts (the default command)")
    check.add_argument("paths", nargs="*", metavar="PATH", help="draft files (.txt, .md, .eml); - for stdin")
    check.add_argument("--format", choices=("text", "pretty", "json"),
                       help="output format (default: pretty on a terminal, else text)")
    check.add_argument("--fail-on", choices=SEVERITIES + ("never",),
                       help="exit 1 when a diagnostic at or above this severity is found (default: warning)")
    check.add_argument("--select", action="append", metavar="CODES",
                       help="rules to run, by code prefix, name or category (comma-separated; replaces config)")
    check.add_argument("--extend-select", action="append", metavar="CODES", help="rules to add to the selection")
    check.add_argument("--ignore", action="append", metavar="CODES", help="rules to skip (added to config)")
    check.add_argument("--kind", choices=KINDS, help="the message kind (default: from facts, else detected)")
    check.add_argument("--config", metavar="FILE", help="configuration file (default: nearest one found upward)")
    check.add_argument("--isolated", action="store_true", help="ignore configuration files")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    check.add_argument("--no-progress", action="store_true", help="no progress bar on a terminal")
    check.add_argument("--fix", action="store_true",
                       help="apply safe fixes in place (the original is kept as PATH.orig)")
    check.add_argument("--diff", action="store_true",
                       help="print the safe fixes as a unified diff instead of writing them")
    facts = check.add_argument_group("interview facts (override front matter, sidecar and .eml headers)")
    facts.add_argument("--interviewer", action="append", metavar="NAME", help="repeat for a panel")
    facts.add_argument("--interviewer-email", metavar="ADDRESS")
    facts.add_argument("--company")
    facts.add_argument("--role")
    facts.add_argument("--interview-at", metavar="TIME", help="e.g. 2026-11-17T14:00")
    facts.add_argument("--sent-at", metavar="TIME", help="default: the .eml Date header, else now")
    facts.add_argument("--decision-by", metavar="DATE")
    facts.add_argument("--topic", action="append", metavar="TOPIC", help="a topic discussed; repeatable")
    facts.add_argument("--previous-followup", action="append", metavar="TIME[,replied]",
                       help="an earlier message you sent in this thread (add ',replied' if they answered); "
                            "repeatable")
    facts.add_argument("--facts", metavar="FILE", dest="facts_file",
                       help="a YAML or TOML facts file for every draft (below the flags above in precedence)")

    rule = sub.add_parser("rule", help="print a rule's documentation")
    rule.add_argument("key", metavar="CODE|NAME")
    rule.add_argument("--config", metavar="FILE")

    sub.add_parser("lsp", help="run the language server on stdio (needs the lsp extra)")

    rules = sub.add_parser("rules", help="list all rules")
    rules.add_argument("--config", metavar="FILE")
    rules.add_argument("--format", choices=("text", "json"), default="text")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
        argv = ["check", *argv]
    args = build_parser().parse_args(argv)
    try:
        if args.command == "rule":
            return cmd_rule(args)
        if args.command == "rules":
            return cmd_rules(args)
        if args.command == "lsp":
            from .lsp import main as lsp_main
            return lsp_main()
        return cmd_check(args)
    except EtiquetteLintError as exc:
        _err(str(exc))
        return EXIT_ERROR
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        return EXIT_OK


def _err(message: str) -> None:
    sys.stderr.write(f"etiquette-lint: error: {message}\n")


def _warn(message: str) -> None:
    sys.stderr.write(f"etiquette-lint: warning: {message}\n")


def _base_config(args: argparse.Namespace, near: Path) -> Config:
    if getattr(args, "config", None):
        return load_config(args.config)
    if getattr(args, "isolated", False):
        return Config()
    found = find_config(near)
    return load_config(found) if found else Config()


def _cli_facts(args: argparse.Namespace) -> Facts | None:
    """Facts from --facts FILE overridden by the individual flags; errors name the flag."""
    values: dict[str, Any] = {}
    for key, flag in FACT_FLAGS.items():
        value = getattr(args, flag[2:].replace("-", "_"), None)
        if value:
            values[key] = value
    if values.get("previous_followups"):
        values["previous_followups"] = [_followup_flag(v) for v in values["previous_followups"]]
    result = load_facts_file(args.facts_file) if getattr(args, "facts_file", None) else None
    if values:
        try:
            flags = facts_from_mapping(values, origin="command line", check=False)
            flags = Facts(**{k: getattr(flags, k) for k in values},
                          origins={k: FACT_FLAGS[k] for k in values})
            check_consistency(flags)
        except FactsError as exc:
            key = getattr(exc, "key", None) or exc.reason.split(":", 1)[0].split("[")[0]
            flag = FACT_FLAGS.get(key, key)
            reason = exc.reason
            if reason.startswith(f"{key}:"):
                reason = reason[len(key) + 1:].lstrip()
            raise FactsError(f"{flag}: {reason}") from None
        result = flags if result is None else result.merged(flags)
    return result


def _followup_flag(value: str) -> Any:
    time_part, _, state = value.partition(",")
    state = state.strip().lower()
    if state not in ("", "replied", "unanswered", "no-reply", "noreply"):
        raise FactsError(f"--previous-followup: {value!r}: write TIME or TIME,replied "
                         "(e.g. 2026-11-25T10:00,replied)")
    return {"sent_at": time_part.strip(), "replied": state == "replied"}


def cmd_check(args: argparse.Namespace) -> int:
    from .linter import Linter
    from .output import FORMATS

    paths = args.paths
    if not paths:
        if sys.stdin.isatty():
            _err("no drafts given: pass PATH... or - to read standard input (see --help)")
            return EXIT_ERROR
        paths = ["-"]
    if args.select is not None and not parse_selectors(args.select):
        _err("--select: empty, so no rule would run: name rules (e.g. --select EL2,tone) or leave it out")
        return EXIT_ERROR
    facts = _cli_facts(args)
    linters: dict[str, Linter] = {}

    def linter_for(path: str) -> Linter:
        near = Path.cwd() if path == "-" else Path(path).absolute().parent
        config = _base_config(args, near)
        key = config.path or "<default>"
        if key not in linters:
            select = parse_selectors(args.select)
            config = config.with_overrides(
                select=select, fail_on=args.fail_on,
                extend_select=(config.extend_select + (parse_selectors(args.extend_select) or ()))
                if args.extend_select else None,
                ignore=(config.ignore + (parse_selectors(args.ignore) or ())) if args.ignore else None)
            linter = Linter(config)
            for problem in linter.problems:
                _warn(problem)
            linters[key] = linter
        return linters[key]

    out = sys.stdout
    fmt = args.format or ("pretty" if out.isatty() else "text")
    color = args.color == "always" or (args.color == "auto" and out.isatty() and "NO_COLOR" not in os.environ)
    progress = _Progress(len(paths), enabled=not args.no_progress and sys.stderr.isatty())
    reports = []
    exit_code = EXIT_OK
    fail_on = "warning"
    for path in paths:
        progress.step(path)
        try:
            linter = linter_for(path)
            fail_on = linter.config.fail_on
            report = linter.lint_file(path, facts=facts or None, kind=args.kind)
        except EtiquetteLintError as exc:
            progress.clear()
            _err(str(exc) if exc.path else f"{'<stdin>' if path == '-' else path}: {exc}")
            exit_code = EXIT_ERROR
            continue
        if args.diff:
            from .fixes import fix_diff
            sys.stdout.write(fix_diff(report))
            reports.append(report)
            if exit_code == EXIT_OK and not report.ok(fail_on):
                exit_code = EXIT_FINDINGS
            continue
        if args.fix and path != "-":
            from .fixes import FixError, write_fixes
            try:
                applied, backup = write_fixes(path, report)
            except FixError as exc:  # the draft is untouched; its findings are still reported
                progress.clear()
                _err(str(exc))
                exit_code = EXIT_ERROR
                applied, backup = 0, None
            if applied:
                progress.clear()
                sys.stderr.write(f"{path}: applied {applied} safe fix{'es' if applied != 1 else ''} "
                                 f"(original kept as {backup})\n")
                report = linter.lint_file(path, facts=facts or None, kind=args.kind)
        for note in report.notes:
            progress.clear()
            _warn(f"{report.path}: {note}")
        reports.append(report)
        if exit_code == EXIT_OK and not report.ok(fail_on):
            exit_code = EXIT_FINDINGS
    progress.clear()
    if args.diff:
        return exit_code
    FORMATS[fmt](reports, out, color)
    out.flush()
    return exit_code


class _Progress:
    """A one-line progress bar on stderr, shown only when a run is long."""

    def __init__(self, total: int, enabled: bool):
        self.total, self.enabled = total, enabled and total > 1
        self.done, self.start, self.shown = 0, time.monotonic(), False

    def step(self, path: str) -> None:
        self.done += 1
        if not self.enabled or time.monotonic() - self.start < 0.5:
            return
        width = 30
        filled = int(width * self.done / self.total)
        name = path if len(path) < 40 else "..." + path[-37:]
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} {name:<40}")
        sys.stderr.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            sys.stderr.write("\r" + " " * 80 + "\r")
            sys.stderr.flush()
            self.shown = False


def _ruleset(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from .registry import load_rules

    config = _base_config(args, Path.cwd())
    ruleset = load_rules(config.rule_paths, plugins=config.plugins)
    for problem in ruleset.problems:
        _warn(problem)
    return ruleset


def cmd_rule(args: argparse.Namespace) -> int:
    from .ruledoc import render_rule

    rule = _ruleset(args).find(args.key)
    if rule is None:
        _err(f"no rule has the code or name {args.key!r} (see 'etiquette-lint rules')")
        return EXIT_ERROR
    sys.stdout.write(render_rule(rule))
    return EXIT_OK


def cmd_rules(args: argparse.Namespace) -> int:
    from .ruledoc import kinds_label

    rules = _ruleset(args).rules
    if args.format == "json":
        import json
        json.dump([{"code": r.code, "name": r.name, "category": r.category, "severity": r.severity,
                    "kinds": list(r.kinds), "guidance": list(r.guidance), "summary": r.summary,
                    "origin": r.origin} for r in rules], sys.stdout, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    for r in rules:
        sys.stdout.write(f"{r.code:<7} {r.name:<34} {r.category:<16} {r.severity:<8} {kinds_label(r)}\n")
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
