// A two-hop neighbourhood
//
// Question: Who is within two event-hops of an actor: its counterparts (1) and their counterparts
//   (2)?
// Note: Cypher: the two rings, the second without the first (NOT EXISTS), expanded from the
//   distinct first-ring actors (a path-by-path expansion through a state with thousands of
//   events did not end on Neo4j); SPARQL: each actor at its smallest distance (MIN), the same
//   answer (a NOT EXISTS inside a UNION branch is slow in Oxigraph).
// param start = "person:xi-jinping"

MATCH (a:Entity {id: $start})<-[:SOURCE|TARGET]-(:Event)-[:SOURCE|TARGET]->(n:Entity)
WHERE n.id <> $start
RETURN DISTINCT n.id AS id, n.name AS name, 1 AS hops
UNION
MATCH (a:Entity {id: $start})<-[:SOURCE|TARGET]-(:Event)-[:SOURCE|TARGET]->(m:Entity)
WITH DISTINCT m
MATCH (m)<-[:SOURCE|TARGET]-(:Event)-[:SOURCE|TARGET]->(n:Entity)
WITH DISTINCT n
WHERE n.id <> $start
  AND NOT EXISTS { MATCH (:Entity {id: $start})<-[:SOURCE|TARGET]-(:Event)-[:SOURCE|TARGET]->(n) }
RETURN n.id AS id, n.name AS name, 2 AS hops
