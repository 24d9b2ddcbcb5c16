-- The tidy table of a collection and the views the example queries read (docs/collection-analysis.md).
-- Variables, set before this file is read:
--   tidy_csv        the tidy CSV exported from /collection (or written by scripts/collection-tidy-csv.mjs)
--   unit_codes_csv  a CSV with columns assessment_id,unit_code (the ministry's own unit codes; a file with only
--                   the header row when there are none: every unit is then matched by its name)
-- e.g.  SET VARIABLE tidy_csv = 'tidy.csv'; SET VARIABLE unit_codes_csv = 'unit-codes.csv';

-- The numbers typed, the texts kept as texts whatever the first rows hold (an answer code such as 2026-03-02 or
-- 87.5 is not a date or a number in every row). DuckDB skips the UTF-8 byte-order mark by itself.
CREATE OR REPLACE VIEW tidy AS
SELECT *
FROM read_csv(
  getvariable('tidy_csv'),
  header = true,
  types = {
    'unit_name': 'VARCHAR', 'unit_type': 'VARCHAR', 'province_id': 'VARCHAR', 'commune_name': 'VARCHAR',
    'unit_code': 'VARCHAR', 'period_year': 'INTEGER', 'period_part': 'VARCHAR', 'assessment_id': 'VARCHAR', 'content_version': 'VARCHAR',
    'section_id': 'VARCHAR', 'question_id': 'VARCHAR', 'question_type': 'VARCHAR', 'status': 'VARCHAR',
    'answer_code': 'VARCHAR', 'answer_text': 'VARCHAR', 'weight': 'INTEGER', 'earned': 'DOUBLE',
    'points': 'DOUBLE', 'note': 'VARCHAR'
  }
);

-- The published section weights of content 2.0.0 (src/questionnaire/content/*-section.ts, docs/methodology.md §2);
-- they are not in the tidy table.
CREATE OR REPLACE TABLE section_weights AS
SELECT * FROM (VALUES
  ('services', 25), ('signatures', 14), ('monitoring', 10), ('security', 20), ('data', 18), ('capacity', 13)
) AS t(section_id, section_weight);

CREATE OR REPLACE TABLE unit_codes AS
SELECT assessment_id, unit_code
FROM read_csv(getvariable('unit_codes_csv'), header = true,
              columns = {'assessment_id': 'VARCHAR', 'unit_code': 'VARCHAR'});

-- One row per assessment × section: the section's score as the app computes it (src/scoring/score-assessment.ts):
-- the weighted mean of what the counted questions earned (`earned` is empty for the others), × 100, one decimal.
-- NULL when nothing in the section can be scored yet.
CREATE OR REPLACE VIEW section_scores AS
SELECT
  assessment_id, section_id,
  round(100 * sum(points) / nullif(sum(weight) FILTER (WHERE earned IS NOT NULL), 0), 1) AS score,
  count(*) FILTER (WHERE status = 'unanswered') AS unanswered
FROM tidy
GROUP BY assessment_id, section_id;

-- One row per assessment: who and when, and the overall score (the weighted mean of the sections that have a
-- score, with the section weights, one decimal). The grade's caps for critical gaps are not applied here.
-- unit_key: the ministry's unit code when it has one for this assessment, otherwise the unit's name folded
-- (NFC, lower case, no tone marks, đ → d, punctuation as spaces), with its unit type and province, as the app's
-- trend view does (src/collection/compare/trend.ts, src/collection/roster/unit-name.ts).
CREATE OR REPLACE VIEW assessments AS
WITH units AS (
  SELECT DISTINCT assessment_id, unit_name, unit_type, province_id, period_year, period_part, content_version
  FROM tidy
),
answered AS (
  SELECT assessment_id, count(*) AS questions, count(*) FILTER (WHERE status <> 'unanswered') AS answered
  FROM tidy GROUP BY assessment_id
),
overall AS (
  SELECT s.assessment_id,
         round(sum(s.score * w.section_weight) / nullif(sum(w.section_weight) FILTER (WHERE s.score IS NOT NULL), 0), 1)
           AS overall
  FROM section_scores s JOIN section_weights w USING (section_id)
  GROUP BY s.assessment_id
)
SELECT
  u.*,
  coalesce(
    'code:' || c.unit_code,
    'name:' || trim(regexp_replace(
      replace(strip_accents(lower(nfc_normalize(u.unit_name))), 'đ', 'd'), '[\p{P}\p{S}\s]+', ' ', 'g'))
      || '|' || u.unit_type || '|' || u.province_id
  ) AS unit_key,
  c.unit_code IS NOT NULL AS matched_by_code,
  -- Orders periods as the app does (src/collection/compare/period.ts): by the month they end, then shortest first.
  u.period_year * 10000
    + CASE u.period_part WHEN 'q1' THEN 3 WHEN 'q2' THEN 6 WHEN 'h1' THEN 6 WHEN 'q3' THEN 9 ELSE 12 END * 100
    + CASE u.period_part WHEN 'year' THEN 12 WHEN 'h1' THEN 6 WHEN 'h2' THEN 6 ELSE 3 END AS period_key,
  a.questions, a.answered,
  o.overall
FROM units u
JOIN answered a USING (assessment_id)
JOIN overall o USING (assessment_id)
LEFT JOIN unit_codes c USING (assessment_id);

-- A year's collection: each unit's latest assessment of each year (the longest period among those ending last;
-- two assessments of one period: the one with more answers, then the lower id, so the choice is repeatable).
CREATE OR REPLACE VIEW latest_in_year AS
SELECT * EXCLUDE (pick)
FROM (
  SELECT *, row_number() OVER (
    PARTITION BY unit_key, period_year ORDER BY period_key DESC, answered DESC, assessment_id
  ) AS pick
  FROM assessments
)
WHERE pick = 1;
