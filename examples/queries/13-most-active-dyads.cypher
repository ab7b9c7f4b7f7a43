// The most active dyads
//
// Question: Which ordered pairs of different states have the most events, and how cooperative are
//   they on average? The top 10.
// ordered by: events, source_state, target_state

MATCH (e:Event)
WHERE e.source_state IS NOT NULL AND e.target_state IS NOT NULL AND e.source_state <> e.target_state
RETURN e.source_state AS source_state, e.target_state AS target_state, count(*) AS events,
       avg(e.goldstein) AS mean_goldstein
ORDER BY events DESC, source_state, target_state
LIMIT 10
