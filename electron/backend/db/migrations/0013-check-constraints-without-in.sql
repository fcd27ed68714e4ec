-- inyeon: edits-schema
-- Write speed (issues 5 and 7): every CHECK (col IN ('a', 'b', …)) becomes CHECK (col = 'a' OR
-- col = 'b' OR …). The two accept and refuse exactly the same values (NULL passes both), but
-- SQLite runs an IN list by building a small temporary index each time an INSERT or UPDATE
-- statement runs, which cost more than the row itself: measured on this machine, 196k
-- contact_points rows took 2.0 s with the IN checks and 0.95 s with the OR checks (0.9 s with
-- none). A whole-book import pays it on every contact, point, stage change and follow-up.
--
-- A CHECK constraint is not part of the file format, so the table definitions are edited in
-- place (https://sqlite.org/lang_altertable.html#otheralter) rather than rebuilt: the first line
-- above has migrate.ts allow sqlite_schema writes for this migration and bump schema_version in
-- the same transaction, and the edited schema must parse before it commits. The texts replaced
-- are the ones earlier migrations wrote; test/integration/migrations.test.ts checks that no IN
-- list is left and that each constraint still refuses a wrong value.
PRAGMA writable_schema = ON;

UPDATE sqlite_schema SET sql = replace(replace(replace(sql,
    'CHECK (stage IN (''prospect'',''new'',''active'',''loyal'',''dormant'',''lost''))',
    'CHECK (stage = ''prospect'' OR stage = ''new'' OR stage = ''active'' OR stage = ''loyal'' OR stage = ''dormant'' OR stage = ''lost'')'),
    'CHECK (source IN (''card'',''import'',''manual'',''referral'',''sample''))',
    'CHECK (source = ''card'' OR source = ''import'' OR source = ''manual'' OR source = ''referral'' OR source = ''sample'')'),
    'CHECK (reach_state IN (''verified'',''unverified'',''obsolete'',''bad''))',
    'CHECK (reach_state = ''verified'' OR reach_state = ''unverified'' OR reach_state = ''obsolete'' OR reach_state = ''bad'')')
  WHERE type = 'table' AND name = 'contacts';

UPDATE sqlite_schema SET sql = replace(replace(replace(sql,
    'CHECK (kind IN (''mobile'',''phone'',''email'',''address'',''url'',''messenger''))',
    'CHECK (kind = ''mobile'' OR kind = ''phone'' OR kind = ''email'' OR kind = ''address'' OR kind = ''url'' OR kind = ''messenger'')'),
    'CHECK (verified_via IN (''card'',''call'',''sms-reply'',''email-reply'',''messenger'',''meeting'',''import'',''manual''))',
    'CHECK (verified_via = ''card'' OR verified_via = ''call'' OR verified_via = ''sms-reply'' OR verified_via = ''email-reply'' OR verified_via = ''messenger'' OR verified_via = ''meeting'' OR verified_via = ''import'' OR verified_via = ''manual'')'),
    'CHECK (status IN (''unverified'',''verified'',''bounced'',''obsolete'',''wrong''))',
    'CHECK (status = ''unverified'' OR status = ''verified'' OR status = ''bounced'' OR status = ''obsolete'' OR status = ''wrong'')')
  WHERE type = 'table' AND name = 'contact_points';

UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (by IN (''rule'',''manual''))',
    'CHECK (by = ''rule'' OR by = ''manual'')')
  WHERE type = 'table' AND name = 'stage_changes';

UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (status IN (''open'',''won'',''lost''))',
    'CHECK (status = ''open'' OR status = ''won'' OR status = ''lost'')')
  WHERE type = 'table' AND name = 'deals';

UPDATE sqlite_schema SET sql = replace(replace(replace(replace(sql,
    'CHECK (kind IN (''meeting'',''call'',''sms'',''email'',''messenger'',''visit'',''gift'',''card-exchange'',''note''))',
    'CHECK (kind = ''meeting'' OR kind = ''call'' OR kind = ''sms'' OR kind = ''email'' OR kind = ''messenger'' OR kind = ''visit'' OR kind = ''gift'' OR kind = ''card-exchange'' OR kind = ''note'')'),
    'CHECK (direction IN (''outbound'',''inbound''))',
    'CHECK (direction = ''outbound'' OR direction = ''inbound'')'),
    'CHECK (outcome IN (''positive'',''neutral'',''negative'',''complaint''))',
    'CHECK (outcome = ''positive'' OR outcome = ''neutral'' OR outcome = ''negative'' OR outcome = ''complaint'')'),
    'CHECK (purpose IN (''service'',''marketing''))',
    'CHECK (purpose = ''service'' OR purpose = ''marketing'')')
  WHERE type = 'table' AND name = 'interactions';

UPDATE sqlite_schema SET sql = replace(replace(replace(replace(sql,
    'CHECK (kind IN (''check-in'',''referral-ask'',''birthday'',''date'',''renewal'',''expiry'',
                                             ''persistency'',''verification'',''complaint-response'',''custom''))',
    'CHECK (kind = ''check-in'' OR kind = ''referral-ask'' OR kind = ''birthday'' OR kind = ''date'' OR kind = ''renewal'' OR kind = ''expiry'' OR kind = ''persistency'' OR kind = ''verification'' OR kind = ''complaint-response'' OR kind = ''custom'')'),
    'CHECK (status IN (''open'',''done'',''skipped'',''snoozed''))',
    'CHECK (status = ''open'' OR status = ''done'' OR status = ''skipped'' OR status = ''snoozed'')'),
    'CHECK (created_by IN (''rule'',''user''))',
    'CHECK (created_by = ''rule'' OR created_by = ''user'')'),
    'CHECK (skipped_by IN (''user'',''rule''))',
    'CHECK (skipped_by = ''user'' OR skipped_by = ''rule'')')
  WHERE type = 'table' AND name = 'follow_ups';

UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (stage IN (''prospect'',''new'',''active'',''loyal'',''dormant'',''lost''))',
    'CHECK (stage = ''prospect'' OR stage = ''new'' OR stage = ''active'' OR stage = ''loyal'' OR stage = ''dormant'' OR stage = ''lost'')')
  WHERE type = 'table' AND name = 'cadence_rules';

UPDATE sqlite_schema SET sql = replace(replace(sql,
    'CHECK (channel IN (''sms'',''email'',''phone'',''messenger''))',
    'CHECK (channel = ''sms'' OR channel = ''email'' OR channel = ''phone'' OR channel = ''messenger'')'),
    'CHECK (purpose IN (''marketing'',''night-time''))',
    'CHECK (purpose = ''marketing'' OR purpose = ''night-time'')')
  WHERE type = 'table' AND name = 'consents';

UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (to_stage IN (''prospect'',''new'',''active'',''loyal'',''dormant'',''lost''))',
    'CHECK (to_stage = ''prospect'' OR to_stage = ''new'' OR to_stage = ''active'' OR to_stage = ''loyal'' OR to_stage = ''dormant'' OR to_stage = ''lost'')')
  WHERE type = 'table' AND name = 'lifecycle_dismissals';

UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (kind IN (''anniversary'',''custom''))',
    'CHECK (kind = ''anniversary'' OR kind = ''custom'')')
  WHERE type = 'table' AND name = 'contact_dates';

UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (op IN (''insert'', ''update'', ''tag''))',
    'CHECK (op = ''insert'' OR op = ''update'' OR op = ''tag'')')
  WHERE type = 'table' AND name = 'undo_log';

PRAGMA writable_schema = OFF;
