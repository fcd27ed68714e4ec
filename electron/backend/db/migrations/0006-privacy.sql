-- Privacy (issue 8). Coordinator: this branch's migration; number it 0009 at merge (it only adds
-- a table and an FTS5 option, so it is independent of the others' order).

-- What was done to whom, without saying who: the time, the action, and the contact's id only
-- (never a name, a number or an address), so "deleted forever" can be shown to have happened.
CREATE TABLE audit_log (
  seq        INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,
  action     TEXT NOT NULL,
  contact_id TEXT
);

-- FTS5 keeps the tokens of deleted rows in its index segments until they are merged; with
-- secure-delete it removes them at once, so a person deleted forever leaves no trigrams behind.
INSERT INTO contact_fts (contact_fts, rank) VALUES ('secure-delete', 1);
