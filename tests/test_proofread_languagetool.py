"""The LanguageTool backend, against a small fake LanguageTool HTTP server.

The fake answers ``GET /v2/languages``, ``POST /v2/check`` and ``GET /v2/healthcheck``
the way LanguageTool's documented HTTP API does (JSON shapes, form-encoded
parameters, offsets in UTF-16 code units as Java counts them). It listens on
127.0.0.1 only, on a port the OS picks, and shuts itself down after a minute
even if a test forgets to. What this does and does not verify about a real
LanguageTool is written down in docs/proofreading.md.

Run as a script (``python test_proofread_languagetool.py --serve-port N``) it
serves the same fake in the foreground: the fake ``java`` of the local-install
test starts it that way.
"""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import stat
import subprocess
import sys
import textwrap
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SRC = str(Path(__file__).resolve().parents[1] / "src")
if SRC not in sys.path:  # also when run as a script by the fake java
    sys.path.insert(0, SRC)

from etiquette_lint.proofread import BackendUnavailable, Vocabulary, get_backend  # noqa: E402
from etiquette_lint.proofread.languagetool import LanguageToolBackend  # noqa: E402

LANGUAGES = [
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "German (Germany)", "code": "de", "longCode": "de-DE"},
]
TYPOS = {"poition": ["position", "portion", "potion"], "Zylotech": ["Zygote"],
         "Kubernetes": ["Governess"], "recieve": ["receive"]}


def _utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def _match(text, start, length, rule_id, category, issue, message, replacements):
    return {
        "message": message,
        "shortMessage": "",
        "replacements": [{"value": r} for r in replacements],
        "offset": _utf16_len(text[:start]),
        "length": _utf16_len(text[start:start + length]),
        "context": {"text": text[max(0, start - 20):start + length + 20],
                    "offset": min(start, 20), "length": length},
        "sentence": text,
        "type": {"typeName": "Other"},
        "rule": {"id": rule_id, "description": message, "issueType": issue,
                 "category": {"id": category, "name": category.title()}},
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def fake_check(text: str) -> list[dict]:
    import re

    out = []
    for m in re.finditer(r"[A-Za-z]+", text):
        if m.group(0) in TYPOS:
            out.append(_match(text, m.start(), len(m.group(0)), "MORFOLOGIK_RULE_EN_US", "TYPOS",
                              "misspelling", "Possible spelling mistake found.", TYPOS[m.group(0)]))
    for m in re.finditer(r"\b(\w+) \1\b", text):
        out.append(_match(text, m.start(), len(m.group(0)), "ENGLISH_WORD_REPEAT_RULE", "MISC",
                          "duplication", "Possible typo: you repeated a word.", [m.group(1)]))
    for m in re.finditer(r"\ba (?=[aeiou])", text):
        # In LanguageTool's source EN_A_VS_AN is category MISC with issue type "misspelling".
        out.append(_match(text, m.start(), 1, "EN_A_VS_AN", "MISC", "misspelling",
                          "Use \u201can\u201d instead of \u201ca\u201d.", ["an"]))
    return sorted(out, key=lambda m: m["offset"])


class FakeLanguageTool:
    """A fake LanguageTool server on 127.0.0.1. ``mode``: ok | slow | error | garbage."""

    def __init__(self, mode: str = "ok", delay: float = 3.0, port: int = 0, lifetime: float = 60.0):
        self.mode = mode
        self.delay = delay
        self.requests: list[tuple[str, str, dict]] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def _send(self, code, body, ctype="application/json"):
                data = body.encode("utf-8")
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                try:
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _route(self, method):
                url = urllib.parse.urlsplit(self.path)
                params = dict(urllib.parse.parse_qsl(url.query))
                if method == "POST":
                    n = int(self.headers.get("Content-Length") or 0)
                    params.update(urllib.parse.parse_qsl(self.rfile.read(n).decode("utf-8"),
                                                         keep_blank_values=True))
                fake.requests.append((method, url.path, params))
                if url.path == "/v2/healthcheck":
                    return self._send(200, "OK", "text/plain")
                if fake.mode == "slow":
                    time.sleep(fake.delay)
                if fake.mode == "error":
                    return self._send(500, "Error: internal error", "text/plain")
                if fake.mode == "garbage":
                    return self._send(200, "<html>not json</html>", "text/html")
                if url.path == "/v2/languages" and method == "GET":
                    return self._send(200, json.dumps(LANGUAGES))
                if url.path == "/v2/check" and method == "POST":
                    lang = params.get("language", "")
                    codes = {x["code"] for x in LANGUAGES} | {x["longCode"] for x in LANGUAGES}
                    if lang not in codes and lang != "auto":
                        return self._send(400, f"Error: '{lang}' is not a language code known to "
                                               "LanguageTool.", "text/plain")
                    text = params.get("text", "")
                    return self._send(200, json.dumps({
                        "software": {"name": "LanguageTool", "version": "6.6", "apiVersion": 1},
                        "language": {"name": "English (US)", "code": lang},
                        "matches": fake_check(text),
                    }))
                return self._send(404, "Not found", "text/plain")

            def do_GET(self):
                self._route("GET")

            def do_POST(self):
                self._route("POST")

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.1},
                                        daemon=True)
        self._killer = threading.Timer(lifetime, self.stop)  # stops by itself
        self._killer.daemon = True

    def start(self) -> "FakeLanguageTool":
        self._thread.start()
        self._killer.start()
        return self

    def stop(self) -> None:
        self._killer.cancel()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def fake():
    server = FakeLanguageTool().start()
    yield server
    server.stop()


def free_port_with_nothing_listening() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


# --------------------------------------------------------------------------
# configuration

def test_unconfigured_is_unavailable_in_one_line_without_network(monkeypatch):
    calls = []

    def refuse(*a, **k):
        calls.append(a)
        raise OSError("network blocked")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    with pytest.raises(BackendUnavailable) as exc:
        get_backend("languagetool")
    msg = str(exc.value)
    assert "\n" not in msg
    assert "not configured" in msg and "never downloads" in msg
    with pytest.raises(BackendUnavailable):
        get_backend("languagetool", server_url=None, local_path=None, timeout=5.0, language="en-US")
    # Configuring a server opens nothing either: only check() talks to it.
    get_backend("languagetool", server_url="http://languagetool.example:8081", timeout=5.0)
    # And the offline backend, with everything the engine might pass, stays offline.
    b = get_backend("offline", server_url=None, local_path=None, timeout=5.0, language="en-US")
    assert [f.rule for f in b.check("A poition.", [(0, 10)], Vocabulary())] == ["misspelling"]
    assert calls == []


def test_unconfigured_does_not_import_language_tool_python():
    code = textwrap.dedent(
        """
        import sys
        from etiquette_lint.proofread import get_backend, BackendUnavailable
        try:
            get_backend("languagetool")
        except BackendUnavailable as e:
            print("unavailable:", e)
        get_backend("languagetool", server_url="http://127.0.0.1:9/")
        print("imported:", "language_tool_python" in sys.modules, "requests" in sys.modules)
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={"PYTHONPATH": SRC, "PATH": "/usr/bin:/bin"}, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "unavailable: LanguageTool is not configured" in out.stdout
    assert "imported: False" in out.stdout


@pytest.mark.parametrize("options,needle", [
    ({"server_url": "ftp://example.org"}, "not an http"),
    ({"server_url": "localhost:8081"}, "not an http"),
    ({"server_url": "http://127.0.0.1:8081", "timeout": 0}, "positive"),
    ({"server_url": "http://127.0.0.1:8081", "timeout": "soon"}, "number"),
    ({"server_url": "http://127.0.0.1:8081", "language": "English please"}, "tag"),
    ({"local_path": "/nonexistent/LanguageTool-6.6"}, "not a directory"),
])
def test_bad_configuration_is_reported_in_one_line(options, needle):
    with pytest.raises(BackendUnavailable) as exc:
        get_backend("languagetool", **options)
    assert needle in str(exc.value) and "\n" not in str(exc.value)


def test_local_path_without_jar_is_unavailable(tmp_path):
    with pytest.raises(BackendUnavailable, match="languagetool-server.jar"):
        get_backend("languagetool", local_path=str(tmp_path))


def test_local_path_without_java_is_unavailable(tmp_path, monkeypatch):
    (tmp_path / "languagetool-server.jar").write_bytes(b"")
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    with pytest.raises(BackendUnavailable, match="Java"):
        get_backend("languagetool", local_path=str(tmp_path))


def test_config_file_key_spellings_are_accepted(fake):
    b = get_backend("languagetool", **{"languagetool-url": fake.url, "timeout": 5, "language": "en-US"})
    assert isinstance(b, LanguageToolBackend) and b.server_url == fake.url


# --------------------------------------------------------------------------
# checking against the fake server

def test_matches_are_mapped_to_findings(fake):
    b = get_backend("languagetool", server_url=fake.url, timeout=5.0, language="en-US")
    text = "Subject: Hello\n\nThank you for the poition. It was a interview to remember, the the best.\n"
    start = text.index("Thank")
    end = text.index("\n", start)
    found = b.check(text, [(start, end)], Vocabulary())
    got = [(f.rule, f.category, text[f.start:f.end], f.suggestions) for f in found]
    assert got == [
        ("LT:MORFOLOGIK_RULE_EN_US", "spelling", "poition", ("position", "portion", "potion")),
        ("LT:EN_A_VS_AN", "grammar", "a", ("an",)),
        ("LT:ENGLISH_WORD_REPEAT_RULE", "grammar", "the the", ("the",)),
    ]
    assert found[0].message == "Possible spelling mistake found."
    # The language and text were sent as LanguageTool's API expects.
    checks = [p for m, path, p in fake.requests if path == "/v2/check"]
    assert checks[-1]["language"] == "en-US"
    assert checks[-1]["text"] == text[start:end]
    assert any(path == "/v2/languages" for _, path, _ in fake.requests)


def test_several_regions_one_request_offsets_into_text(fake):
    b = get_backend("languagetool", server_url=fake.url + "/v2/", timeout=5.0)
    text = "Hi there, poition\n> quoted poition\nrecieve the the call"
    r1 = (0, text.index("\n"))
    r2 = (text.index("recieve"), len(text))
    found = b.check(text, [r1, r2], Vocabulary())
    assert [text[f.start:f.end] for f in found] == ["poition", "recieve", "the the"]
    assert sum(1 for _, path, _ in fake.requests if path == "/v2/check") == 1
    for f in found:
        assert any(s <= f.start and f.end <= e for s, e in (r1, r2))


def test_offsets_survive_astral_characters(fake):
    b = get_backend("languagetool", server_url=fake.url, timeout=5.0)
    text = "Thanks \U0001F600\U0001F389 for the poition \U0001F44D and the the call"
    found = b.check(text, [(0, len(text))], Vocabulary())
    assert [text[f.start:f.end] for f in found] == ["poition", "the the"]


def test_vocabulary_filters_spelling_matches(fake):
    b = get_backend("languagetool", server_url=fake.url, timeout=5.0)
    text = "I enjoyed Zylotech and Kubernetes; the poition suits me."
    vocab = Vocabulary.from_facts(["Zylotech"], reject=["suits"])
    found = b.check(text, [(0, len(text))], vocab)
    # Zylotech (facts) and Kubernetes (built-in vocabulary) are dropped; reject applies locally.
    assert [(f.rule, text[f.start:f.end]) for f in found] == [
        ("LT:MORFOLOGIK_RULE_EN_US", "poition"), ("rejected-term", "suits")]


def test_language_option_is_sent_and_validated(fake):
    b = get_backend("languagetool", server_url=fake.url, timeout=5.0, language="en-GB")
    b.check("A poition.", [(0, 10)], Vocabulary())
    assert [p["language"] for _, path, p in fake.requests if path == "/v2/check"] == ["en-GB"]
    b2 = get_backend("languagetool", server_url=fake.url, timeout=5.0, language="xx-YY")
    with pytest.raises(BackendUnavailable, match="does not support language 'xx-YY'"):
        b2.check("A poition.", [(0, 10)], Vocabulary())


def test_empty_input_sends_nothing(fake):
    b = get_backend("languagetool", server_url=fake.url)
    assert b.check("", [(0, 3)], Vocabulary()) == []
    assert b.check("text", [], Vocabulary()) == []
    assert fake.requests == []


@pytest.fixture(scope="module")
def shared_fake():
    server = FakeLanguageTool(lifetime=300.0).start()
    yield server
    server.stop()


_TEXTS = st.text(st.sampled_from(list("ab poitnhe\n.,'\u2019-") + ["\U0001F600", "\u00e9", "\u4e2d"]),
                 max_size=120).map(lambda t: t.replace("ab", "poition").replace("he", "the the "))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXTS, data=st.data())
def test_mapping_never_raises_and_stays_in_regions(shared_fake, text, data):
    n = len(text)
    regions = data.draw(st.lists(st.tuples(st.integers(-3, n + 3), st.integers(-3, n + 3)), max_size=3))
    b = LanguageToolBackend(server_url=shared_fake.url, timeout=5.0)
    found = b.check(text, regions, Vocabulary())
    valid = [(max(0, s), min(n, e)) for s, e in regions if max(0, s) < min(n, e)]
    for f in found:
        assert 0 <= f.start < f.end <= n
        assert any(s <= f.start and f.end <= e for s, e in valid)
        assert f.category in ("spelling", "grammar")
        if f.rule == "LT:MORFOLOGIK_RULE_EN_US":
            assert text[f.start:f.end] == "poition"


# --------------------------------------------------------------------------
# a server that is down, slow or broken

def test_down_server_raises_quickly_in_one_line():
    url = f"http://127.0.0.1:{free_port_with_nothing_listening()}"
    b = get_backend("languagetool", server_url=url, timeout=5.0)
    t = time.monotonic()
    with pytest.raises(BackendUnavailable) as exc:
        b.check("A poition.", [(0, 10)], Vocabulary())
    assert time.monotonic() - t < 2.0
    msg = str(exc.value)
    assert msg.startswith(f"LanguageTool server at {url}/ did not answer within 5 s")
    assert "\n" not in msg


def test_slow_server_times_out_at_the_configured_timeout():
    server = FakeLanguageTool(mode="slow", delay=3.0).start()
    try:
        b = get_backend("languagetool", server_url=server.url, timeout=0.5)
        t = time.monotonic()
        with pytest.raises(BackendUnavailable) as exc:
            b.check("A poition.", [(0, 10)], Vocabulary())
        elapsed = time.monotonic() - t
        assert elapsed < 2.0, elapsed
        assert "did not answer within 0.5 s" in str(exc.value)
        assert "\n" not in str(exc.value)
    finally:
        server.stop()


@pytest.mark.parametrize("mode,needle", [("error", "HTTP 500"), ("garbage", "not JSON")])
def test_broken_server_is_unavailable(mode, needle):
    server = FakeLanguageTool(mode=mode).start()
    try:
        b = get_backend("languagetool", server_url=server.url, timeout=2.0)
        with pytest.raises(BackendUnavailable, match=needle):
            b.check("A poition.", [(0, 10)], Vocabulary())
    finally:
        server.stop()


def test_remote_server_needs_no_language_tool_python(fake, monkeypatch):
    # Even with the GPL extra absent, a configured server works (plain urllib).
    monkeypatch.setitem(sys.modules, "language_tool_python", None)
    b = get_backend("languagetool", server_url=fake.url)
    found = b.check("A poition.", [(0, 10)], Vocabulary())
    assert [f.rule for f in found] == ["LT:MORFOLOGIK_RULE_EN_US"]


# --------------------------------------------------------------------------
# a local install, through language-tool-python, never downloading

def _fake_install(tmp_path: Path) -> tuple[Path, Path]:
    install = tmp_path / "opt" / "my-languagetool"
    install.mkdir(parents=True)
    (install / "languagetool-server.jar").write_bytes(b"")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    java = bin_dir / "java"
    java.write_text(textwrap.dedent(f"""\
        #!/bin/sh
        # A stand-in for java: answers -version, and serves the fake LanguageTool
        # for "java -cp languagetool-server.jar org.languagetool.server.HTTPServer -p PORT".
        if [ "$1" = "-version" ]; then
            echo 'openjdk version "17.0.15" 2025-04-15' >&2
            exit 0
        fi
        port=""
        while [ $# -gt 0 ]; do
            if [ "$1" = "-p" ] || [ "$1" = "--port" ]; then port="$2"; fi
            shift
        done
        exec "{sys.executable}" "{Path(__file__).resolve()}" --serve-port "$port"
        """))
    java.chmod(java.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return install, bin_dir


def _loopback_only(monkeypatch, attempts):
    real_connect = socket.socket.connect
    real_getaddrinfo = socket.getaddrinfo

    def connect(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if host not in ("127.0.0.1", "::1", "localhost"):
            attempts.append(address)
            raise OSError(f"blocked non-loopback connection to {address!r}")
        return real_connect(self, address)

    def getaddrinfo(host, *a, **k):
        if host not in ("127.0.0.1", "::1", "localhost"):
            attempts.append(host)
            raise OSError(f"blocked name lookup of {host!r}")
        return real_getaddrinfo(host, *a, **k)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


def _no_sockets(monkeypatch, attempts):
    """Every connection (even to loopback), datagram and name lookup is recorded and refused.
    (Creating a socket object is allowed: urllib3, imported by spaCy, probes IPv6 support
    at import time by binding one to ::1, which sends nothing.)"""
    def refuse(kind):
        def blocked(*args, **kwargs):
            attempts.append((kind, args[1:] if kind in ("connect", "connect_ex", "sendto") else args))
            raise OSError(f"blocked {kind}: no network in this test")
        return blocked

    for name in ("connect", "connect_ex", "sendto", "sendmsg"):
        monkeypatch.setattr(socket.socket, name, refuse(name))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, refuse(name))


def test_without_the_extra_nothing_is_downloaded_started_or_connected(tmp_path, monkeypatch):
    """Runs whether or not language-tool-python is installed: as if it were not. The local
    install is refused with the install hint, before any socket, process or download."""
    install, bin_dir = _fake_install(tmp_path)
    started = tmp_path / "java-was-started"
    java = bin_dir / "java"
    java.write_text(java.read_text().replace("#!/bin/sh\n", f"#!/bin/sh\ntouch '{started}'\n", 1))
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setitem(sys.modules, "language_tool_python", None)
    attempts: list = []
    _no_sockets(monkeypatch, attempts)
    b = get_backend("languagetool", local_path=str(install), timeout=5.0)
    with pytest.raises(BackendUnavailable, match=r"etiquette-lint\[languagetool\]"):
        b.check("A poition.", [(0, 10)], Vocabulary())
    assert attempts == []
    assert not started.exists()
    assert not (tmp_path / "home").exists() or not any((tmp_path / "home").rglob("*"))


def test_the_offline_checks_open_no_socket(monkeypatch):
    """The default pipeline (offline spelling and grammar, the models, every rule) lints a
    draft with every socket and name lookup refused, and finds the misspelling."""
    from etiquette_lint import Linter

    attempts: list = []
    _no_sockets(monkeypatch, attempts)
    report = Linter().lint("Dear Ms. Lee,\n\nThank you for discussing the Support Engineer poition with me "
                           "on Tuesday. I enjoyed hearing about ticket triage at Initech.\n\nBest regards,\nSam",
                           kind="thank_you")
    assert attempts == []
    assert any(d.category == "spelling" and "poition" in report.text[d.start:d.end] for d in report.diagnostics)


def test_local_install_starts_through_language_tool_python_without_download(tmp_path, monkeypatch):
    pytest.importorskip("language_tool_python", reason="the GPL extra is not installed (see the test above)")
    install, bin_dir = _fake_install(tmp_path)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # language-tool-python's cache dir
    monkeypatch.delenv("LTP_PATH", raising=False)
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    attempts: list = []
    _loopback_only(monkeypatch, attempts)
    b = get_backend("languagetool", local_path=str(install), timeout=5.0)
    try:
        found = b.check("Thank you for the poition.", [(0, 26)], Vocabulary())
        assert [(f.rule, f.suggestions[0]) for f in found] == [("LT:MORFOLOGIK_RULE_EN_US", "position")]
        assert b.server_url is None and b._base.startswith("http://127.0.0.1:")
        holder = b._holder
        assert holder and os.path.islink(os.path.join(holder, os.listdir(holder)[0]))
    finally:
        b.close()
    assert not os.path.exists(holder)  # the temporary symlink folder is removed
    assert attempts == []  # nothing but loopback: no download was attempted
    assert not (tmp_path / "home" / ".cache" / "language_tool_python").exists() or not any(
        p.suffix == ".zip" for p in (tmp_path / "home" / ".cache" / "language_tool_python").rglob("*"))
    # Our temporary environment variables are restored.
    assert "LTP_JAR_DIR_PATH" not in os.environ and "LTP_PATH" not in os.environ


def test_local_install_without_the_extra_says_how_to_install(tmp_path, monkeypatch):
    install, bin_dir = _fake_install(tmp_path)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.setitem(sys.modules, "language_tool_python", None)  # as if not installed
    b = get_backend("languagetool", local_path=str(install))
    with pytest.raises(BackendUnavailable) as exc:
        b.check("A poition.", [(0, 10)], Vocabulary())
    assert "pip install 'etiquette-lint[languagetool]'" in str(exc.value)
    assert "\n" not in str(exc.value)


def test_local_install_that_fails_to_start_is_unavailable_quickly(tmp_path, monkeypatch):
    install = tmp_path / "LanguageTool-6.6"
    install.mkdir()
    (install / "languagetool-server.jar").write_bytes(b"")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    java = bin_dir / "java"
    java.write_text("#!/bin/sh\nif [ \"$1\" = \"-version\" ]; then echo 'openjdk version \"17.0.2\"' >&2; "
                    "exit 0; fi\necho 'Error: broken jar' >&2\nexit 1\n")
    java.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    attempts: list = []
    _loopback_only(monkeypatch, attempts)
    b = get_backend("languagetool", local_path=str(install), timeout=5.0)
    t = time.monotonic()
    with pytest.raises(BackendUnavailable) as exc:
        b.check("A poition.", [(0, 10)], Vocabulary())
    assert time.monotonic() - t < 10.0  # one attempt, no hunt through hundreds of ports
    assert "\n" not in str(exc.value)
    if importlib.util.find_spec("language_tool_python") is None:
        assert "etiquette-lint[languagetool]" in str(exc.value)
    else:
        assert "did not start" in str(exc.value)
    assert attempts == []


# --------------------------------------------------------------------------

def _serve_forever(port: int) -> None:
    server = FakeLanguageTool(port=port, lifetime=120.0)
    server._killer.start()
    try:
        server.server.serve_forever(poll_interval=0.1)
    finally:
        server.server.server_close()


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--serve-port":
        _serve_forever(int(sys.argv[2]))
