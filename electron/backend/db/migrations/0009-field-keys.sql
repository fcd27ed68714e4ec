-- Import rate (issue 5): a company's, title's or department's search keys are kept once per
-- distinct value instead of once per person. ~17 of a person's ~26 keys came from those fields
-- (a company alone gives ~15: syllables, pairs, 초성), and every one was written into two B-trees
-- (search_keys and search_keys_contact) for each person of that company. Search now reads a
-- value's keys here and its holders from the contacts_<field> index, in name order.
CREATE TABLE field_keys (
  key    TEXT NOT NULL,
  rank   INTEGER NOT NULL,   -- 2 company, 3 title, 4 department (shared/rules/search-keys FIELD_RANK)
  value  TEXT NOT NULL,      -- the field's text exactly as stored in contacts
  PRIMARY KEY (key, rank, value)
) WITHOUT ROWID;
CREATE INDEX contacts_company    ON contacts(company, sort_name)    WHERE company IS NOT NULL;
CREATE INDEX contacts_title      ON contacts(title, sort_name)      WHERE title IS NOT NULL;
CREATE INDEX contacts_department ON contacts(department, sort_name) WHERE department IS NOT NULL;

-- search_keys keeps the name keys (ranks 0–1) and the tag lists ('t:', rank 0). Copied in key
-- order into a new table (appends, and one sort for the index) rather than deleting ~60 % of the
-- rows one by one. Tag-name keys (rank 3) shared their rank with titles and cannot be told apart
-- here: they and field_keys are computed by the backend right after this migration
-- (services/search-upgrade.ts), in one transaction, while this marker is set.
CREATE TABLE search_keys_v3 (
  key            TEXT NOT NULL,
  rank           INTEGER NOT NULL,
  sort_name      TEXT NOT NULL,
  contact_rowid  INTEGER NOT NULL,
  PRIMARY KEY (key, rank, sort_name, contact_rowid)
) WITHOUT ROWID;
INSERT INTO search_keys_v3 (key, rank, sort_name, contact_rowid)
  SELECT key, rank, sort_name, contact_rowid FROM search_keys WHERE rank < 2 ORDER BY key, rank, sort_name, contact_rowid;
DROP TABLE search_keys;
ALTER TABLE search_keys_v3 RENAME TO search_keys;
CREATE INDEX search_keys_contact ON search_keys(contact_rowid);
INSERT INTO settings (key, value) SELECT 'search.rebuildFieldKeys', 'true' WHERE EXISTS (SELECT 1 FROM contacts)
  ON CONFLICT(key) DO UPDATE SET value = excluded.value;
