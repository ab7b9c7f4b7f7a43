"""Helpers for tests that use the real servers and headless Chromium.

scripts/servers starts Neo4j and Oxigraph and writes their addresses to an env file;
scripts/test sources it before pytest. Tests get the addresses through the fixtures in
conftest.py and import these helpers as ``from servers import render_dom`` (pytest puts the
tests folder on sys.path).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import urllib.parse
import urllib.request
from pathlib import Path

# Headless, and nothing that talks to the network or depends on the machine's state:
# no sandbox (we run as root in CI, where Chromium's sandbox refuses to start), no GPU,
# no background updates, sync, first-run pages or QUIC probes.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
)


def find_chromium() -> str | None:
    """Return the Chromium executable: $DIPLOGRAPH_CHROMIUM, else `chromium` on PATH, else None."""
    return os.environ.get("DIPLOGRAPH_CHROMIUM") or shutil.which("chromium")


def _as_url(path_or_url: str | os.PathLike[str]) -> str:
    text = os.fspath(path_or_url)
    if urllib.parse.urlsplit(text).scheme in ("http", "https", "file", "data", "about"):
        return text
    path = Path(text).resolve()
    if not path.exists():
        raise FileNotFoundError(f"render_dom: no such file: {path}")
    return path.as_uri()


def render_dom(
    path_or_url: str | os.PathLike[str], budget_ms: int = 5000, chromium: str | None = None
) -> str:
    """Load a page in headless Chromium and return its DOM after its scripts ran.

    ``budget_ms`` is Chromium's virtual time budget: timers and network idle time up to that
    many (virtual) milliseconds run before the DOM is dumped. Each call uses a fresh profile.
    Raises RuntimeError with Chromium's stderr when it fails.
    """
    exe = chromium or find_chromium()
    if exe is None:
        raise RuntimeError("render_dom: chromium not found (scripts/test installs it)")
    url = _as_url(path_or_url)
    with tempfile.TemporaryDirectory(prefix="diplograph-chromium-") as profile:
        cmd = [
            exe,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            f"--virtual-time-budget={budget_ms}",
            "--dump-dom",
            url,
        ]
        proc = subprocess.run(
            cmd, capture_output=True, text=True, timeout=60 + budget_ms / 1000, stdin=subprocess.DEVNULL
        )
    if proc.returncode != 0 or not proc.stdout.strip():
        tail = "\n".join(proc.stderr.strip().splitlines()[-15:])
        raise RuntimeError(f"render_dom: chromium exited {proc.returncode} on {url}:\n{tail}")
    return proc.stdout


def sparql_update(endpoint: str, update: str, timeout: float = 30) -> None:
    """Run a SPARQL UPDATE on an Oxigraph server whose base URL is ``endpoint``."""
    req = urllib.request.Request(
        endpoint.rstrip("/") + "/update",
        data=update.encode("utf-8"),
        headers={"Content-Type": "application/sparql-update"},
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        resp.read()


def sparql_select(endpoint: str, query: str, timeout: float = 30) -> list[dict[str, str]]:
    """Run a SPARQL SELECT on an Oxigraph server; return its rows as {variable: value}."""
    req = urllib.request.Request(
        endpoint.rstrip("/") + "/query",
        data=urllib.parse.urlencode({"query": query}).encode("utf-8"),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/sparql-results+json",
        },
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        results = json.load(resp)
    return [{k: v["value"] for k, v in row.items()} for row in results["results"]["bindings"]]
