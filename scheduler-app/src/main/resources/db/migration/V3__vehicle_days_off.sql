-- Days a vehicle or crew does not work (maintenance, leave, on loan to another district): the day's problem leaves
-- it out. The district's data versions describe the fleet; this says who is there on a given day.
CREATE TABLE vehicle_day_off (
    district_id TEXT        NOT NULL REFERENCES district (id),
    vehicle_id  TEXT        NOT NULL,
    day         DATE        NOT NULL,
    reason      TEXT        NOT NULL,
    created_by  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (district_id, vehicle_id, day)
);

-- A street's passes done by crews, looked up by district and day when the next days' due streets are worked out.
CREATE INDEX task_progress_done ON task_progress (task_id) WHERE status = 'DONE';
