-- Speed at 100k (issue 7): indexes that only cost writes. Coordinator: this branch's migration;
-- renumber at merge if needed (it only drops an index, so it is independent of the others' order).

-- follow_ups_open (due_date, due_at) WHERE status = 'open' is a prefix of follow_ups_agenda
-- (due_date, due_at, contact_id, id, kind, reason) WHERE status = 'open' (0003): every query it
-- answered, the agenda index answers too (the Today pages and counts, the digest; pinned by
-- test/integration/query-plans.test.ts). Every follow-up written paid for both.
DROP INDEX IF EXISTS follow_ups_open;
