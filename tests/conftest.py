"""Shared pytest fixtures: the real servers, Chromium, the reference data, a temporary store.

The servers are real: scripts/test starts them (scripts/servers) and exports their addresses.
A test that needs one and finds its variable unset FAILS, with the command that starts them;
it is skipped only when DIPLOGRAPH_NO_SERVERS=1 says so explicitly.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from servers import find_chromium

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = REPO_ROOT.parent / "shared"
START_HINT = "start the servers: scripts/servers start && . .servers/env"

# Fixture name -> the marker (declared in pyproject.toml) given to the tests that use it,
# so that e.g. `pytest -m "not neo4j"` works without each test repeating the marker.
_FIXTURE_MARKERS = {
    "neo4j_settings": "neo4j",
    "neo4j_driver": "neo4j",
    "sparql_endpoint": "sparql_server",
    "chromium": "browser",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the tests that use a server fixture with that server's marker."""
    for item in items:
        for fixture, marker in _FIXTURE_MARKERS.items():
            if fixture in getattr(item, "fixturenames", ()):
                item.add_marker(marker)


def _no_servers_or_fail(what: str) -> None:
    """Skip when DIPLOGRAPH_NO_SERVERS=1 is set, else fail saying how to start the servers."""
    if os.environ.get("DIPLOGRAPH_NO_SERVERS") == "1":
        pytest.skip(f"{what}, and DIPLOGRAPH_NO_SERVERS=1")
    pytest.fail(f"{what}: {START_HINT}", pytrace=False)


def _env(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        _no_servers_or_fail(f"{name} is unset")
    return value


@dataclass(frozen=True)
class Neo4jSettings:
    """Where the Neo4j server is and how to log in (the password is kept out of repr)."""

    uri: str
    username: str
    password: str = field(repr=False)

    @property
    def auth(self) -> tuple[str, str]:
        """(username, password), as the neo4j driver's ``auth`` argument takes it."""
        return (self.username, self.password)


@pytest.fixture(scope="session")
def neo4j_settings() -> Neo4jSettings:
    """NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD of the running Neo4j server."""
    uri = _env("NEO4J_URI")
    return Neo4jSettings(uri, os.environ.get("NEO4J_USERNAME", "neo4j"), _env("NEO4J_PASSWORD"))


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_settings: Neo4jSettings) -> Iterator[object]:
    """An official neo4j driver for the server, shared by the session; do not close it.

    Tests clean up their own data (use labels or keys of their own).
    """
    import neo4j

    driver = neo4j.GraphDatabase.driver(neo4j_settings.uri, auth=neo4j_settings.auth)
    try:
        driver.verify_connectivity()
        yield driver
    finally:
        driver.close()


@pytest.fixture(scope="session")
def sparql_endpoint() -> str:
    """Base URL of the Oxigraph SPARQL server (DIPLOGRAPH_SPARQL_ENDPOINT).

    Queries go to <base>/query, updates to <base>/update, the Graph Store Protocol to
    <base>/store.
    """
    return _env("DIPLOGRAPH_SPARQL_ENDPOINT").rstrip("/")


@pytest.fixture(scope="session")
def chromium() -> str:
    """Path of the headless Chromium executable ($DIPLOGRAPH_CHROMIUM or `chromium` on PATH)."""
    exe = find_chromium()
    if exe is None:
        _no_servers_or_fail("chromium is not installed (scripts/test installs it)")
    return exe


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The read-only reference data beside the repository (../shared)."""
    if not SHARED_DIR.is_dir():
        pytest.skip("../shared is absent (reference data lives outside the repository)")
    return SHARED_DIR


@pytest.fixture
def tmp_store(tmp_path: Path) -> Path:
    """A path for a fresh SQLite store (the file does not exist yet)."""
    return tmp_path / "kg.db"
