-- Korean names found by their Latin spelling ("Kim Chulsoo" → 김철수; shared/rules/name-sounds.ts):
-- a Korean name's trigram document gains a sound token. Computing it needs the romanisation in
-- TypeScript, so this only leaves a marker; at the next open (right after the migrations)
-- services/search-upgrade.ts rewrites the name column of each live person whose name has one,
-- in one transaction with clearing the marker. A book with no one in it has nothing to redo.
INSERT INTO settings (key, value) SELECT 'search.addNameSounds', 'true' WHERE EXISTS (SELECT 1 FROM contacts WHERE deleted_at IS NULL);
