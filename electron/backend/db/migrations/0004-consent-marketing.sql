-- Schema v4: consent, marketing limits and verification (issue 4, second half).
-- Every touch says whether it was marketing (an offer or an ask) or service/relationship care;
-- the 30-day marketing limit counts the logged marketing touches of a person.
ALTER TABLE interactions ADD COLUMN purpose TEXT NOT NULL DEFAULT 'service' CHECK (purpose IN ('service','marketing'));
CREATE INDEX interactions_contact_marketing ON interactions(contact_id, occurred_at) WHERE purpose = 'marketing';

-- The current consent is the latest event per contact × channel × purpose (0001's
-- consents_contact index answers it); consents stay append-only.

-- The daily pass looks for stale or obsolete points, oldest first, a few a day.
CREATE INDEX points_obsolete ON contact_points(contact_id) WHERE status = 'obsolete' AND deleted_at IS NULL;
CREATE INDEX points_verified_at ON contact_points(verified_at) WHERE verified_at IS NOT NULL AND deleted_at IS NULL;
