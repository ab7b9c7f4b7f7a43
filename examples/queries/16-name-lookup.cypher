// Find an actor by name
//
// Question: Which entities have a name or an alias containing some text (case-insensitive)?
// Note: Ladybug: a parameter inside any(x IN ... WHERE ...) fails, so it is bound with WITH first.
// param q = "kim"
// ordered by: id

WITH toLower($q) AS q
MATCH (e:Entity)
WHERE toLower(e.name) CONTAINS q OR any(x IN e.aliases WHERE toLower(x) CONTAINS q)
RETURN e.id AS id, e.kind AS kind, e.name AS name
ORDER BY id
