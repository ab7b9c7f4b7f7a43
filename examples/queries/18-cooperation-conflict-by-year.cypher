// Cooperation and conflict by year
//
// Question: For a dyad of states (either direction), how many events of each quad class (1 verbal
//   cooperation ... 4 material conflict) per year, and their total Goldstein value?
// param a = "USA"
// param b = "PRK"
// ordered by: year, quad_class

MATCH (e:Event)
WHERE e.earliest IS NOT NULL
  AND ((e.source_state = $a AND e.target_state = $b) OR (e.source_state = $b AND e.target_state = $a))
RETURN left(e.earliest, 4) AS year, e.quad_class AS quad_class, count(*) AS events,
       sum(e.goldstein) AS goldstein
ORDER BY year, quad_class
