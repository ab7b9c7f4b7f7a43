// Who met whom
//
// Question: Which pairs of actors of one kind consulted or met (CAMEO root 04, reported as
//   occurred), how often, first and last?
// param kind = "person"
// ordered by: events, source, target

MATCH (s:Entity)<-[:SOURCE]-(e:Event)-[:TARGET]->(t:Entity)
WHERE e.cameo_root = '04' AND e.factuality = 'occurred' AND s.kind = $kind AND t.kind = $kind
RETURN s.id AS source, t.id AS target, count(*) AS events,
       min(e.earliest) AS first, max(e.latest) AS last
ORDER BY events DESC, source, target
