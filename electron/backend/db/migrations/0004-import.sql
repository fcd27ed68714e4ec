-- Import (issue 5): each import is one undoable batch; merges (on import and of duplicates in
-- the book) are recorded step by step in undo_log so they can be reverted exactly.

-- The batch that created a contact: undoing the batch removes exactly these people.
ALTER TABLE contacts ADD COLUMN import_batch_id TEXT;
CREATE INDEX contacts_import_batch ON contacts(import_batch_id) WHERE import_batch_id IS NOT NULL;

CREATE TABLE import_batches (
  id        TEXT PRIMARY KEY NOT NULL,
  at        TEXT NOT NULL,
  files     TEXT NOT NULL,            -- JSON array of file names
  imported  INTEGER NOT NULL,
  merged    INTEGER NOT NULL,
  undone_at TEXT
);

-- One merge of `merged_id` into `kept_id`: by the user (batch_id NULL) or by an import.
-- An import merges a file's record into an existing person: merged_id is then NULL.
CREATE TABLE merges (
  id        TEXT PRIMARY KEY NOT NULL,
  kept_id   TEXT NOT NULL,
  merged_id TEXT,
  batch_id  TEXT,
  at        TEXT NOT NULL,
  undone_at TEXT
);
CREATE INDEX merges_batch ON merges(batch_id) WHERE batch_id IS NOT NULL;

-- What a merge changed, in order; undo replays it backwards. `op`: insert (row added: delete it),
-- update (columns changed: `data` holds their old values), tag (contact_tags row added).
CREATE TABLE undo_log (
  merge_id TEXT NOT NULL,
  seq      INTEGER NOT NULL,
  op       TEXT NOT NULL CHECK (op IN ('insert', 'update', 'tag')),
  tbl      TEXT NOT NULL,
  row_id   TEXT NOT NULL,
  data     TEXT,
  PRIMARY KEY (merge_id, seq)
) WITHOUT ROWID;

-- "Not the same person": pairs never suggested again (a_id < b_id).
CREATE TABLE duplicate_dismissals (
  a_id TEXT NOT NULL,
  b_id TEXT NOT NULL,
  at   TEXT NOT NULL,
  PRIMARY KEY (a_id, b_id)
) WITHOUT ROWID;
