// Events per month
//
// Question: How many events involving a state (as the source's or the target's state) are dated to
//   each month, and how cooperative were they on average (Goldstein)? Only events dated to the day
//   or the month.
// param state = "PRK"
// ordered by: month

MATCH (e:Event)
WHERE (e.source_state = $state OR e.target_state = $state) AND e.precision IN ['day', 'month']
RETURN left(e.earliest, 7) AS month, count(*) AS events, avg(e.goldstein) AS mean_goldstein
ORDER BY month
