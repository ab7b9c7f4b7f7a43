// Common counterparts
//
// Question: Through whom are two actors connected: the actors that took part in events with both?
// param a = "person:kim-jong-un"
// param b = "person:xi-jinping"
// ordered by: id

MATCH (a:Entity {id: $a})<-[:SOURCE|TARGET]-(:Event)-[:SOURCE|TARGET]->(m:Entity)
WHERE m.id <> $a AND m.id <> $b
WITH DISTINCT m
MATCH (m)<-[:SOURCE|TARGET]-(:Event)-[:SOURCE|TARGET]->(b:Entity {id: $b})
RETURN DISTINCT m.id AS id, m.name AS name
ORDER BY id
