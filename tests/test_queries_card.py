"""Entity cards: names, offices, counterparts, latest events."""

from __future__ import annotations

import json

from queries_data import load_query_store

import diplograph
from diplograph.queries.render import render


def test_person_card(tmp_path):
    load_query_store(tmp_path / "kg.db").close()
    with diplograph.open_graph(tmp_path / "kg.db") as g:
        c = g.show("Kim Jong-un")
        assert (c.id, c.kind, c.state, c.state_name, c.in_store) == \
            ("person:kim-jong-un", "person", "PRK", "North Korea", True)
        assert {"Kim", "Kim Jong Un", "Kim Jung-un"} <= set(c.aliases)  # store and gazetteer
        store_role = [o for o in c.offices if o.source == "store"]
        assert [(o.title, o.where, o.start) for o in store_role] == [("supreme leader", "North Korea", "2011-12-17")]
        assert store_role[0].evidence[0].article == "q-kim-plans"
        assert c.counterparts[0].id == "person:xi-jinping" and c.counterparts[0].n_events == 2
        assert [e.when for e in c.latest] == ["2018-03-26", "2018-03-26", "2015-05", "2015-05"]
        visit = next(e for e in c.latest if e.cameo == "042" and e.target == "RUS")
        assert visit.factuality == "negated" and visit.article == "q-kim-cancelled" and visit.n_sources == 2
        assert c.n_events == 4 and c.n_articles == 3

        s = g.show("North Korean")
        assert s.kind == "state" and "DPRK" in s.aliases
        # a state's counterparts are states, its persons' events counted for it
        assert [(x.id, x.n_events) for x in s.counterparts] == [("CHN", 5), ("KOR", 1), ("RUS", 1)]

        doc = json.loads(render(c, "json"))
        assert doc["schema"] == "diplograph.card/1" and list(doc) == sorted(doc)


def test_card_of_a_gazetteer_person_not_in_the_store(tmp_path):
    load_query_store(tmp_path / "kg.db", ("01-kim-moscow-plans.json",)).close()
    with diplograph.open_graph(tmp_path / "kg.db") as g:
        c = g.show("Vladimir Putin")
        assert not c.in_store and c.n_events == 0 and c.latest == []
        assert any(o.title == "president" and o.where == "Russia" and o.source == "gazetteer" for o in c.offices)
