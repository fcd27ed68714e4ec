// Who may call the backend over IPC: the main frame of one of our own windows, showing one of our
// own app:// pages. Anything else — a foreign page that slipped in, a file:// page, a subframe, a
// frame that is already gone — is refused before the method name is even looked at.
import { isOwnUrl } from './security-policy.js';

export interface SenderInfo {
  /** `event.senderFrame?.url`; undefined/null when the frame is gone. */
  frameUrl: string | null | undefined;
  /** Whether the sending frame is a main frame (`senderFrame.parent === null`). */
  isMainFrame: boolean;
  /** `event.sender.id`. */
  webContentsId: number;
}

export type SenderCheck = { ok: true } | { ok: false; reason: string };

export function checkSender(sender: SenderInfo, ourWebContents: ReadonlySet<number>): SenderCheck {
  if (!ourWebContents.has(sender.webContentsId)) return { ok: false, reason: 'not one of our windows' };
  if (!sender.frameUrl) return { ok: false, reason: 'no sending frame' };
  if (!sender.isMainFrame) return { ok: false, reason: 'sent from a subframe' };
  if (!isOwnUrl(sender.frameUrl)) return { ok: false, reason: 'foreign origin' };
  return { ok: true };
}
