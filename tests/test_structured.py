"""GDELT and ICEWS import: real samples counted independently, idempotence, retraction, bad rows and files."""

from __future__ import annotations

import csv
import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import main
from diplograph.graph.model import SYMMETRIC_CAMEO
from diplograph.graph.store import Store
from diplograph.ingest.structured import gdelt_actor, icews_actor, import_files, resolve_country


@pytest.fixture(scope="module")
def gdelt_file(shared_dir) -> Path:
    p = shared_dir / "benchmarks" / "gdelt_sample" / "20150218230000.export.CSV"
    if not p.exists():
        pytest.skip(f"{p} is absent")
    return p


@pytest.fixture(scope="module")
def icews_file(shared_dir) -> Path:
    p = shared_dir / "benchmarks" / "icews_sample" / "events.2018.sample.tab"
    if not p.exists():
        pytest.skip(f"{p} is absent")
    return p


def rows_of(path: Path, header: bool = False) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return rows[1:] if header else rows


def gdelt_expected(path: Path) -> dict[str, int]:
    """The counts an import must report, computed with plain csv and the raw codes (no diplograph code)."""
    rows = rows_of(path)
    keys, urls, skipped = set(), set(), 0
    for r in rows:
        a = r[7] or (f"group {r[8]}" if r[8] else None)
        b = r[17] or (f"group {r[18]}" if r[18] else None)
        if a is None and b is None:
            skipped += 1
            continue
        if r[26] in SYMMETRIC_CAMEO and (a or "") > (b or ""):
            a, b = b, a
        keys.add((r[26], a, b, r[1]))
        urls.add(r[60])
    return {"rows": len(rows), "imported": len(keys), "merged": len(rows) - skipped - len(keys),
            "skipped": skipped, "articles": len(urls)}


def icews_expected(path: Path) -> dict[str, int]:
    """Same for ICEWS: an actor is its country when named as it ("Japan", "Citizen (Japan)"), else its name."""
    rows = rows_of(path, header=True)

    def actor(name: str, country: str) -> str | None:
        if name in ("", "NA") or name.startswith(("Unspecified", "Unidentified")):
            return None
        if name == country:
            return country
        if name.endswith(")") and "(" in name:
            return name[name.rindex("(") + 1:-1]
        return name

    keys = set()
    for r in rows:
        a, b = actor(r[2], r[4]), actor(r[8], r[10])
        if r[6] in SYMMETRIC_CAMEO and (a or "") > (b or ""):
            a, b = b, a
        keys.add((r[6], a, b, r[1]))
    return {"rows": len(rows), "imported": len(keys), "merged": len(rows) - len(keys), "skipped": 0,
            "articles": len({r[11] for r in rows})}


def report_counts(r) -> dict[str, int]:
    return {"rows": r.rows, "imported": r.imported, "merged": r.merged, "skipped": r.n_skipped,
            "articles": r.articles}


def test_gdelt_sample_counts_match_an_independent_count(tmp_path, gdelt_file):
    s = Store(tmp_path / "kg.db")
    r = import_files(s, "gdelt", [gdelt_file])
    expected = gdelt_expected(gdelt_file)
    assert report_counts(r) == expected
    assert expected == {"rows": 2271, "imported": 823, "merged": 931, "skipped": 517, "articles": 428}
    assert r.n_rejected == 0 and r.unchanged == 0 and r.ok
    st = s.stats()
    assert st["events"] == r.imported and st["evidence"] == r.imported + r.merged and st["articles"] == r.articles
    # one event from three rows of one article (GDELT repeats an event per mention)
    ev = next(s.iter_events("id IN (SELECT subject FROM evidence WHERE locator = 'GLOBALEVENTID 410412373')"))
    assert (ev.cameo, ev.source, ev.target, ev.when.edtf, ev.goldstein) == ("043", "IRQ", "USA", "2014-02-18", 2.8)
    assert ev.location == "place:chicago-illinois-united-states"
    locs = [x.locator for x in s.evidence(ev.attributes["id"])]
    assert locs == ["GLOBALEVENTID 410412373", "GLOBALEVENTID 410412374", "GLOBALEVENTID 410412375"]
    # regional codes are groups, never states
    assert s.entity("group:europe").kind == "group" and s.entity("EUR") is None
    assert s.integrity_check() == "ok"


def test_icews_sample_counts_match_an_independent_count(tmp_path, icews_file):
    s = Store(tmp_path / "kg.db")
    r = import_files(s, "icews", [icews_file])
    expected = icews_expected(icews_file)
    assert report_counts(r) == expected
    assert expected == {"rows": 3705, "imported": 2070, "merged": 1635, "skipped": 0, "articles": 1876}
    assert r.ok and s.stats()["events"] == 2070
    kim = s.entity("person:kim-jong-un")
    assert (kim.kind, kim.name, kim.state) == ("person", "Kim Jong-Un", "PRK")
    assert "Government" in kim.roles
    # Kim Jong-Un and Moon Jae-in negotiate (046, symmetric, coded in both directions): one event
    both = list(s.iter_events("cameo = '046' AND source IN ('person:kim-jong-un', 'person:moon-jae-in')"
                              " AND target IN ('person:kim-jong-un', 'person:moon-jae-in')"))
    assert len(both) == 1 and both[0].attributes["source_state"] in ("PRK", "KOR")
    assert len(s.evidence(both[0].attributes["id"])) >= 2
    # sector agents are their state; IGOs organisations
    assert s.entity("org:european-union").kind == "organization"
    assert not [e for e in s.iter_entities("person") if "(" in e.name]


def test_importing_twice_changes_nothing(tmp_path, gdelt_file, icews_file):
    db = str(tmp_path / "kg.db")
    run = CliRunner().invoke
    out1 = tmp_path / "first.json"
    out2 = tmp_path / "second.json"
    for dataset, f in (("gdelt", gdelt_file), ("icews", icews_file)):
        assert run(main, ["--db", db, "import", dataset, str(f)]).exit_code == 0
    stats1 = Store(db).stats()
    assert run(main, ["--db", db, "export", "--format", "json", "-o", str(out1)]).exit_code == 0
    again = {}
    for dataset, f in (("gdelt", gdelt_file), ("icews", icews_file)):
        r = run(main, ["--db", db, "import", dataset, str(f), "--json"])
        assert r.exit_code == 0, r.output
        again[dataset] = json.loads(r.stdout)
    assert (again["gdelt"]["imported"], again["gdelt"]["merged"], again["gdelt"]["unchanged"]) == (0, 0, 1754)
    assert (again["icews"]["imported"], again["icews"]["merged"], again["icews"]["unchanged"]) == (0, 0, 3705)
    assert Store(db).stats() == stats1
    assert run(main, ["--db", db, "export", "--format", "json", "-o", str(out2)]).exit_code == 0
    assert hashlib.sha256(out1.read_bytes()).hexdigest() == hashlib.sha256(out2.read_bytes()).hexdigest()


def test_retracting_one_gdelt_article(tmp_path, gdelt_file):
    s = Store(tmp_path / "kg.db")
    import_files(s, "gdelt", [gdelt_file])
    # an article that alone supports some events and shares others
    aid = s.conn.execute(
        "SELECT e.article_id FROM evidence e JOIN events v ON v.id = e.subject GROUP BY e.article_id"
        " HAVING SUM(v.n_articles = 1) > 0 AND SUM(v.n_articles > 1) > 0 ORDER BY e.article_id LIMIT 1"
    ).fetchone()[0]
    mine = {r[0]: r[1] for r in s.conn.execute(
        "SELECT DISTINCT v.id, v.n_articles FROM evidence e JOIN events v ON v.id = e.subject"
        " WHERE e.article_id = ?", (aid,))}
    alone = {k for k, n in mine.items() if n == 1}
    shared = {k: n for k, n in mine.items() if n > 1}
    others = {k: sorted((x.article_id, x.locator) for x in s.evidence(k) if x.article_id != aid) for k in shared}
    before = s.stats()["events"]

    r = CliRunner().invoke(main, ["--db", str(s.path), "retract", aid])
    assert r.exit_code == 0, r.output
    s2 = Store(s.path)
    assert s2.stats()["events"] == before - len(alone)
    assert all(s2.event(k) is None for k in alone)
    for k, n in shared.items():
        ev = s2.event(k)
        assert ev is not None and ev.attributes["n_articles"] == n - 1
        assert sorted((x.article_id, x.locator) for x in ev.evidence) == others[k]
    assert s2.article(aid) is None


def test_actor_resolution():
    assert resolve_country("Russian Federation") == "RUS" and resolve_country("Bahamas, The") == "BHS"
    assert resolve_country("Côte d'Ivoire") == resolve_country("Cote d'Ivoire") == "CIV"
    assert gdelt_actor("ROM", "", "ROMANIA").id == "ROU"  # CAMEO's exception to ISO3
    assert gdelt_actor("WST", "", "WESTERN").id == "group:the-west"
    assert gdelt_actor("SAS", "", "").kind == "group"
    assert gdelt_actor("HKG", "", "").id == "place:hong-kong"
    assert gdelt_actor("", "UNO", "UNITED NATIONS").id == "org:united-nations"
    assert gdelt_actor("", "", "POLICE") is None
    assert icews_actor("Citizen (Japan)", "General Population / Civilian / Social", "Japan").id == "JPN"
    assert icews_actor("Ministry (European Union)", "Government", "NA").id == "org:european-union"
    assert icews_actor("Unspecified Actor", "Unspecified", "NA") is None
    assert icews_actor("Southeast Asia", "NA", "NA").id == "group:southeast-asia"
    assert icews_actor("Sergey Viktorovich Lavrov", "Government,Foreign Ministry", "Russian Federation").state \
        == "RUS"


# ----------------------------------------------------------------------------- bad input through the CLI


def _import(tmp_path, dataset, *files, db="kg.db"):
    return CliRunner().invoke(main, ["--db", str(tmp_path / db), "import", dataset, *map(str, files)])


def test_bad_rows_are_rejected_with_their_lines_and_the_rest_is_stored(tmp_path, gdelt_file):
    lines = gdelt_file.read_bytes().splitlines(keepends=True)[:12]
    bad = list(lines)
    bad[1] = b"\t".join(bad[1].split(b"\t")[:60]) + b"\n"               # line 2: 60 columns
    bad[3] = bad[3].replace(b"\t20140218\t", b"\t20141318\t", 1)         # line 4: bad SQLDATE
    cols = bad[5].split(b"\t")
    cols[26] = b"999"
    bad[5] = b"\t".join(cols)                                            # line 6: unknown CAMEO code
    bad.insert(7, b"\n")                                                 # line 8: empty line inside
    bad[9] = bad[9].replace(b"\t", b"\t\xff", 1)                         # line 10: invalid UTF-8
    f = tmp_path / "bad.CSV"
    f.write_bytes(b"".join(bad))
    r = _import(tmp_path, "gdelt", f)
    assert r.exit_code == 1
    assert f"{f}:2: wrong column count: expected 61 tab-separated columns, found 60" in r.stderr
    assert f"{f}:4: bad date: SQLDATE '20141318'" in r.stderr
    assert f"{f}:6: unknown CAMEO code: '999'" in r.stderr
    assert f"{f}:8: empty line" in r.stderr
    assert f"{f}:10: invalid UTF-8" in r.stderr
    assert "Traceback" not in r.output
    s = Store(tmp_path / "kg.db")
    good = [ln for i, ln in enumerate(lines) if i not in (1, 3, 5, 8)]  # line 10 of the file is line 9 of the sample
    stored = {x[0] for x in s.conn.execute("SELECT locator FROM evidence")}
    cols_of_good = [ln.decode("utf-8").split("\t") for ln in good]
    expected = {"GLOBALEVENTID " + c[0] for c in cols_of_good if c[7] or c[8] or c[17] or c[18]}
    assert stored == expected and stored


def test_bad_files_exit_nonzero_and_valid_files_beside_them_are_stored(tmp_path, gdelt_file):
    empty = tmp_path / "empty.CSV"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.CSV"
    binary.write_bytes(bytes(range(256)) * 40)
    zipped = tmp_path / "20150218230000.export.CSV.zip"
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(gdelt_file, gdelt_file.name)
    truncated = tmp_path / "truncated.CSV.zip"
    truncated.write_bytes(zipped.read_bytes()[: zipped.stat().st_size // 2])
    corrupt = tmp_path / "corrupt.CSV.zip"  # intact directory, damaged data: decodes to rows, fails its CRC
    data = bytearray(zipped.read_bytes())
    for i in range(len(data) // 2, len(data) // 2 + 64):
        data[i] ^= 0xFF
    corrupt.write_bytes(bytes(data))
    latin1 = tmp_path / "latin1.CSV"
    latin1.write_bytes(gdelt_file.read_bytes()[:20000].rsplit(b"\n", 1)[0].replace(b"Waterkloof", b"Wat\xe9rkloof")
                       + b"\n")

    for f, message in ((empty, "empty file"), (binary, "binary file"), (truncated, "truncated or corrupt zip"),
                       (corrupt, "truncated or corrupt zip archive (Bad CRC-32")):
        r = _import(tmp_path, "gdelt", f, db=f"{f.name}.db")
        assert r.exit_code == 1, r.output
        assert f"error: {f}: {message}" in r.stderr
        assert Store(tmp_path / f"{f.name}.db").stats()["evidence"] == 0
    r = _import(tmp_path, "gdelt", latin1, db="latin1.db")
    assert r.exit_code == 1 and f"{latin1}:1: invalid UTF-8" in r.stderr
    assert Store(tmp_path / "latin1.db").stats()["evidence"] > 0  # the valid lines beside it

    # a good zip between bad files: exit 1, and the good file fully stored
    r = _import(tmp_path, "gdelt", empty, zipped, truncated, db="mixed.db")
    assert r.exit_code == 1
    assert Store(tmp_path / "mixed.db").stats()["evidence"] == 1754


def test_icews_wrong_header_and_short_rows(tmp_path, icews_file):
    lines = icews_file.read_text(encoding="utf-8").splitlines(keepends=True)
    no_header = tmp_path / "noheader.tab"
    no_header.write_text("\t".join(f"col{i}" for i in range(20)) + "\n" + "".join(lines[1:5]), encoding="utf-8")
    r = _import(tmp_path, "icews", no_header, db="a.db")
    assert r.exit_code == 1 and "not the ICEWS header" in r.stderr
    short = tmp_path / "short.tab"
    short.write_text(lines[0] + lines[1] + "\t".join(lines[2].split("\t")[:19]) + "\n" + lines[3],
                     encoding="utf-8")
    r = _import(tmp_path, "icews", short, db="b.db")
    assert r.exit_code == 1
    assert f"{short}:3: wrong column count: expected 20 tab-separated columns, found 19" in r.stderr
    assert Store(tmp_path / "b.db").stats()["evidence"] == 2
