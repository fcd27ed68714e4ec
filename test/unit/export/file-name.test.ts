// Export file names: a 4.0 and a 3.0 vCard export of one day must not share a name.
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../electron/backend/export/index.js';

describe('exportFileName', () => {
  it('carries the vCard version, and plain CSV names', () => {
    expect(exportFileName('vcf', '2026-11-23', '4.0')).toBe('inyeon-contacts-2026-11-23-vcard4.vcf');
    expect(exportFileName('vcf', '2026-11-23', '3.0')).toBe('inyeon-contacts-2026-11-23-vcard3.vcf');
    expect(exportFileName('csv', '2026-11-23')).toBe('inyeon-contacts-2026-11-23.csv');
  });
});
