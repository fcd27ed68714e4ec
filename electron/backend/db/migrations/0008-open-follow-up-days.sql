-- Today's counts at 100k (issue 7): how many open follow-ups fall due on each local date, kept
-- by the follow_ups triggers below in the same statement as every write, so no write path (the
-- engine, snooze, skip, merge, import, undo-import, delete, a restore's migration) can forget it.
-- Today's bucket counts sum a range of dates (~2,000 rows at 100k) instead of walking ~70,000
-- overdue entries of follow_ups_agenda after every write. Dates, not buckets: the day rolling
-- over at midnight changes which dates are overdue, not the counts per date. People in the trash
-- are taken away at read time from the (few) trashed contacts (follow-ups-repo.ts). A date with
-- none open has no row, so the table is exactly `SELECT due_date, count(*) … GROUP BY due_date`
-- (an undone import or a removed sample book leaves it as it was).
-- Coordinator: this branch's migration; renumber at merge if needed (independent of the others).
CREATE TABLE follow_up_open_days (
  due_date  TEXT PRIMARY KEY NOT NULL,
  n         INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO follow_up_open_days (due_date, n)
  SELECT due_date, count(*) FROM follow_ups WHERE status = 'open' GROUP BY due_date;

CREATE TRIGGER follow_ups_open_days_insert AFTER INSERT ON follow_ups WHEN NEW.status = 'open'
BEGIN
  INSERT INTO follow_up_open_days (due_date, n) VALUES (NEW.due_date, 1)
    ON CONFLICT (due_date) DO UPDATE SET n = n + 1;
END;

-- Also fired by ON DELETE CASCADE from contacts (a purge) and deals.
CREATE TRIGGER follow_ups_open_days_delete AFTER DELETE ON follow_ups WHEN OLD.status = 'open'
BEGIN
  UPDATE follow_up_open_days SET n = n - 1 WHERE due_date = OLD.due_date;
  DELETE FROM follow_up_open_days WHERE due_date = OLD.due_date AND n = 0;
END;

-- Opened, closed (done, skipped), or moved to another date while open (snooze, reschedule).
CREATE TRIGGER follow_ups_open_days_update AFTER UPDATE OF status, due_date ON follow_ups
  WHEN (OLD.status = 'open') <> (NEW.status = 'open') OR (NEW.status = 'open' AND OLD.due_date <> NEW.due_date)
BEGIN
  UPDATE follow_up_open_days SET n = n - 1 WHERE OLD.status = 'open' AND due_date = OLD.due_date;
  DELETE FROM follow_up_open_days WHERE OLD.status = 'open' AND due_date = OLD.due_date AND n = 0;
  INSERT INTO follow_up_open_days (due_date, n) SELECT NEW.due_date, 1 WHERE NEW.status = 'open'
    ON CONFLICT (due_date) DO UPDATE SET n = n + 1;
END;
