// A shortest path
//
// Question: How many event-hops separate two actors (1: an event links them; 2: through one
//   counterpart; 3; null: farther or not at all)?
// Note: Neither Ladybug nor plain SPARQL has shortestPath: the distance is found level by level,
//   up to 3, from the sets of each end's counterparts (a path-by-path EXISTS did not end on
//   Ladybug when the ends' counterparts are busy states).
// param from = "person:xi-jinping"
// param to = "person:donald-trump"

MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
OPTIONAL MATCH (a)<-[:SOURCE|TARGET]-(:Event)-[:SOURCE|TARGET]->(x:Entity)
WITH b, collect(DISTINCT x.id) AS near_a
OPTIONAL MATCH (b)<-[:SOURCE|TARGET]-(:Event)-[:SOURCE|TARGET]->(y:Entity)
WITH b, near_a, collect(DISTINCT y.id) AS near_b
OPTIONAL MATCH (m:Entity) WHERE m.id IN near_a AND m.id IN near_b
WITH b, near_a, near_b, count(m) AS common
RETURN CASE
  WHEN b.id IN near_a THEN 1
  WHEN common > 0 THEN 2
  WHEN EXISTS { MATCH (x:Entity)<-[:SOURCE|TARGET]-(:Event)-[:SOURCE|TARGET]->(y:Entity)
                WHERE x.id IN near_a AND y.id IN near_b } THEN 3
END AS hops
