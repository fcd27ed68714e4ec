-- Words of notes (session 5): the trigram index finds text of 3+ characters only, and the search
-- keys cover names, companies, titles and departments, not notes — so "골프" never found a note
-- "골프를 좋아함". Here each note is split into words (unicode61: Hangul words stay whole), and a
-- 1–2 syllable query matches words that start with it (`"골프"*` → 골프를, 골프장): Korean
-- particles are suffixes. Contentless (the text is in contacts.notes already) with delete
-- support; secure-delete so a purged note leaves no words behind. Keyed by contacts.num, live
-- contacts only, like contact_fts. Numbered 0011 in this branch; meant to follow 0013.
CREATE VIRTUAL TABLE note_words USING fts5(
  notes,
  tokenize = 'unicode61 remove_diacritics 0',
  content = '', contentless_delete = 1
);
INSERT INTO note_words (note_words, rank) VALUES ('secure-delete', 1);
INSERT INTO note_words (rowid, notes)
  SELECT num, notes FROM contacts WHERE deleted_at IS NULL AND notes IS NOT NULL AND notes <> '';
