// Events in a time window
//
// Question: Which events fall wholly inside a window of dates (their EDTF bounds), with who did
//   what to whom?
// param from = "2015-01-01"
// param to = "2015-12-31"
// ordered by: earliest, id

MATCH (e:Event)
WHERE e.earliest >= $from AND e.latest <= $to
OPTIONAL MATCH (e)-[:SOURCE]->(s:Entity)
OPTIONAL MATCH (e)-[:TARGET]->(t:Entity)
RETURN e.earliest AS earliest, e.latest AS latest, s.id AS source, t.id AS target,
       e.cameo_name AS what, e.factuality AS factuality, e.id AS id
ORDER BY earliest, id
