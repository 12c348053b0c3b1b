"""LanguageTool backend (opt-in). ALL of etiquette-lint's network code lives here.

Two ways to reach a LanguageTool server, and no third:

* ``server_url`` -- a running LanguageTool HTTP server (self-hosted, or a
  service you are allowed to use). Spoken to directly with ``urllib`` over
  LanguageTool's documented HTTP API (``GET /v2/languages``, ``POST /v2/check``),
  with a hard per-check deadline (``timeout``). No extra package is needed.
* ``local_path`` -- a LanguageTool install on disk (the unpacked
  ``LanguageTool-X.Y`` directory with ``languagetool-server.jar``) and Java on
  ``PATH``. The server is started through language-tool-python (the optional,
  GPL-3.0-only extra ``etiquette-lint[languagetool]``), imported lazily, only
  here, and pinned so that it can never download LanguageTool and never hunt
  for ports; the check requests then go through the same HTTP client.

With neither configured the backend is unavailable and says so in one line;
nothing is downloaded and no socket is opened. A server that is down, slow or
answering garbage at check time raises :class:`BackendUnavailable` with one
line ("LanguageTool server at URL did not answer within 5 s: ..."), which the
engine reports as a single warning while every other rule runs.
"""

from __future__ import annotations

import atexit
import ipaddress
import json
import os
import re
import shutil
import socket
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Callable

from . import BackendUnavailable, Finding, Vocabulary
from ._text import clean_regions

DEFAULT_TIMEOUT = 5.0
DEFAULT_LANGUAGE = "en-US"
#: How long a local LanguageTool server may take to start (JVM + rules).
LOCAL_STARTUP_TIMEOUT = 60
_SEPARATOR = "\n\n"
_JARS = ("languagetool-server.jar", "languagetool.jar")
_USER_AGENT = "etiquette-lint (proofread; +https://pypi.org/project/etiquette-lint/)"


def _fmt_seconds(t: float) -> str:
    return f"{t:g} s"


def _one_line(text: Any, limit: int = 160) -> str:
    s = " ".join(str(text).split())
    return s if len(s) <= limit else s[: limit - 1] + "\u2026"


class LanguageToolBackend:
    """Proofreading through a LanguageTool server."""

    name = "languagetool"

    def __init__(self, server_url: str | None = None, local_path: str | None = None,
                 timeout: float = DEFAULT_TIMEOUT, language: str = DEFAULT_LANGUAGE,
                 startup_timeout: float = LOCAL_STARTUP_TIMEOUT):
        self.server_url = server_url
        self.local_path = local_path
        self.timeout = float(timeout)
        self.language = language or DEFAULT_LANGUAGE
        self.startup_timeout = startup_timeout
        self._base: str | None = None  # ".../v2/"
        self._languages_checked = False
        self._local_tool: Any = None
        self._holder: str | None = None  # temporary folder naming the local install for the client
        self._lock = threading.Lock()
        if server_url:
            self._base = _v2_base(server_url)

    # -- construction -----------------------------------------------------
    @classmethod
    def from_options(cls, server_url: str | None = None, local_path: str | None = None,
                     timeout: float | None = DEFAULT_TIMEOUT, language: str | None = None,
                     **options: Any) -> "LanguageToolBackend":
        """Validate the configuration without touching the network.

        Also accepts the configuration-file spellings ``languagetool-url`` /
        ``languagetool_url`` and ``languagetool-path`` / ``languagetool_path``.
        """
        server_url = server_url or options.get("languagetool-url") or options.get("languagetool_url")
        local_path = local_path or options.get("languagetool-path") or options.get("languagetool_path")
        if timeout is None:
            timeout = DEFAULT_TIMEOUT
        try:
            timeout = float(timeout)
        except (TypeError, ValueError):
            raise BackendUnavailable(
                f"LanguageTool timeout must be a number of seconds, not {timeout!r}") from None
        if not timeout > 0:
            raise BackendUnavailable(f"LanguageTool timeout must be positive, not {timeout!r}")
        if not language and options.get("dialect"):
            from ._dialect import languagetool_code, normalize_dialect

            try:
                language = languagetool_code(normalize_dialect(options["dialect"]))
            except ValueError as exc:
                raise BackendUnavailable(str(exc)) from None
        language = language or DEFAULT_LANGUAGE
        if not isinstance(language, str) or not re.fullmatch(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*|auto",
                                                              language):
            raise BackendUnavailable(f"LanguageTool language must be a tag such as 'en-US', not {language!r}")
        if server_url:
            if not isinstance(server_url, str):
                raise BackendUnavailable(f"LanguageTool server URL must be a string, not {server_url!r}")
            parsed = urllib.parse.urlsplit(server_url.strip())
            if parsed.scheme not in ("http", "https") or not parsed.hostname:
                raise BackendUnavailable(
                    f"LanguageTool server URL {server_url!r} is not an http:// or https:// URL")
            return cls(server_url=server_url.strip(), timeout=timeout, language=language)
        if local_path:
            _validate_local(str(local_path))
            return cls(local_path=str(local_path), timeout=timeout, language=language)
        raise BackendUnavailable(
            "LanguageTool is not configured: set [tool.etiquette-lint.proofread] languagetool-url "
            "(a running server) or languagetool-path (a local install); "
            "etiquette-lint never downloads LanguageTool"
        )

    # -- checking ---------------------------------------------------------
    def check(self, text: str, regions: list[tuple[int, int]],
              vocabulary: Vocabulary | None = None) -> list[Finding]:
        """Check the regions in one request. Raises BackendUnavailable when the
        server cannot be reached, is too slow or answers nonsense."""
        if not isinstance(text, str) or not text:
            return []
        spans = clean_regions(text, regions)
        if not spans:
            return []
        with self._lock:
            base = self._ensure_server()  # a local server's start-up has its own limit
            deadline = time.monotonic() + self.timeout
            if not self._languages_checked:
                self._check_language(base, deadline)
                self._languages_checked = True
        # One request: the regions joined by blank lines (separate paragraphs).
        pieces: list[tuple[int, int, int]] = []  # (joined_start, text_start, length)
        joined_parts: list[str] = []
        pos = 0
        for s, e in spans:
            if joined_parts:
                joined_parts.append(_SEPARATOR)
                pos += len(_SEPARATOR)
            pieces.append((pos, s, e - s))
            joined_parts.append(text[s:e])
            pos += e - s
        joined = "".join(joined_parts)
        payload = self._request(base, "check", deadline,
                                data={"language": self.language, "text": joined})
        if not isinstance(payload, dict) or not isinstance(payload.get("matches"), list):
            raise BackendUnavailable(
                f"LanguageTool server at {self._display_url()} sent an unexpected answer to /v2/check")
        return self._map_matches(text, joined, pieces, payload["matches"], vocabulary)

    def close(self) -> None:
        """Stop a local server started by this backend (no-op for a remote one)."""
        tool, self._local_tool = self._local_tool, None
        if tool is not None:
            try:
                tool.close()
            except Exception:
                pass
            self._base = None
        holder, self._holder = self._holder, None
        if holder:
            shutil.rmtree(holder, ignore_errors=True)

    # -- internals --------------------------------------------------------
    def _display_url(self) -> str:
        if self._base:
            return self._base[: -len("v2/")] if self._base.endswith("v2/") else self._base
        return f"local LanguageTool ({self.local_path})"

    def _ensure_server(self) -> str:
        if self._base is None:
            self._base = _v2_base(self._start_local())
        return self._base

    def _start_local(self) -> str:
        """Start the local install through language-tool-python; return its URL."""
        path = os.path.abspath(self.local_path or "")
        _validate_local(path)
        try:
            import language_tool_python as ltp  # GPL-3.0-only optional extra; lazy on purpose
            from language_tool_python import download_lt, utils
        except ImportError:
            raise BackendUnavailable(
                "a local LanguageTool needs language-tool-python: pip install 'etiquette-lint[languagetool]'"
            ) from None

        startup = int(max(1, self.startup_timeout))

        class _PinnedLanguageTool(ltp.LanguageTool):  # type: ignore[misc]
            # One attempt on one port: a broken install must fail now, not after
            # retrying hundreds of ports for minutes.
            def _start_server_on_free_port(self) -> None:
                self._start_local_server()

            def _wait_for_server_ready(self, timeout: int = startup) -> None:
                super()._wait_for_server_ready(timeout=startup)

        version = download_lt.LTP_DOWNLOAD_VERSION
        saved = {k: os.environ.get(k) for k in (utils.LTP_PATH_ENV_VAR, utils.LTP_JAR_DIR_PATH_ENV_VAR)}
        holder = tempfile.mkdtemp(prefix="etiquette-lint-lt-")
        try:
            # language-tool-python looks for "<LTP_PATH>/LanguageTool-<version>"; point that
            # at the user's install, and set LTP_JAR_DIR_PATH, which makes its download()
            # return before fetching anything.
            os.symlink(path, os.path.join(holder, f"LanguageTool-{version}"))
            os.environ[utils.LTP_PATH_ENV_VAR] = holder
            os.environ[utils.LTP_JAR_DIR_PATH_ENV_VAR] = path
            tool = _PinnedLanguageTool(self.language, host="127.0.0.1")
        except BaseException as exc:  # it raises SystemExit on an unparsable `java -version`
            shutil.rmtree(holder, ignore_errors=True)
            if isinstance(exc, KeyboardInterrupt):
                raise
            raise BackendUnavailable(
                f"local LanguageTool at {path} did not start: {_one_line(exc) or type(exc).__name__}"
            ) from None
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
        # The server runs from the symlinked path: keep it until close() or exit.
        self._local_tool = tool
        self._holder = holder
        atexit.register(self.close)
        self._languages_checked = True  # language-tool-python validated it against /v2/languages
        url: str = tool.url
        return url

    def _check_language(self, base: str, deadline: float) -> None:
        langs = self._request(base, "languages", deadline)
        if not isinstance(langs, list):
            raise BackendUnavailable(
                f"LanguageTool server at {self._display_url()} sent an unexpected answer to /v2/languages")
        codes = set()
        for item in langs:
            if isinstance(item, dict):
                for key in ("code", "longCode"):
                    if isinstance(item.get(key), str):
                        codes.add(item[key].lower())
        want = self.language.lower()
        if want != "auto" and want not in codes:
            raise BackendUnavailable(
                f"LanguageTool server at {self._display_url()} does not support language "
                f"{self.language!r}")

    def _request(self, base: str, endpoint: str, deadline: float,
                 data: dict[str, str] | None = None) -> Any:
        url = urllib.parse.urljoin(base, endpoint)
        remaining = deadline - time.monotonic()
        where = self._display_url()
        if remaining <= 0:
            raise BackendUnavailable(
                f"LanguageTool server at {where} did not answer within {_fmt_seconds(self.timeout)}")
        body = urllib.parse.urlencode(data).encode("utf-8") if data is not None else None
        req = urllib.request.Request(url, data=body, method="POST" if body is not None else "GET",
                                     headers={"Accept": "application/json", "User-Agent": _USER_AGENT})
        if body is not None:
            req.add_header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
        opener = _opener_for(url)
        try:
            with opener.open(req, timeout=remaining) as resp:
                raw = _read_until(resp, deadline)
        except urllib.error.HTTPError as exc:
            detail = ""
            try:
                detail = _one_line(exc.read(2000).decode("utf-8", "replace"))
            except Exception:
                pass
            if exc.code >= 500 or exc.code in (408, 429):
                raise BackendUnavailable(
                    f"LanguageTool server at {where} did not answer within {_fmt_seconds(self.timeout)}: "
                    f"HTTP {exc.code}" + (f" {detail}" if detail else "")) from None
            raise BackendUnavailable(
                f"LanguageTool server at {where} refused /v2/{endpoint}: HTTP {exc.code}"
                + (f" {detail}" if detail else "")) from None
        except (socket.timeout, TimeoutError):
            raise BackendUnavailable(
                f"LanguageTool server at {where} did not answer within {_fmt_seconds(self.timeout)}: "
                "timed out") from None
        except (urllib.error.URLError, OSError, ValueError) as exc:
            reason = getattr(exc, "reason", exc)
            raise BackendUnavailable(
                f"LanguageTool server at {where} did not answer within {_fmt_seconds(self.timeout)}: "
                f"{_one_line(reason)}") from None
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise BackendUnavailable(
                f"LanguageTool server at {where} sent an answer to /v2/{endpoint} that is not JSON"
            ) from None

    def _map_matches(self, text: str, joined: str, pieces: list[tuple[int, int, int]],
                     matches: list[Any], vocabulary: Vocabulary | None) -> list[Finding]:
        from .offline import _Terms, _norm  # pure-Python helpers; no dictionary load

        terms = _Terms(vocabulary)
        builtin = _builtin_vocabulary()
        to_index = _utf16_to_index(joined)
        findings: list[Finding] = []
        for m in matches:
            try:
                off16 = int(m["offset"])
                len16 = int(m["length"])
            except (KeyError, TypeError, ValueError):
                continue
            start_j, end_j = to_index(off16), to_index(off16 + len16)
            if start_j is None or end_j is None or end_j < start_j:
                continue
            piece = next((p for p in pieces if p[0] <= start_j and end_j <= p[0] + p[2]), None)
            if piece is None:
                continue  # falls across two regions (or on the separator)
            start = piece[1] + (start_j - piece[0])
            end = piece[1] + (end_j - piece[0])
            rule = m.get("rule") if isinstance(m.get("rule"), dict) else {}
            rule_id = str(rule.get("id") or "UNKNOWN")
            category_id = ""
            if isinstance(rule.get("category"), dict):
                category_id = str(rule["category"].get("id") or "")
            issue = str(rule.get("issueType") or "")
            # TYPOS is LanguageTool's spelling category. issueType alone is not enough:
            # EN_A_VS_AN (category MISC) is also typed "misspelling" in LanguageTool's source.
            spelling = category_id == "TYPOS" or (not category_id and issue == "misspelling")
            covered = text[start:end]
            if spelling and covered:
                low = _norm(covered)
                parts = [p for p in re.split(r"[\s\-]+", low) if p]
                if low in terms.accept or low in builtin or (
                        parts and all(p in terms.accept or p in builtin for p in parts)):
                    continue
            suggestions = []
            for r in m.get("replacements") or ():
                value = r.get("value") if isinstance(r, dict) else None
                if isinstance(value, str) and value not in suggestions:
                    suggestions.append(value)
            message = _one_line(m.get("message") or rule.get("description") or rule_id, 500)
            findings.append(Finding(start, end, "spelling" if spelling else "grammar",
                                    f"LT:{rule_id}", message, tuple(suggestions[:10])))
        # Reject list: applied locally (LanguageTool has no per-request reject list).
        for s, e in clean_regions(text, [(p[1], p[1] + p[2]) for p in pieces]):
            seg = text[s:e]
            for rx in terms.reject_phrases:
                for mm in rx.finditer(seg):
                    findings.append(Finding(s + mm.start(), s + mm.end(), "spelling", "rejected-term",
                                            f"'{mm.group(0)}' is on the vocabulary's reject list.", ()))
            if terms.reject_words:
                for mm in re.finditer(r"(?<![\w'\u2019-])[^\W\d_]+(?![\w'\u2019-])", seg):
                    if _norm(mm.group(0)) in terms.reject_words:
                        findings.append(Finding(s + mm.start(), s + mm.end(), "spelling", "rejected-term",
                                                f"'{mm.group(0)}' is on the vocabulary's reject list.", ()))
        findings.sort(key=lambda f: (f.start, f.end, f.rule))
        return findings


# ---------------------------------------------------------------------------
# helpers

def _v2_base(url: str) -> str:
    """'http://host:8081' / '.../v2' / '.../v2/' -> 'http://host:8081/v2/'."""
    url = url.strip()
    if not url.endswith("/"):
        url += "/"
    if not url.endswith("v2/"):
        url = urllib.parse.urljoin(url, "v2/")
    return url


def _validate_local(path: str) -> None:
    if not os.path.isdir(path):
        raise BackendUnavailable(f"LanguageTool path {path!r} is not a directory")
    if not any(os.path.isfile(os.path.join(path, j)) for j in _JARS):
        raise BackendUnavailable(
            f"LanguageTool path {path!r} has no languagetool-server.jar (point it at the unpacked "
            "LanguageTool-X.Y directory)")
    if shutil.which("java") is None:
        raise BackendUnavailable("a local LanguageTool needs Java (17 or later) on PATH; none was found")


def _is_loopback(url: str) -> bool:
    host = urllib.parse.urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _opener_for(url: str) -> urllib.request.OpenerDirector:
    # Environment proxies apply to remote servers as usual, never to loopback.
    if _is_loopback(url):
        return urllib.request.build_opener(urllib.request.ProxyHandler({}))
    return urllib.request.build_opener()


def _read_until(resp: Any, deadline: float, limit: int = 20_000_000) -> bytes:
    """Read the body, giving up at the deadline even if the server trickles bytes."""
    chunks: list[bytes] = []
    total = 0
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise socket.timeout("timed out while reading the answer")
        try:
            if getattr(resp, "fp", None) is not None and getattr(resp.fp, "raw", None) is not None:
                sock = getattr(resp.fp.raw, "_sock", None)
                if sock is not None:
                    sock.settimeout(remaining)
        except Exception:
            pass
        chunk = resp.read(65536)
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise ValueError("answer too large")
    return b"".join(chunks)


def _utf16_to_index(s: str) -> Callable[[int], int | None]:
    """Map LanguageTool's offsets (Java String = UTF-16 code units) to Python indexes."""
    if s.isascii() or all(ord(c) < 0x10000 for c in s):
        n = len(s)
        return lambda off: off if 0 <= off <= n else None
    table: dict[int, int] = {}
    u = 0
    for i, c in enumerate(s):
        table[u] = i
        u += 2 if ord(c) >= 0x10000 else 1
    table[u] = len(s)
    return table.get


_BUILTIN: frozenset[str] | None = None


def _builtin_vocabulary() -> frozenset[str]:
    global _BUILTIN
    if _BUILTIN is None:
        from ._lexicon import _read_vocabulary, normalize

        _BUILTIN = frozenset(normalize(t) for t in _read_vocabulary())
    return _BUILTIN
