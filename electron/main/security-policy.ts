// Every security decision of the Electron shell, as plain data and pure functions. Nothing here
// imports electron at runtime, so the unit tests check the real policy in plain Node; the files
// that do import electron (security.ts, window.ts, protocol.ts) only wire these up.
import type { WebPreferences } from 'electron';
import { contentSecurityPolicy } from '../../shared/csp.js';

/** Our pages live on a privileged custom scheme, never file:// (file:// would share one origin with the whole disk). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'inyeon';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The renderer needs no network at all in Electron: it reaches the backend over IPC only. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy({ connect: "'none'" });

/** Headers on every app:// response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
});

/**
 * The one place window options are decided. The renderer is untrusted (it shows text other people
 * wrote): isolated from Node and from the preload's world, and sandboxed by Chromium.
 */
export function webPreferences(opts: { preload: string; devTools: boolean }): WebPreferences {
  return {
    preload: opts.preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    devTools: opts.devTools,
    // Experimental Chromium features are not part of what we test.
    experimentalFeatures: false,
  };
}

/** Privileges of the app:// scheme: a standard, secure origin (so 'self' and storage work) with fetch for our own files. */
export const APP_SCHEME_PRIVILEGES = Object.freeze({
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: false,
  bypassCSP: false,
  allowServiceWorkers: false,
  stream: true,
});

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Is this URL one of our own pages? (app: is a non-special scheme for WHATWG URL, so its `origin` is "null": compare parts.) */
export function isOwnUrl(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && !u.username && !u.password;
}

/** An address we may hand to the system browser (after the user confirms): plain http(s), no credentials in it. */
export function isExternalWebUrl(url: string): boolean {
  const u = parse(url);
  return u !== null && (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password && u.hostname !== '';
}

export type NavigationDecision = { action: 'allow' } | { action: 'deny' } | { action: 'external'; url: string };

/** `will-navigate` / `will-redirect` / `will-frame-navigate`: stay on our own pages; web links leave for the browser. */
export function decideNavigation(url: string): NavigationDecision {
  if (isOwnUrl(url)) return { action: 'allow' };
  if (isExternalWebUrl(url)) return { action: 'external', url: new URL(url).href };
  return { action: 'deny' };
}

/** `setWindowOpenHandler`: the app never opens a second Electron window from the page. */
export function decideWindowOpen(url: string): Exclude<NavigationDecision, { action: 'allow' }> {
  if (isExternalWebUrl(url)) return { action: 'external', url: new URL(url).href };
  return { action: 'deny' };
}

/**
 * Requests the renderer's session may make at all (webRequest filter). Remote content is never
 * loaded; only our scheme, inline data/blob URLs and the developer tools' own pages pass.
 */
export function requestAllowed(url: string): boolean {
  if (isOwnUrl(url)) return true;
  const u = parse(url);
  if (!u) return false;
  return u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'devtools:';
}

export interface PermissionQuery {
  permission: string;
  /** The origin/URL asking, when Electron tells us. */
  requestingUrl?: string | undefined;
  /** For `media`: which devices ('video', 'audio'). */
  mediaTypes?: readonly string[] | undefined;
}

/**
 * Card capture (issue 6) photographs a card with the webcam: the camera for our own window only,
 * video only (never the microphone), and only when the page asks (getUserMedia).
 */
export function isCameraForCardCapture(q: PermissionQuery): boolean {
  if (q.permission !== 'media' || !q.requestingUrl || !isOwnUrl(q.requestingUrl)) return false;
  const types = q.mediaTypes ?? [];
  return types.length > 0 && types.every((t) => t === 'video');
}

/** Which exceptions to "deny every permission" are switched on. */
export const PERMISSIONS = Object.freeze({ cameraForCardCapture: true });

/** Permission requests and checks: denied (notifications, geolocation, clipboard-read, microphone…), except the camera above. */
export function permissionAllowed(q: PermissionQuery, policy: { cameraForCardCapture: boolean } = PERMISSIONS): boolean {
  if (policy.cameraForCardCapture && isCameraForCardCapture(q)) return true;
  return false;
}
