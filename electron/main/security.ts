// Wires the policy in security-policy.ts into Electron: every web contents that is ever created
// (windows, devtools, anything a bug might spawn) gets the same navigation, window-open and
// webview guards; the session denies permissions and refuses remote requests.
import { app, BrowserWindow, dialog, type Session, shell, type WebContents } from 'electron';
import { externalLinkPrompt } from './dialogs.js';
import {
  decideNavigation, decideWindowOpen, type NavigationDecision, permissionAllowed, requestAllowed,
} from './security-policy.js';

/** Ask, then hand an http(s) link to the system browser. Never awaited by the caller: navigation is already denied. */
async function openExternallyAfterConfirm(contents: WebContents, url: string): Promise<void> {
  const prompt = externalLinkPrompt(url, app.getLocale());
  const parent = BrowserWindow.fromWebContents(contents);
  const opts = {
    type: 'question' as const,
    message: prompt.message,
    detail: prompt.detail,
    buttons: prompt.buttons,
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
  const { response } = parent ? await dialog.showMessageBox(parent, opts) : await dialog.showMessageBox(opts);
  if (response === 0) await shell.openExternal(url);
}

function act(contents: WebContents, decision: NavigationDecision): boolean {
  if (decision.action === 'external') {
    openExternallyAfterConfirm(contents, decision.url).catch((e: unknown) => console.error('[security] could not open link:', e));
  }
  return decision.action === 'allow';
}

export function hardenWebContents(contents: WebContents): void {
  const guard = (event: { preventDefault(): void }, url: string) => {
    if (!act(contents, decideNavigation(url))) event.preventDefault();
  };
  contents.on('will-navigate', (event) => guard(event, event.url));
  contents.on('will-frame-navigate', (event) => guard(event, event.url));
  contents.on('will-redirect', (event) => guard(event, event.url));
  contents.setWindowOpenHandler(({ url }) => {
    act(contents, decideWindowOpen(url));
    return { action: 'deny' };
  });
  // webviewTag is off; this refuses one even if something turned it on.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : undefined;
    callback(permissionAllowed({ permission, requestingUrl: details.requestingUrl, mediaTypes }));
  });
  // A check for 'media' names one device type (mediaType), a request lists them (mediaTypes).
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) => {
    const mediaType = details && 'mediaType' in details ? details.mediaType : undefined;
    return permissionAllowed({ permission, requestingUrl: requestingOrigin, mediaTypes: mediaType ? [mediaType] : undefined });
  });
  session.setDevicePermissionHandler(() => false);
  // No remote content at all: a stray <img src="https://…"> in someone's note goes nowhere.
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !requestAllowed(details.url) }));
}

/** Applies hardenWebContents to every web contents the app ever creates. Call before any window exists. */
export function installSecurityGuards(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
