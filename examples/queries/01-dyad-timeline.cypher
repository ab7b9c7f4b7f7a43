// The timeline of a dyad
//
// Question: Every dated event between two states, in either direction (by the states of the
//   actors), in time order.
// param a = "PRK"
// param b = "RUS"
// ordered by: earliest, id

MATCH (e:Event)
WHERE e.earliest IS NOT NULL
  AND ((e.source_state = $a AND e.target_state = $b) OR (e.source_state = $b AND e.target_state = $a))
RETURN e.earliest AS earliest, e.edtf AS edtf, e.source_state AS source_state,
       e.target_state AS target_state, e.cameo AS cameo, e.cameo_name AS what,
       e.factuality AS factuality, e.id AS id
ORDER BY earliest, id
