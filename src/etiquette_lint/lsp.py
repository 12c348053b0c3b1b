"""A language server: diagnostics while you type, quick fixes as code actions.

Run it with ``etiquette-lint lsp`` (stdio). Needs the ``lsp`` extra:
``pip install 'etiquette-lint[lsp]'`` (pygls, lsprotocol). The linter stays loaded,
so each keystroke costs milliseconds instead of a process start.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from . import __version__
from .config import Config, find_config, load_config
from .diagnostics import Diagnostic
from .errors import EtiquetteLintError
from .linter import Linter

SEVERITY = {"error": 1, "warning": 2, "info": 3}


def _utf16_position(text: str, line_starts: list[int], offset: int) -> tuple[int, int]:
    """0-based line and UTF-16 character, as LSP counts them by default."""
    import bisect

    line = bisect.bisect_right(line_starts, offset) - 1
    prefix = text[line_starts[line]:offset]
    return line, len(prefix.encode("utf-16-le")) // 2


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")
    return starts


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
        """LSP diagnostics (as plain dicts) for a document, or an error message."""
        path = _path_of(uri)
        name = path if path.lower().endswith((".eml", ".md", ".markdown", ".txt")) else path + ".txt"
        with self.lock:
            try:
                report = self.linter_for(path).lint(text, path=name)
            except EtiquetteLintError as exc:
                self.fixes[uri] = []
                return [], str(exc)
        starts = _line_starts(report.text)
        out: list[dict[str, Any]] = []
        fixes: list[tuple[Diagnostic, dict[str, Any]]] = []
        for d in report.diagnostics:
            sl, sc = _utf16_position(report.text, starts, d.start)
            el, ec = _utf16_position(report.text, starts, d.end)
            item = {
                "range": {"start": {"line": sl, "character": sc}, "end": {"line": el, "character": ec}},
                "severity": SEVERITY[d.severity], "code": d.code, "source": "etiquette-lint",
                "message": f"{d.name}: {d.message}", "data": {"name": d.name, "category": d.category},
            }
            out.append(item)
            if d.fix and report.positions == "file":
                edits = []
                for e in d.fix.edits:
                    a = _utf16_position(report.text, starts, e.start)
                    b = _utf16_position(report.text, starts, e.end)
                    edits.append({"range": {"start": {"line": a[0], "character": a[1]},
                                            "end": {"line": b[0], "character": b[1]}}, "newText": e.replacement})
                fixes.append((d, {"title": (d.fix.description or f"Fix {d.code}") +
                                  ("" if d.fix.safe else " (check it)"), "edits": edits,
                                  "preferred": d.fix.safe, "diagnostic": item}))
        self.fixes[uri] = fixes
        return out, None

    def actions(self, uri: str, start_line: int, end_line: int) -> list[dict[str, Any]]:
        found = []
        for d, fix in self.fixes.get(uri, []):
            rng = fix["diagnostic"]["range"]
            if rng["start"]["line"] <= end_line and rng["end"]["line"] >= start_line:
                found.append(fix)
        return found


def build_server():  # type: ignore[no-untyped-def]
    try:
        from lsprotocol import types
        from pygls.lsp.server import LanguageServer
    except ImportError as exc:  # pragma: no cover - exercised by the CLI message
        raise EtiquetteLintError("the language server needs the lsp extra: pip install 'etiquette-lint[lsp]' "
                                 f"({exc})") from None

    server = LanguageServer("etiquette-lint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full)
    session = Session()

    def publish(uri: str, version: int | None) -> None:
        doc = server.workspace.get_text_document(uri)
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
        publish(params.text_document.uri, params.text_document.version)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: Any, params: types.DidSaveTextDocumentParams) -> None:
        publish(params.text_document.uri, None)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: Any, params: types.DidCloseTextDocumentParams) -> None:
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
