-- Speed at 100k contacts (issue 7, DESIGN §6). Every change here lets a hot query read its
-- answer in index order and stop at LIMIT, instead of sorting every matching row.

-- Short-key search (1–2 syllables, 초성, 1–2 Latin letters) ranks by (rank, name). With the name
-- in the key's primary key the best matches come first straight from the index; a common
-- syllable (김 ≈ 20% of a Korean book) no longer means sorting tens of thousands of rows.
CREATE TABLE search_keys_v2 (
  key            TEXT NOT NULL,
  rank           INTEGER NOT NULL,
  sort_name      TEXT NOT NULL,
  contact_rowid  INTEGER NOT NULL,
  PRIMARY KEY (key, rank, sort_name, contact_rowid)
) WITHOUT ROWID;
INSERT INTO search_keys_v2 (key, rank, sort_name, contact_rowid)
  SELECT k.key, k.rank, c.sort_name, k.contact_rowid FROM search_keys k JOIN contacts c ON c.num = k.contact_rowid;
DROP TABLE search_keys;
ALTER TABLE search_keys_v2 RENAME TO search_keys;
CREATE INDEX search_keys_contact ON search_keys(contact_rowid);
-- Each tag's live members by name (key 't:<tag id>', rank 0): the list filtered by tag reads
-- them in order (contacts-repo listContactRowids) instead of sorting thousands of members.
INSERT OR IGNORE INTO search_keys (key, rank, sort_name, contact_rowid)
  SELECT 't:' || ct.tag_id, 0, c.sort_name, c.num FROM contact_tags ct JOIN contacts c ON c.id = ct.contact_id
  WHERE c.deleted_at IS NULL;

-- Contact list pages: one index per filter × sort the list offers at scale. Ties are broken by
-- num (the rowid every index already ends with), so no sort is needed beyond a tie group.
CREATE INDEX contacts_live_created    ON contacts(created_at) WHERE deleted_at IS NULL;
CREATE INDEX contacts_live_fresh_due  ON contacts(reach_state, next_due_at, best_verified_at) WHERE deleted_at IS NULL;
-- Not (stage, next_due_at) / (stage, last_touch_at): a stage is a sixth of the book, and where
-- sqlite_stat1 has no row for a new index the planner preferred them for stage + name too,
-- sorting the whole stage instead of reading contacts_live_stage in order.

-- Today: the agenda reads only these columns, so a busy day (1,000+ rows at 100k) is answered
-- from the two indexes without a table row per item (the join goes through contacts.id).
CREATE INDEX follow_ups_agenda ON follow_ups(due_date, due_at, contact_id, id, kind, reason) WHERE status = 'open';
CREATE INDEX contacts_agenda   ON contacts(id, deleted_at, display_name, company, stage, sort_name);
