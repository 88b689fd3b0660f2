-- The district's own time zone (its dataset's planning.timeZone): every local time of the district is read in it,
-- the nightly trigger fires in it and the pages show it. Existing districts take it from their newest dataset.
ALTER TABLE district ADD COLUMN time_zone TEXT;

UPDATE district d
SET time_zone = coalesce(
        (SELECT v.document -> 'planning' ->> 'timeZone'
         FROM dataset_version v
         WHERE v.district_id = d.id
         ORDER BY v.version DESC
         LIMIT 1),
        'Asia/Shanghai');

ALTER TABLE district ALTER COLUMN time_zone SET NOT NULL;
