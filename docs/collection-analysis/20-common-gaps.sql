-- (2) The most common gaps: per question, the share of the units it applies to that fail it in one year. A unit
-- fails a scored question when its answer earned less than full points ("don't know" earns 0 and counts), as in
-- the app's "most common gaps" (src/collection/compare/common-gaps.ts); unanswered and "not applicable" are
-- counted apart, never as failures. Variable: this_year.
SELECT
  t.section_id, t.question_id,
  count(*) AS applicable,
  count(*) FILTER (WHERE t.earned < 1) AS failing,
  round(100.0 * count(*) FILTER (WHERE t.earned < 1) / count(*), 1) AS failing_pct,
  count(*) FILTER (WHERE t.status = 'dont-know') AS dont_know,
  count(*) FILTER (WHERE t.status = 'unanswered') AS unanswered,
  count(*) FILTER (WHERE t.status = 'not-applicable') AS not_applicable
FROM tidy t
JOIN latest_in_year u USING (assessment_id)
WHERE u.period_year = getvariable('this_year') AND t.weight > 0
GROUP BY ALL
HAVING failing > 0
ORDER BY failing / applicable DESC, failing DESC, t.question_id
LIMIT 15;
