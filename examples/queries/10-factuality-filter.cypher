// Events of one factuality
//
// Question: Which events are, by their latest report, of a given factuality (negated: called off
//   or denied; planned; possible; occurred)?
// param factuality = "negated"
// ordered by: earliest, id

MATCH (e:Event)
WHERE e.factuality = $factuality
OPTIONAL MATCH (e)-[:SOURCE]->(s:Entity)
OPTIONAL MATCH (e)-[:TARGET]->(t:Entity)
RETURN coalesce(e.earliest, '') AS earliest, e.edtf AS edtf, s.name AS source, t.name AS target,
       e.cameo_name AS what, e.n_articles AS articles, e.id AS id
ORDER BY earliest, id
