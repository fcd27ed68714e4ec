// The whole contract: every method the renderer, the CLI and the tests may call. Transports
// (Electron IPC, loopback HTTP) carry exactly these names and nothing else.
import { backupApi } from './backup.js';
import { captureRecognizeApi, captureSaveApi } from './capture.js';
import { captureDraftsApi } from './capture-drafts.js';
import { consentApi } from './consent.js';
import { contactsApi } from './contacts.js';
import { engineApi } from './engine.js';
import type { InputOf, ResultOf } from './group.js';
import { duplicatesApi, importApi } from './import.js';
import { startApi } from './start.js';
import { systemApi } from './system.js';
import { touchesApi } from './touches.js';

// One spread per line: each feature adds its own line.
export const api = {
  ...contactsApi,
  ...touchesApi,
  ...systemApi,
  ...engineApi,
  ...backupApi,
  ...captureRecognizeApi,
  ...captureSaveApi,
  ...captureDraftsApi,
  ...consentApi,
  ...importApi,
  ...duplicatesApi,
  ...recoveryApi,
  ...securityApi,
  ...startApi,
};
import { recoveryApi } from './recovery.js';
import { securityApi } from './security.js';
export type Api = typeof api;
export type Method = keyof Api;
export const METHODS = Object.keys(api) as Method[];

export const isMethod = (name: string): name is Method => Object.prototype.hasOwnProperty.call(api, name);

export type Params<M extends Method> = InputOf<Api[M]>;
export type Result<M extends Method> = ResultOf<Api[M]>;

/** What every transport offers the renderer: one function, typed per method. */
export type Invoke = <M extends Method>(method: M, params: Params<M>) => Promise<Result<M>>;

export { ContactDraft, PointDraft, CONTACT_SORTS } from './contacts.js';
export { TouchDraft, type TouchResult } from './touches.js';
export { SettingsPatch, type SystemInfo } from './system.js';
export type { StartResult } from './start.js';
export type { ParsedInputOf } from './group.js';
export { DealDraft, DealPatch, DEAL_STATUSES, type DealResult, type ReferralGraph, type ReferralNode, type ReferralsOf } from './engine.js';
export { BACKUP_KINDS, EXPORT_FORMATS, type BackupInfo, type BackupKind, type BackupPreview, type ExportResult, type RestoreResult } from './backup.js';
export type { ConsentsOf, ConsentRecord, ChannelConsent, MarketingCheck, DigestResult } from './consent.js';
export { OPEN_PROBLEMS, type OpenState, type OpenProblem, type RecoveryResult, type RecoveryAction, type BackupRef } from './recovery.js';
export { MIN_PASSPHRASE_LENGTH, type BackupProblem, type ChangePassphraseResult, type KeyKind, type ProtectBackupsResult, type SecurityStatus } from './security.js';
