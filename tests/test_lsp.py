"""The language server, driven over stdio as an editor drives it."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

import pygls  # noqa: E402,F401  (the lsp extra; the test extras install it)


class Client:
    def __init__(self, cwd):
        self.proc = subprocess.Popen([sys.executable, "-m", "etiquette_lint", "lsp"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd)
        self.next_id = 1

    def send(self, method, params, *, request=False):
        msg = {"jsonrpc": "2.0", "method": method, "params": params}
        if request:
            msg["id"] = self.next_id
            self.next_id += 1
        body = json.dumps(msg).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()
        return msg.get("id")

    def read(self):
        headers = {}
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise EOFError(self.proc.stderr.read().decode())
            if line in (b"\r\n", b"\n"):
                break
            k, v = line.decode().split(":", 1)
            headers[k.strip().lower()] = v.strip()
        return json.loads(self.proc.stdout.read(int(headers["content-length"])))

    def wait_for(self, pred, timeout=60):
        end = time.time() + timeout
        while time.time() < end:
            msg = self.read()
            if pred(msg):
                return msg
        raise TimeoutError

    def close(self):
        try:
            rid = self.send("shutdown", None, request=True)
            self.wait_for(lambda m: m.get("id") == rid, timeout=10)
            self.send("exit", None)
            self.proc.wait(timeout=10)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()


@pytest.fixture
def client(tmp_path):
    c = Client(tmp_path)
    rid = c.send("initialize", {"processId": None, "rootUri": tmp_path.as_uri(), "capabilities": {}}, request=True)
    init = c.wait_for(lambda m: m.get("id") == rid)
    assert init["result"]["serverInfo"]["name"] == "etiquette-lint"
    c.send("initialized", {})
    yield c
    c.close()


def diagnostics_for(client, uri):
    return client.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                           and m["params"]["uri"] == uri)["params"]["diagnostics"]


def test_open_change_and_quick_fix(client, tmp_path):
    uri = (tmp_path / "thanks.md").as_uri()
    text = ("---\nrole: Support Engineer\n---\nDear Sir,\n\nThank you for discussing the [job title] role 🙂 "
            "and ticket triage.\n\nBest regards,\nSam\n")
    client.send("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1,
                                                          "text": text}})
    diags = diagnostics_for(client, uri)
    by_code = {d["code"]: d for d in diags}
    assert by_code["EL201"]["range"] == {"start": {"line": 3, "character": 0}, "end": {"line": 3, "character": 8}}
    assert by_code["EL201"]["severity"] == 2 and by_code["EL201"]["source"] == "etiquette-lint"
    ph = by_code["EL101"]
    assert ph["range"]["start"] == {"line": 5, "character": 29}

    rid = client.send("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": ph["range"],
                                                  "context": {"diagnostics": [ph]}}, request=True)
    actions = client.wait_for(lambda m: m.get("id") == rid)["result"]
    fill = next(a for a in actions if "Support Engineer" in json.dumps(a))
    edit = fill["edit"]["changes"][uri][0]
    assert edit["newText"] == "Support Engineer" and edit["range"] == ph["range"]
    assert fill["isPreferred"] is True

    fixed = text.replace("Dear Sir", "Dear Ms. Lee").replace("[job title]", "Support Engineer")
    client.send("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                           "contentChanges": [{"text": fixed}]})
    codes = {d["code"] for d in diagnostics_for(client, uri)}
    assert "EL201" not in codes and "EL101" not in codes


def test_utf16_columns_after_emoji(client, tmp_path):
    uri = (tmp_path / "d.txt").as_uri()
    text = "Hi Jordan,\n\nThanks 🙂 for the the tour of the lab.\n\nBest,\nSam\n"
    client.send("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1,
                                                          "text": text}})
    doubled = next(d for d in diagnostics_for(client, uri) if d["code"] == "EL611")
    # "Thanks 🙂 for " is 13 code points but 14 UTF-16 units: LSP counts UTF-16 units
    assert doubled["range"]["start"] == {"line": 2, "character": 14}


def test_bad_document_is_logged_not_fatal(client, tmp_path):
    uri = (tmp_path / "bad.md").as_uri()
    client.send("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1,
                                                          "text": "---\ncolour: blue\n---\nDear Sir,\n"}})
    log = client.wait_for(lambda m: m.get("method") == "window/logMessage")
    assert "unknown fact 'colour'" in log["params"]["message"]
    assert diagnostics_for(client, uri) == []
    # the server is still alive
    uri2 = (tmp_path / "ok.txt").as_uri()
    client.send("textDocument/didOpen", {"textDocument": {"uri": uri2, "languageId": "plaintext", "version": 1,
                                                          "text": "Dear Sir,\n\nThanks.\n\nBest,\nSam\n"}})
    assert any(d["code"] == "EL201" for d in diagnostics_for(client, uri2))
