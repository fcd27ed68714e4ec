// Types for fake-electron.mjs: just enough for the tests that drive it.
import type { EventEmitter } from 'node:events';

export interface FakeWindow extends EventEmitter {
  options: { webPreferences: Record<string, unknown> } & Record<string, unknown>;
  url: string | null;
  destroyed: boolean;
  shown?: boolean;
  focused?: boolean;
  webContents: EventEmitter & { id: number; windowOpenHandler: ((d: { url: string }) => { action: string }) | null };
}

export interface FakeState {
  locale: string;
  userData: string;
  lock: boolean;
  dialogResponse: number;
  handlers: Map<string, (event: unknown, ...args: unknown[]) => unknown>;
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  privileged: { scheme: string; privileges: Record<string, boolean> }[];
  windows: FakeWindow[];
  dialogs: Record<string, unknown>[];
  opened: string[];
  invoked: unknown[][];
  exitCode: number | null;
  quit: boolean;
  sandbox: boolean;
  menu: { template: unknown[] } | null;
  notifications: (EventEmitter & { options: { title: string; body: string }; shown: boolean })[];
  exposed: { key: string; value: Record<string, (params: unknown) => Promise<unknown>> } | null;
  session: {
    permissionRequest?: (wc: unknown, permission: string, cb: (ok: boolean) => void, details: Record<string, unknown>) => void;
    permissionCheck?: (wc: unknown, permission: string, origin: string, details: unknown) => boolean;
    devicePermission?: (details: unknown) => boolean;
    beforeRequest?: (details: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
  };
}

export function fakeState(): FakeState;
export const app: EventEmitter & Record<string, unknown>;
export class BrowserWindow {}
export const session: { defaultSession: Record<string, unknown> };
export const safeStorage: { isEncryptionAvailable(): boolean; getSelectedStorageBackend(): string; encryptString(s: string): Buffer; decryptString(b: Buffer): string };
declare const fake: Record<string, unknown>;
export default fake;
