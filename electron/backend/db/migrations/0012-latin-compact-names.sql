-- Latin names with an apostrophe, a hyphen or a dot (O'Brien, Jean-Luc, J.P. Kim) are found
-- without them too: "obrien" finds O'Brien. The trigram index matches substrings only, so a
-- name's document also holds its form without those marks, as a Hangul name holds its
-- space-free one (shared/rules/search-keys.ts#compactLatin, which new and edited contacts get
-- for every part of the name). Here the existing book's live contacts get it for the name as
-- displayed, the part a search by name reads.
UPDATE contact_fts
   SET name = name || ' ' || (SELECT replace(replace(replace(replace(c.display_name, '''', ''), '’', ''), '.', ''), '-', '')
                                FROM contacts c WHERE c.num = contact_fts.rowid)
 WHERE rowid IN (SELECT num FROM contacts
                  WHERE deleted_at IS NULL
                    AND display_name GLOB '*[A-Za-z]*'
                    AND (display_name GLOB '*[-''.]*' OR display_name GLOB '*’*'));
