-- (4) The JSON files read directly, without the app: one row per file × assessment × answer (docs/file-format.md),
-- here the answers to one question by the content version each file was answered on. Raw files are as the units'
-- devices wrote them: not upgraded (content 1.1.0 question ids and answers stay as they were), texts possibly NFD,
-- not scored, and an assessment sent twice is counted twice. Variables: json_glob, question_id.
WITH entries AS (
  SELECT f.exportedAt AS exported_at, unnest(f.assessments) AS e
  FROM read_json(getvariable('json_glob'), union_by_name = true, maximum_object_size = 33554432) f
),
answers AS (
  SELECT e.assessment.id AS assessment_id,
         e.assessment.questionnaireVersion AS content_version,
         nfc_normalize(e.assessment.profile.unitName) AS unit_name,
         e.assessment.profile.periodYear AS period_year,
         unnest(e.answers) AS a
  FROM entries
)
SELECT
  content_version,
  period_year,
  coalesce(a.response.value.choice, a.response.kind, '(no response)') AS answer,
  count(*) AS answers,
  count(DISTINCT assessment_id) AS assessments
FROM answers
WHERE a.questionId = getvariable('question_id')
GROUP BY ALL
ORDER BY content_version, period_year, answers DESC;
