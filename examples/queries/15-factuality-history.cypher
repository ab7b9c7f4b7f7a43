// How reports changed an event
//
// Question: Which events were reported with different factualities over time (planned, then called
//   off ...), report by report?
// ordered by: id, published, article, evidence

MATCH (x:Evidence)-[:SUPPORTS]->(e:Event)
WITH e, count(DISTINCT x.factuality) AS kinds
WHERE kinds > 1
MATCH (x:Evidence)-[:SUPPORTS]->(e), (x)-[:DERIVED_FROM]->(a:Article)
RETURN e.id AS id, e.cameo_name AS what, e.factuality AS now, coalesce(x.published, '') AS published,
       a.id AS article, x.factuality AS reported, x.id AS evidence
ORDER BY id, published, article, evidence
