// A shortest path
//
// Question: How many event-hops separate two actors (1: an event links them; 2: through one
//   counterpart; 3; null: farther or not at all)?
// Note: Neither Ladybug nor plain SPARQL has shortestPath: the distance is found level by level,
//   up to 3.
// param from = "person:xi-jinping"
// param to = "person:donald-trump"

MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
RETURN CASE
  WHEN EXISTS { MATCH (a)<-[:SOURCE|TARGET]-(:Event)-[:SOURCE|TARGET]->(b) } THEN 1
  WHEN EXISTS { MATCH (a)<-[:SOURCE|TARGET]-(:Event)-[:SOURCE|TARGET]->(:Entity)
                      <-[:SOURCE|TARGET]-(:Event)-[:SOURCE|TARGET]->(b) } THEN 2
  WHEN EXISTS { MATCH (a)<-[:SOURCE|TARGET]-(:Event)-[:SOURCE|TARGET]->(:Entity)
                      <-[:SOURCE|TARGET]-(:Event)-[:SOURCE|TARGET]->(:Entity)
                      <-[:SOURCE|TARGET]-(:Event)-[:SOURCE|TARGET]->(b) } THEN 3
END AS hops
