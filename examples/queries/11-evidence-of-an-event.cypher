// The evidence of an event
//
// Question: On whose word do we know of an event (given by its source, target and CAMEO code): the
//   articles, their dates, the sentences and offsets, and what each asserted?
// param source = "person:kim-jong-un"
// param target = "RUS"
// param cameo = "042"
// ordered by: published, article, char_start, evidence

MATCH (x:Evidence)-[:SUPPORTS]->(e:Event)-[:SOURCE]->(:Entity {id: $source}),
      (e)-[:TARGET]->(:Entity {id: $target}),
      (x)-[:DERIVED_FROM]->(a:Article)
WHERE e.cameo = $cameo
RETURN e.edtf AS edtf, coalesce(x.published, '') AS published, a.id AS article,
       x.char_start AS char_start, x.char_end AS char_end, x.factuality AS reported,
       x.confidence AS confidence, x.sentence AS sentence, x.id AS evidence
ORDER BY published, article, char_start, evidence
