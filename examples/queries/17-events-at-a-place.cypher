// Events at a place
//
// Question: What happened (or was planned) at a place?
// param place = "place:moscow"
// ordered by: id

MATCH (e:Event)-[:LOCATION]->(:Entity {id: $place})
OPTIONAL MATCH (e)-[:SOURCE]->(s:Entity)
OPTIONAL MATCH (e)-[:TARGET]->(t:Entity)
RETURN e.id AS id, e.edtf AS edtf, s.name AS source, t.name AS target, e.cameo_name AS what,
       e.factuality AS factuality
ORDER BY id
