"""Errors a user can cause. The CLI prints them in one line and exits 2."""

from __future__ import annotations


class EtiquetteLintError(Exception):
    """Base class of every error etiquette-lint reports to the user.

    ``path`` and ``line`` name where the problem is, when known; ``str(err)``
    is a one-line message that includes them.
    """

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        self.reason = message
        self.path = path
        self.line = line
        super().__init__(self._format())

    def _format(self) -> str:
        where = ""
        if self.path:
            where = self.path + (f":{self.line}" if self.line else "") + ": "
        elif self.line:
            where = f"line {self.line}: "
        return where + self.reason


class InputError(EtiquetteLintError):
    """A draft could not be read or parsed (missing, binary, undecodable, malformed)."""


class FactsError(EtiquetteLintError):
    """Interview facts are invalid: unknown key, wrong type, unparseable or inconsistent date."""


class ConfigError(EtiquetteLintError):
    """A configuration file or option is invalid."""


class RulePackError(EtiquetteLintError):
    """A declarative rule pack (YAML) or a plugin rule is malformed."""


class DraftNotChecked(EtiquetteLintError):
    """A draft that could not be checked in full: never a pass (the CLI exits 2).

    Raised when the draft is over the size limit, when it could not be analysed, or when a
    rule could not run on it (an exception in the rule, a user pattern over its time budget,
    a :class:`~etiquette_lint.rule.RuleNotice`). ``report``, when not None, holds what the
    rules that did run found (``report.complete`` is False); ``failures`` names each rule
    that could not run."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None, *,
                 report: object = None, failures: tuple[str, ...] = ()):
        self.report = report
        self.failures = tuple(failures)
        super().__init__(message, path, line)


class DraftTooLarge(DraftNotChecked, InputError):
    """The draft is over the size limit (``max-size``, ``ETIQUETTE_LINT_MAX_BYTES``; 1 MB by default)."""
