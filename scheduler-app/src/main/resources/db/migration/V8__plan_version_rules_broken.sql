-- How many rules a version's plan breaks, stored when the version is saved: the version list shows it for every
-- version and would otherwise read each version's whole report to count them. NULL for a plan stored before its
-- rules were reported. Written so that running it again only fills what is missing.
ALTER TABLE plan_version ADD COLUMN IF NOT EXISTS rules_broken INT;

UPDATE plan_version v
SET rules_broken = (SELECT count(*) FROM jsonb_array_elements(v.report -> 'rules') rule
                    WHERE (rule ->> 'broken')::boolean)
WHERE v.rules_broken IS NULL
  AND jsonb_typeof(v.report -> 'rules') = 'array';
