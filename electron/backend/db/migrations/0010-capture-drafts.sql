-- Card capture drafts (session 5): a card that was read (or typed) but not yet saved survives a
-- reload or an app restart. Kept in the book so an encrypted book keeps them encrypted too (a
-- file beside it would hold the card in the clear); the images are the stored-size JPEGs (long
-- side 1,600 px, ~100–300 KB), and a draft is deleted when its card is saved or discarded.
-- Numbered 0010 in this branch; meant to follow the other sessions' migrations (0013).
CREATE TABLE capture_drafts (
  id          TEXT PRIMARY KEY NOT NULL,
  name        TEXT NOT NULL,             -- the image's file name, '' for a card typed by hand
  fields      TEXT NOT NULL,             -- JSON Record<CardField, string> as last reviewed
  front       BLOB,                      -- JPEG, upright and downscaled
  back        BLOB,
  ocr_text    TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
