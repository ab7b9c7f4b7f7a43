// The persons of a state
//
// Question: Which entities of a kind (persons by default) belong to a state, and in how many
//   events does each take part?
// param state = "PRK"
// param kind = "person"
// ordered by: id

MATCH (p:Entity)
WHERE p.kind = $kind AND p.state = $state
RETURN p.id AS id, p.name AS name, COUNT { MATCH (p)<-[:SOURCE|TARGET]-(:Event) } AS events
ORDER BY id
