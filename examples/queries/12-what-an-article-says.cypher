// What an article says
//
// Question: Which events does one article report, what did it say of each, and what do we believe
//   now?
// param article = "kim-moscow-plans-2015"
// ordered by: char_start, id

MATCH (a:Article {id: $article})<-[:DERIVED_FROM]-(x:Evidence)-[:SUPPORTS]->(e:Event)
OPTIONAL MATCH (e)-[:SOURCE]->(s:Entity)
OPTIONAL MATCH (e)-[:TARGET]->(t:Entity)
RETURN x.char_start AS char_start, e.cameo AS cameo, s.id AS source, t.id AS target,
       x.factuality AS reported, e.factuality AS now, e.id AS id
ORDER BY char_start, id
