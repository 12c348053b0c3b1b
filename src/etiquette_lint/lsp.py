"""A language server: diagnostics while you type, quick fixes as code actions.

Run it with ``etiquette-lint lsp`` (stdio). Needs the ``lsp`` extra:
``pip install 'etiquette-lint[lsp]'`` (pygls, lsprotocol). The linter stays loaded,
so each keystroke costs milliseconds instead of a process start.

The server stays responsive on any document: while you type, a document is linted once
typing pauses (:data:`DEBOUNCE_SECONDS`), and a document over the size limit (``max-size``,
``ETIQUETTE_LINT_MAX_BYTES``; 1 MB by default) is not linted at all: one diagnostic at its
top says so. A document that could not be checked in full shows that as an error, beside what the rules
that did run found.
"""

from __future__ import annotations

import bisect
import re
import threading
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from . import __version__
from .config import Config, find_config, load_config
from .diagnostics import Diagnostic
from .errors import DraftNotChecked, EtiquetteLintError
from .inputs import too_large, utf8_size
from .linter import Linter, Report

SEVERITY = {"error": 1, "warning": 2, "info": 3}
#: While the user types, lint once this long after the last change.
DEBOUNCE_SECONDS = 0.3

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class Positions:
    """Character offsets -> LSP positions (0-based line, UTF-16 character), each in
    O(log n): a draft of one long line with many findings stays linear."""

    def __init__(self, text: str):
        self.starts = [0]
        find, i = text.find, text.find("\n")
        while i >= 0:
            self.starts.append(i + 1)
            i = find("\n", i + 1)
        self.astral = [m.start() for m in _ASTRAL.finditer(text)]  # two UTF-16 units each

    def __call__(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        start = self.starts[line]
        extra = bisect.bisect_left(self.astral, offset) - bisect.bisect_left(self.astral, start)
        return line, offset - start + extra


def _utf16_position(text: str, line_starts: list[int], offset: int) -> tuple[int, int]:
    """0-based line and UTF-16 character, as LSP counts them by default."""
    line = bisect.bisect_right(line_starts, offset) - 1
    prefix = text[line_starts[line]:offset]
    return line, len(prefix.encode("utf-16-le", "surrogatepass")) // 2


def _line_starts(text: str) -> list[int]:
    return Positions(text).starts


def _problem(message: str, severity: int = 1) -> dict[str, Any]:
    """A diagnostic at the top of the document for something that is not a rule's finding."""
    return {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
            "severity": severity, "code": None, "source": "etiquette-lint", "message": message,
            "data": {"name": "not-checked", "category": None}}


def _path_of(uri: str) -> str:
    parsed = urlparse(uri)
    return unquote(parsed.path) if parsed.scheme == "file" else uri


class Session:
    """What the server keeps between messages: linters per config file, last results per document."""

    def __init__(self) -> None:
        self.linters: dict[str, Linter] = {}
        self.fixes: dict[str, list[tuple[Diagnostic, dict[str, Any]]]] = {}
        self.lock = threading.Lock()

    def linter_for(self, path: str) -> Linter:
        found = find_config(Path(path).parent) if Path(path).parent.exists() else None
        key = str(found) if found else "<default>"
        if key not in self.linters:
            self.linters[key] = Linter(load_config(found) if found else Config())
        return self.linters[key]

    def diagnose(self, uri: str, text: str) -> tuple[list[dict[str, Any]], str | None]:
        """LSP diagnostics (as plain dicts) for a document, and an error message or None.

        A document over the size limit is not linted (one diagnostic says so, at once); one
        that could not be checked in full gets an error diagnostic beside what was found."""
        path = _path_of(uri)
        name = path if path.lower().endswith((".eml", ".md", ".markdown", ".txt")) else path + ".txt"
        problem: str | None = None
        with self.lock:
            try:
                linter = self.linter_for(path)
                size = utf8_size(text, linter.max_bytes)  # len() first: a 5 MB document costs nothing
                if size > linter.max_bytes:
                    raise too_large(size, linter.max_bytes, path, "this document")
                report = linter.lint(text, path=name)
            except DraftNotChecked as exc:
                self.fixes[uri] = []
                if not isinstance(exc.report, Report):
                    return [_problem(f"etiquette-lint: not checked: {exc.reason}")], str(exc)
                report, problem = exc.report, str(exc)  # show what the rules that ran found, too
            except EtiquetteLintError as exc:  # e.g. malformed front matter: logged, as before
                self.fixes[uri] = []
                return [], str(exc)
        position = Positions(report.text)
        out: list[dict[str, Any]] = []
        if problem is not None:
            out.append(_problem(f"etiquette-lint: not checked in full: {problem}"))
        fixes: list[tuple[Diagnostic, dict[str, Any]]] = []
        for d in report.diagnostics:
            sl, sc = position(d.start)
            el, ec = position(d.end)
            item = {
                "range": {"start": {"line": sl, "character": sc}, "end": {"line": el, "character": ec}},
                "severity": SEVERITY[d.severity], "code": d.code, "source": "etiquette-lint",
                "message": f"{d.name}: {d.message}", "data": {"name": d.name, "category": d.category},
            }
            out.append(item)
            if d.fix and report.positions == "file":
                edits = []
                for e in d.fix.edits:
                    a = position(e.start)
                    b = position(e.end)
                    edits.append({"range": {"start": {"line": a[0], "character": a[1]},
                                            "end": {"line": b[0], "character": b[1]}}, "newText": e.replacement})
                fixes.append((d, {"title": (d.fix.description or f"Fix {d.code}") +
                                  ("" if d.fix.safe else " (check it)"), "edits": edits,
                                  "preferred": d.fix.safe, "diagnostic": item}))
        self.fixes[uri] = fixes if problem is None else []
        return out, problem

    def actions(self, uri: str, start_line: int, end_line: int) -> list[dict[str, Any]]:
        found = []
        for d, fix in self.fixes.get(uri, []):
            rng = fix["diagnostic"]["range"]
            if rng["start"]["line"] <= end_line and rng["end"]["line"] >= start_line:
                found.append(fix)
        return found


def build_server() -> Any:
    try:
        from lsprotocol import types
        from pygls.lsp.server import LanguageServer
    except ImportError as exc:  # pragma: no cover - exercised by the CLI message
        raise EtiquetteLintError("the language server needs the lsp extra: pip install 'etiquette-lint[lsp]' "
                                 f"({exc})") from None

    server = LanguageServer("etiquette-lint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full)
    session = Session()
    pending: dict[str, Any] = {}  # uri -> the timer of a lint waiting for typing to pause

    def publish(uri: str, version: int | None) -> None:
        timer = pending.pop(uri, None)
        if timer is not None:
            timer.cancel()
        doc = server.workspace.get_text_document(uri)
        if version is not None and doc.version is not None:
            version = doc.version
        items, error = session.diagnose(uri, doc.source)
        if error:
            server.window_log_message(types.LogMessageParams(type=types.MessageType.Warning,
                                                             message=f"etiquette-lint: {error}"))
        diags = [types.Diagnostic(
            range=types.Range(start=types.Position(**i["range"]["start"]), end=types.Position(**i["range"]["end"])),
            severity=types.DiagnosticSeverity(i["severity"]), code=i["code"], source=i["source"],
            message=i["message"], data=i["data"]) for i in items]
        server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=diags,
                                                                                 version=version))

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: Any, params: types.DidOpenTextDocumentParams) -> None:
        publish(params.text_document.uri, params.text_document.version)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: Any, params: types.DidChangeTextDocumentParams) -> None:
        import asyncio

        uri = params.text_document.uri
        old = pending.pop(uri, None)
        if old is not None:
            old.cancel()
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # not under an event loop (a test calling the handler): lint now
            publish(uri, params.text_document.version)
            return
        pending[uri] = loop.call_later(DEBOUNCE_SECONDS, publish, uri, params.text_document.version)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: Any, params: types.DidSaveTextDocumentParams) -> None:
        publish(params.text_document.uri, None)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: Any, params: types.DidCloseTextDocumentParams) -> None:
        timer = pending.pop(params.text_document.uri, None)
        if timer is not None:
            timer.cancel()
        session.fixes.pop(params.text_document.uri, None)
        server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=params.text_document.uri,
                                                                                diagnostics=[]))

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
    def code_action(ls: Any, params: types.CodeActionParams) -> list[types.CodeAction]:
        uri = params.text_document.uri
        out = []
        for fix in session.actions(uri, params.range.start.line, params.range.end.line):
            edits = [types.TextEdit(range=types.Range(start=types.Position(**e["range"]["start"]),
                                                      end=types.Position(**e["range"]["end"])),
                                    new_text=e["newText"]) for e in fix["edits"]]
            out.append(types.CodeAction(title=fix["title"], kind=types.CodeActionKind.QuickFix,
                                        is_preferred=fix["preferred"],
                                        edit=types.WorkspaceEdit(changes={uri: edits})))
        return out

    return server


def main() -> int:
    build_server().start_io()
    return 0
