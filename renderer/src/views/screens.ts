// Screens and dialogs that the first paint does not need are their own chunks (issue 7: the one
// bundle was ~660 kB, parsed before anything showed; the contacts list alone brought
// libphonenumber's metadata and the virtualiser). Today ships in the entry; the rest load on
// first use, and all of them are fetched once Today is on screen, so a later visit finds them
// already here (prefetchScreens).
import { lazy } from 'react';

const loaders = {
  contacts: () => import('./contacts/ContactsView'),
  contactForm: () => import('./contact-form/ContactFormDialog'),
  logTouch: () => import('./log-touch/LogTouchDialog'),
  palette: () => import('../components/CommandPalette'),
  contact: () => import('./contact/ContactView'),
  capture: () => import('./capture/CaptureView'),
  import: () => import('./import/ImportView'),
  duplicates: () => import('./duplicates/DuplicatesView'),
  referrals: () => import('./referrals/ReferralsView'),
  settings: () => import('./settings/SettingsView'),
  trash: () => import('./trash/TrashView'),
  recovery: () => import('./recovery/RecoveryView'),
};

export const ContactsView = lazy(() => loaders.contacts().then((m) => ({ default: m.ContactsView })));
export const ContactFormDialog = lazy(() => loaders.contactForm().then((m) => ({ default: m.ContactFormDialog })));
export const LogTouchDialog = lazy(() => loaders.logTouch().then((m) => ({ default: m.LogTouchDialog })));
export const CommandPalette = lazy(() => loaders.palette().then((m) => ({ default: m.CommandPalette })));
export const ContactView = lazy(() => loaders.contact().then((m) => ({ default: m.ContactView })));
export const CaptureView = lazy(() => loaders.capture().then((m) => ({ default: m.CaptureView })));
export const ImportView = lazy(() => loaders.import().then((m) => ({ default: m.ImportView })));
export const DuplicatesView = lazy(() => loaders.duplicates().then((m) => ({ default: m.DuplicatesView })));
export const ReferralsView = lazy(() => loaders.referrals().then((m) => ({ default: m.ReferralsView })));
export const SettingsView = lazy(() => loaders.settings().then((m) => ({ default: m.SettingsView })));
export const TrashView = lazy(() => loaders.trash().then((m) => ({ default: m.TrashView })));
export const RecoveryView = lazy(() => loaders.recovery().then((m) => ({ default: m.RecoveryView })));

let prefetched = false;

/** Fetch every screen's chunk in the background (once): after the first paint, never before it. */
export function prefetchScreens(): void {
  if (prefetched) return;
  prefetched = true;
  for (const load of Object.values(loaders)) void load().catch(() => undefined);
}
