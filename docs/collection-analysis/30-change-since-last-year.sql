-- (3) Change since last year, per unit and section: each unit's latest assessment of this_year against its latest
-- of the year before, matched by unit_key (the ministry's unit code, else the folded name, type and province; see
-- 00-load.sql). same_part: both cover the same part of the year (compare like with like); content_changed: the two
-- were answered on different content versions, so part of the change may come from the content.
-- Variable: this_year. Sorted by the largest fall first.
WITH now AS (SELECT * FROM latest_in_year WHERE period_year = getvariable('this_year')),
before AS (SELECT * FROM latest_in_year WHERE period_year = getvariable('this_year') - 1),
pairs AS (
  SELECT n.unit_key, n.unit_name, n.province_id, n.matched_by_code,
         b.assessment_id AS before_id, n.assessment_id AS now_id,
         b.period_part AS before_part, n.period_part AS now_part,
         b.content_version AS before_content, n.content_version AS now_content,
         b.overall AS before_overall, n.overall AS now_overall
  FROM now n JOIN before b USING (unit_key)
),
by_section AS (
  SELECT p.now_id, sn.section_id, round(sn.score - sb.score, 1) AS change
  FROM pairs p
  JOIN section_scores sn ON sn.assessment_id = p.now_id
  JOIN section_scores sb ON sb.assessment_id = p.before_id AND sb.section_id = sn.section_id
)
SELECT
  p.unit_name, p.province_id,
  CASE WHEN p.matched_by_code THEN 'code' ELSE 'name' END AS matched_by,
  p.before_part = p.now_part AS same_part,
  p.before_content <> p.now_content AS content_changed,
  p.before_overall, p.now_overall,
  round(p.now_overall - p.before_overall, 1) AS overall_change,
  s.services, s.signatures, s.monitoring, s.security, s.data, s.capacity
FROM pairs p
JOIN (PIVOT by_section ON section_id IN ('services', 'signatures', 'monitoring', 'security', 'data', 'capacity')
      USING any_value(change) GROUP BY now_id) s USING (now_id)
ORDER BY overall_change NULLS LAST, p.unit_name;
