"""etiquette-lint: lint post-interview follow-up e-mails before you press send.

>>> import etiquette_lint
>>> report = etiquette_lint.lint("Dear Sir,\\n\\nThanks for the interview.\\n", facts={"interviewer": "Jordan Lee"})
>>> [d.name for d in report.diagnostics][:1]
['generic-salutation']
"""

from __future__ import annotations

__version__ = "0.1.0"

from .config import Config, find_config, load_config
from .diagnostics import CATEGORIES, SEVERITIES, Diagnostic, Edit, Fix
from .draft import Draft, parse
from .errors import ConfigError, EtiquetteLintError, FactsError, InputError, RulePackError
from .facts import KINDS, Facts, FollowUp
from .linter import Linter, Report, lint, lint_file
from .rule import Context, Example, Rule, RuleNotice

__all__ = [
    "CATEGORIES", "KINDS", "SEVERITIES", "Config", "ConfigError", "Context", "Diagnostic", "Draft", "Edit",
    "EtiquetteLintError", "Example", "Facts", "FactsError", "Fix", "FollowUp", "InputError", "Linter",
    "Report", "Rule", "RuleNotice", "RulePackError", "__version__", "find_config", "lint", "lint_file",
    "load_config", "parse",
]
