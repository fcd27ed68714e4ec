-- Schema v2: the relationship engine (issue 4). Rule-made follow-ups carry a key so each rule
-- keeps at most one open follow-up per contact and milestone (a deal's renewal-60 for a given
-- date, a birthday for a given year, …) and never re-creates one the user already handled.
ALTER TABLE follow_ups ADD COLUMN rule_key TEXT;
ALTER TABLE follow_ups ADD COLUMN deal_id TEXT REFERENCES deals(id) ON DELETE CASCADE;
-- A snoozed follow-up stays open with a later due date; rules never pull it earlier than this.
ALTER TABLE follow_ups ADD COLUMN snoozed_until TEXT;
-- Who closed a skipped follow-up: the user (skip) or a rule (superseded). A user's skip of a
-- check-in moves the cadence on; a rule's does not.
ALTER TABLE follow_ups ADD COLUMN skipped_by TEXT CHECK (skipped_by IN ('user','rule'));

CREATE UNIQUE INDEX follow_ups_open_key ON follow_ups(contact_id, rule_key) WHERE status = 'open' AND rule_key IS NOT NULL;
CREATE INDEX follow_ups_key ON follow_ups(contact_id, rule_key) WHERE rule_key IS NOT NULL;
CREATE INDEX follow_ups_deal ON follow_ups(deal_id) WHERE deal_id IS NOT NULL;
CREATE INDEX follow_ups_kind_open ON follow_ups(kind, due_date) WHERE status = 'open';

CREATE INDEX deals_contact_status ON deals(contact_id, status, signed_on) WHERE deleted_at IS NULL;
-- Book-wide "positive touches since" (the daily sweep) …
CREATE INDEX interactions_outcome ON interactions(outcome, occurred_at);
-- … and one person's last touch with an outcome (referral eligibility, on every sync): without
-- it the planner took interactions_outcome and walked every positive touch in the book.
CREATE INDEX interactions_contact_outcome ON interactions(contact_id, outcome, occurred_at);
CREATE INDEX referrals_referred ON referrals(referred_id) WHERE referred_id IS NOT NULL;

-- A dismissed lifecycle suggestion stays hidden until the contact's stage changes again.
CREATE TABLE lifecycle_dismissals (
  contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  to_stage   TEXT NOT NULL CHECK (to_stage IN ('prospect','new','active','loyal','dormant','lost')),
  at         TEXT NOT NULL,
  PRIMARY KEY (contact_id, to_stage)
) WITHOUT ROWID;

-- Other important dates (wedding anniversary, a child's birthday, the founding day of their
-- company…): yearly reminders like birthdays. `date` is YYYY-MM-DD or yearless --MM-DD.
CREATE TABLE contact_dates (
  id         TEXT PRIMARY KEY NOT NULL,
  contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  kind       TEXT NOT NULL DEFAULT 'custom' CHECK (kind IN ('anniversary','custom')),
  label      TEXT NOT NULL,
  date       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX contact_dates_contact ON contact_dates(contact_id) WHERE deleted_at IS NULL;
