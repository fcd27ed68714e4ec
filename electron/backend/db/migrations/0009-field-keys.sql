-- Import rate (issue 5): search keys are kept once per distinct value of a field — a name (by its
-- sort_name), company, title or department — instead of once per person. A person had ~26 keys
-- (~15 from the company alone: syllables, pairs, 초성), each written into two B-trees
-- (search_keys and search_keys_contact); people share companies, titles, departments and often
-- names. Search reads a value's keys here and its live holders from contacts_live_name /
-- contacts_live_<field> in name order (services: search-repo searchByKey).
CREATE TABLE field_keys (
  key    TEXT NOT NULL,
  rank   INTEGER NOT NULL,   -- 0–1 name, 2 company, 3 title, 4 department (shared/rules/search-keys)
  value  TEXT NOT NULL,      -- contacts.sort_name for a name; the field's text as stored otherwise
  PRIMARY KEY (key, rank, value)
) WITHOUT ROWID;
CREATE INDEX contacts_live_company    ON contacts(company, sort_name)    WHERE deleted_at IS NULL AND company IS NOT NULL;
CREATE INDEX contacts_live_title      ON contacts(title, sort_name)      WHERE deleted_at IS NULL AND title IS NOT NULL;
CREATE INDEX contacts_live_department ON contacts(department, sort_name) WHERE deleted_at IS NULL AND department IS NOT NULL;

-- search_keys keeps what is a person's own: the tag lists ('t:<tag id>', the contacts list by
-- tag) and the keys of their tags' names. The lists are copied in key order into a new table
-- (appends, one sort for the index) instead of deleting ~95 % of the rows one by one. Tag-name
-- keys shared rank 3 with titles and cannot be told apart here; they and field_keys are computed
-- by the backend right after the migrations, in one transaction, while this marker is set
-- (services/search-upgrade.ts). A book with nobody in it has nothing to compute.
CREATE TABLE search_keys_v3 (
  key            TEXT NOT NULL,
  rank           INTEGER NOT NULL,
  sort_name      TEXT NOT NULL,
  contact_rowid  INTEGER NOT NULL,
  PRIMARY KEY (key, rank, sort_name, contact_rowid)
) WITHOUT ROWID;
INSERT INTO search_keys_v3 (key, rank, sort_name, contact_rowid)
  SELECT key, rank, sort_name, contact_rowid FROM search_keys WHERE key >= 't:' AND key < 't;'
  ORDER BY key, rank, sort_name, contact_rowid;
DROP TABLE search_keys;
ALTER TABLE search_keys_v3 RENAME TO search_keys;
CREATE INDEX search_keys_contact ON search_keys(contact_rowid);
INSERT INTO settings (key, value) SELECT 'search.rebuildFieldKeys', 'true' WHERE EXISTS (SELECT 1 FROM contacts)
  ON CONFLICT(key) DO UPDATE SET value = excluded.value;
