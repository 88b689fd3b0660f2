-- Crews work from one route per district and day: at most one PUBLISHED version per district and date, across every
-- plan of that day (the nightly job's and a dispatcher's). A version carries its plan's district and date for the
-- constraint; the composite foreign key keeps them equal to its plan's.
ALTER TABLE plan ADD CONSTRAINT plan_id_district_date UNIQUE (id, district_id, plan_date);
ALTER TABLE plan_version ADD COLUMN district_id TEXT, ADD COLUMN plan_date DATE;
UPDATE plan_version v SET district_id = p.district_id, plan_date = p.plan_date FROM plan p WHERE p.id = v.plan_id;
ALTER TABLE plan_version
    ALTER COLUMN district_id SET NOT NULL,
    ALTER COLUMN plan_date SET NOT NULL,
    ADD CONSTRAINT plan_version_of_its_plans_day FOREIGN KEY (plan_id, district_id, plan_date)
        REFERENCES plan (id, district_id, plan_date);
-- The published version this one replaced when it was published: the crews' page tells them their route changed.
ALTER TABLE plan_version ADD COLUMN supersedes BIGINT REFERENCES plan_version (id);

-- Days published twice before this constraint keep the newest published version; the older ones are superseded.
UPDATE plan_version v SET status = 'SUPERSEDED'
WHERE v.status = 'PUBLISHED'
  AND EXISTS (SELECT 1 FROM plan_version n
              WHERE n.status = 'PUBLISHED' AND n.district_id = v.district_id AND n.plan_date = v.plan_date
                AND (coalesce(n.published_at, n.created_at), n.id) > (coalesce(v.published_at, v.created_at), v.id));

-- What crews reported on the other versions of a day moves along to the published one, for its tasks: the crew page
-- and re-plans read the published version's progress only.
INSERT INTO task_progress (plan_version_id, task_id, vehicle_id, status, actor, at)
SELECT pub.id, p.task_id, p.vehicle_id, p.status, p.actor, p.at
FROM plan_version pub
         JOIN plan_version old
              ON old.district_id = pub.district_id AND old.plan_date = pub.plan_date AND old.id <> pub.id
         JOIN task_progress p ON p.plan_version_id = old.id
WHERE pub.status = 'PUBLISHED'
  AND p.task_id IN (SELECT jsonb_array_elements_text(r.value -> 'taskIds')
                    FROM jsonb_each(pub.assignment -> 'routes') r)
ON CONFLICT DO NOTHING;

CREATE UNIQUE INDEX plan_version_one_published_per_day ON plan_version (district_id, plan_date)
    WHERE status = 'PUBLISHED';

-- The nightly job's plan of a district's day, one at most: a re-fire after a crash continues it instead of adding a
-- second one. Plans made by the nightly job before this migration: the first of each day is its nightly plan.
ALTER TABLE plan ADD COLUMN nightly BOOLEAN NOT NULL DEFAULT false;
UPDATE plan SET nightly = true
WHERE id IN (SELECT min(id) FROM plan WHERE created_by = 'nightly' GROUP BY district_id, plan_date);
CREATE UNIQUE INDEX plan_one_nightly_per_day ON plan (district_id, plan_date) WHERE nightly;
