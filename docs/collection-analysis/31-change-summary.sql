-- (3b) Change since last year, in summary: how many units were matched and how, and the mean change overall and by
-- section, apart for pairs of the same content version and pairs across a content upgrade. Variable: this_year.
WITH now AS (SELECT * FROM latest_in_year WHERE period_year = getvariable('this_year')),
before AS (SELECT * FROM latest_in_year WHERE period_year = getvariable('this_year') - 1),
pairs AS (
  SELECT n.unit_key, n.matched_by_code, n.assessment_id AS now_id, b.assessment_id AS before_id,
         b.content_version <> n.content_version AS content_changed,
         b.period_part = n.period_part AS same_part,
         n.overall - b.overall AS overall_change
  FROM now n JOIN before b USING (unit_key)
),
sections AS (
  SELECT p.content_changed, sn.section_id, avg(sn.score - sb.score) AS change
  FROM pairs p
  JOIN section_scores sn ON sn.assessment_id = p.now_id
  JOIN section_scores sb ON sb.assessment_id = p.before_id AND sb.section_id = sn.section_id
  GROUP BY ALL
)
SELECT
  p.content_changed,
  count(*) AS units,
  count(*) FILTER (WHERE p.matched_by_code) AS by_code,
  count(*) FILTER (WHERE NOT p.matched_by_code) AS by_name,
  count(*) FILTER (WHERE p.same_part) AS same_part,
  round(avg(p.overall_change), 1) AS overall,
  round(any_value(s.services), 1) AS services, round(any_value(s.signatures), 1) AS signatures,
  round(any_value(s.monitoring), 1) AS monitoring, round(any_value(s.security), 1) AS security,
  round(any_value(s.data), 1) AS data, round(any_value(s.capacity), 1) AS capacity
FROM pairs p
JOIN (PIVOT sections ON section_id IN ('services', 'signatures', 'monitoring', 'security', 'data', 'capacity')
      USING any_value(change) GROUP BY content_changed) s USING (content_changed)
GROUP BY p.content_changed
ORDER BY p.content_changed;
