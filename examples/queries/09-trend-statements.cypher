// Trend statements of a state
//
// Question: What did the articles say about the state of a state's relations, with whom, when, and
//   on how many articles' word?
// Note: Undated statements come first: coalesce(earliest, '') in Cypher, unbound-first in SPARQL.
// param state = "PRK"
// ordered by: earliest, id

MATCH (r:Relation)-[:SUBJECT|OBJECT]->(s:Entity {id: $state})
MATCH (r)-[:SUBJECT|OBJECT]->(o:Entity)
WHERE r.type = 'trend' AND o.id <> $state
RETURN r.earliest AS earliest, r.edtf AS edtf, o.id AS other, r.polarity AS polarity,
       r.label AS label, r.n_articles AS articles, r.id AS id
ORDER BY coalesce(earliest, ''), id
