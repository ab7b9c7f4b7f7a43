// Corroborated events
//
// Question: Which events are reported by at least a given number of articles (counted through the
//   evidence, beside the stored count)?
// Note: SPARQL: ?min is bound before grouping, so it is grouped by to be seen in HAVING.
// param min = 2
// ordered by: articles, id

MATCH (x:Evidence)-[:SUPPORTS]->(e:Event), (x)-[:DERIVED_FROM]->(a:Article)
WITH e, count(DISTINCT a.id) AS articles
WHERE articles >= $min
RETURN e.id AS id, e.cameo_name AS what, e.edtf AS edtf, e.n_articles AS n_articles, articles
ORDER BY articles DESC, id
