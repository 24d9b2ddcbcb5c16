-- (1b) Ranking within a province: its units from best to worst in one year, with how complete each assessment is.
-- Variables: this_year, province (a province id, e.g. 'ha-noi').
SELECT
  rank() OVER (ORDER BY overall DESC NULLS LAST) AS rank,
  unit_name, unit_type, period_part, overall,
  answered || '/' || questions AS answered
FROM latest_in_year
WHERE period_year = getvariable('this_year') AND province_id = getvariable('province')
ORDER BY rank, unit_name;
