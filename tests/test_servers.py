"""Smoke tests of the real servers and of headless Chromium that the other tests rely on."""

from __future__ import annotations

import uuid
from pathlib import Path

import neo4j
import pytest

from servers import render_dom, sparql_select, sparql_update


def test_neo4j_answers_with_the_env_credentials(neo4j_driver) -> None:
    records, _, _ = neo4j_driver.execute_query("RETURN 1 AS one")
    assert [r["one"] for r in records] == [1]
    records, _, _ = neo4j_driver.execute_query("CALL dbms.components() YIELD versions, edition")
    assert records[0]["edition"] == "community"
    assert records[0]["versions"][0].startswith("5.")


def test_neo4j_writes_and_reads_back(neo4j_driver) -> None:
    key = f"smoke-{uuid.uuid4()}"
    try:
        neo4j_driver.execute_query("CREATE (:SmokeTest {key: $key, n: 41})", key=key)
        records, _, _ = neo4j_driver.execute_query(
            "MATCH (s:SmokeTest {key: $key}) RETURN s.n + 1 AS n", key=key
        )
        assert [r["n"] for r in records] == [42]
    finally:
        neo4j_driver.execute_query("MATCH (s:SmokeTest {key: $key}) DELETE s", key=key)


def test_neo4j_rejects_a_wrong_password(neo4j_settings) -> None:
    wrong = (neo4j_settings.username, neo4j_settings.password + "-wrong")
    with neo4j.GraphDatabase.driver(neo4j_settings.uri, auth=wrong) as driver, pytest.raises(
        neo4j.exceptions.AuthError
    ):
        driver.verify_connectivity()


def test_oxigraph_update_then_select(sparql_endpoint) -> None:
    subject = f"urn:uuid:{uuid.uuid4()}"
    sparql_update(
        sparql_endpoint,
        f'INSERT DATA {{ <{subject}> <http://www.w3.org/2000/01/rdf-schema#label> "Pyongyang"@en }}',
    )
    try:
        rows = sparql_select(
            sparql_endpoint,
            f"SELECT ?label WHERE {{ <{subject}> <http://www.w3.org/2000/01/rdf-schema#label> ?label }}",
        )
        assert rows == [{"label": "Pyongyang"}]
    finally:
        sparql_update(sparql_endpoint, f"DELETE WHERE {{ <{subject}> ?p ?o }}")
    assert sparql_select(sparql_endpoint, f"SELECT ?p WHERE {{ <{subject}> ?p ?o }}") == []


def test_chromium_runs_the_page_scripts(chromium, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        """<!doctype html><html><body>
<p id="now">not computed</p><p id="later">not yet</p>
<script>
  let fib = [0, 1];
  for (let i = 2; i <= 20; i++) fib.push(fib[i - 1] + fib[i - 2]);
  document.getElementById("now").textContent = "fib20=" + fib[20];
  setTimeout(() => { document.getElementById("later").textContent = "timer fired"; }, 1500);
</script></body></html>""",
        encoding="utf-8",
    )
    dom = render_dom(page, budget_ms=3000, chromium=chromium)
    assert '<p id="now">fib20=6765</p>' in dom
    assert '<p id="later">timer fired</p>' in dom  # the virtual time budget ran the timer
