-- (1a) Ranking by province: the average overall and section scores of each province's units in one year (each
-- unit's latest assessment of the year), best first. Variable: this_year.
WITH units AS (SELECT * FROM latest_in_year WHERE period_year = getvariable('this_year')),
sections AS (
  SELECT u.province_id, s.section_id, avg(s.score) AS score
  FROM units u JOIN section_scores s USING (assessment_id)
  GROUP BY ALL
)
SELECT
  rank() OVER (ORDER BY avg(u.overall) DESC) AS rank,
  u.province_id,
  count(*) AS units,
  round(avg(u.overall), 1) AS overall,
  round(any_value(p.services), 1) AS services,
  round(any_value(p.signatures), 1) AS signatures,
  round(any_value(p.monitoring), 1) AS monitoring,
  round(any_value(p.security), 1) AS security,
  round(any_value(p.data), 1) AS data,
  round(any_value(p.capacity), 1) AS capacity
FROM units u
JOIN (PIVOT sections ON section_id IN ('services', 'signatures', 'monitoring', 'security', 'data', 'capacity')
      USING any_value(score) GROUP BY province_id) p USING (province_id)
GROUP BY u.province_id
ORDER BY rank, u.province_id;
