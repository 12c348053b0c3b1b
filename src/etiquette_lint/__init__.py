"""etiquette-lint: lint post-interview follow-up e-mails before you press send.

>>> import etiquette_lint
>>> report = etiquette_lint.lint("Dear Sir,\\n\\nThanks for the interview.\\n", facts={"interviewer": "Jordan Lee"})
>>> [d.name for d in report.diagnostics][:1]
['generic-salutation']
"""

from __future__ import annotations

__version__ = "0.1.0"

import importlib
import importlib.util
from typing import Any

from .cases import Case, Example
from .config import Config, find_config, load_config
from .diagnostics import CATEGORIES, SEVERITIES, Diagnostic, Edit, Fix
from .draft import Draft, parse
from .errors import ConfigError, EtiquetteLintError, FactsError, InputError, RulePackError
from .facts import KINDS, Facts, FollowUp
from .linter import Linter, Report, lint, lint_file
from .rule import Context, Rule, RuleNotice

#: Loaded on first use, so that ``import etiquette_lint`` stays light: the pre-send API
#: (``etiquette_lint.presend.check_before_send``, ``etiquette_lint.NotReadyToSend``) and every
#: submodule (``etiquette_lint.proofread``, ``etiquette_lint.ruledoc``, ...).
_LAZY_NAMES = {
    "NotReadyToSend": "presend", "NotAMessage": "presend", "check_before_send": "presend", "send_if_ready": "presend",
}

__all__ = [
    "CATEGORIES", "KINDS", "SEVERITIES", "Case", "Config", "ConfigError", "Context", "Diagnostic", "Draft", "Edit",
    "EtiquetteLintError", "Example", "Facts", "FactsError", "Fix", "FollowUp", "InputError", "Linter",
    "NotAMessage", "NotReadyToSend", "Report", "Rule", "RuleNotice", "RulePackError", "__version__",
    "check_before_send", "find_config", "lint", "lint_file", "load_config", "parse", "presend", "send_if_ready",
]


def __getattr__(name: str) -> Any:
    """``etiquette_lint.presend`` and any other submodule, and the pre-send names, on first use."""
    if name in _LAZY_NAMES:
        value = getattr(importlib.import_module(f".{_LAZY_NAMES[name]}", __name__), name)
    elif not name.startswith("_") and importlib.util.find_spec(f"{__name__}.{name}") is not None:
        value = importlib.import_module(f".{name}", __name__)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
