// The electron-importing files, run against the fake electron: do they really apply the policy?
import { EventEmitter } from 'node:events';
import type { IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL } from '../../../shared/contract/transport.js';
import { registerIpc } from '../../../electron/main/ipc.js';
import { hardenSession, hardenWebContents, installSecurityGuards } from '../../../electron/main/security.js';
import { app, fakeState, session } from './support/fake-electron.mjs';

vi.mock('electron', () => import('./support/fake-electron.mjs'));

class Contents extends EventEmitter {
  id = 3;
  windowOpenHandler: ((d: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(h: (d: { url: string }) => { action: string }) {
    this.windowOpenHandler = h;
  }
}

function navEvent(url: string) {
  const ev = { url, prevented: false, preventDefault() { ev.prevented = true; } };
  return ev;
}
const settle = () => new Promise((r) => setTimeout(r, 10));

beforeEach(() => {
  const s = fakeState();
  s.dialogs.length = 0;
  s.opened.length = 0;
  s.dialogResponse = 1;
});

describe('hardenWebContents', () => {
  const contents = new Contents();
  hardenWebContents(contents as unknown as WebContents);

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: our pages pass, everything else is stopped', (name) => {
    const own = navEvent('app://inyeon/index.html');
    contents.emit(name, own);
    expect(own.prevented).toBe(false);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'https://example.com/']) {
      const ev = navEvent(url);
      contents.emit(name, ev);
      expect(ev.prevented, url).toBe(true);
    }
  });

  it('asks before opening a web link in the system browser; Cancel opens nothing', async () => {
    contents.emit('will-navigate', navEvent('https://example.com/a'));
    await settle();
    expect(fakeState().dialogs).toHaveLength(1);
    expect(fakeState().dialogs[0]).toMatchObject({ detail: 'https://example.com/a', cancelId: 1, defaultId: 1 });
    expect(fakeState().opened).toEqual([]);
  });

  it('opens it when the user confirms', async () => {
    fakeState().dialogResponse = 0;
    expect(contents.windowOpenHandler!({ url: 'https://example.com/b' })).toEqual({ action: 'deny' });
    await settle();
    expect(fakeState().opened).toEqual(['https://example.com/b']);
  });

  it('never opens a window, and never asks about file:/javascript: links', async () => {
    for (const url of ['app://inyeon/index.html', 'file:///etc/passwd', 'javascript:1']) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
    await settle();
    expect(fakeState().dialogs).toEqual([]);
  });

  it('blocks webviews', () => {
    const ev = navEvent('');
    contents.emit('will-attach-webview', ev);
    expect(ev.prevented).toBe(true);
  });

  it('is applied to every web contents the app creates', () => {
    installSecurityGuards();
    const other = new Contents();
    app.emit('web-contents-created', {}, other);
    expect(other.windowOpenHandler).not.toBeNull();
    expect(other.listenerCount('will-navigate')).toBe(1);
  });
});

describe('hardenSession', () => {
  hardenSession(session.defaultSession as unknown as Session);
  const s = fakeState().session;

  it('denies permission requests and checks, except the camera for our own page', () => {
    const answers: boolean[] = [];
    s.permissionRequest!(null, 'notifications', (ok) => answers.push(ok), { requestingUrl: 'app://inyeon/index.html' });
    s.permissionRequest!(null, 'media', (ok) => answers.push(ok), { requestingUrl: 'app://inyeon/index.html', mediaTypes: ['video'] });
    s.permissionRequest!(null, 'media', (ok) => answers.push(ok), { requestingUrl: 'app://inyeon/index.html', mediaTypes: ['video', 'audio'] });
    s.permissionRequest!(null, 'media', (ok) => answers.push(ok), { requestingUrl: 'https://evil.example/', mediaTypes: ['video'] });
    expect(answers).toEqual([false, true, false, false]);
    expect(s.permissionCheck!(null, 'clipboard-read', 'app://inyeon', {})).toBe(false);
    expect(s.permissionCheck!(null, 'media', 'app://inyeon', { mediaType: 'video' })).toBe(true);
    expect(s.permissionCheck!(null, 'media', 'app://inyeon', { mediaType: 'audio' })).toBe(false);
    expect(s.permissionCheck!(null, 'media', 'app://inyeon', {})).toBe(false);
    expect(s.devicePermission!({})).toBe(false);
  });

  it('cancels every remote request', () => {
    const cancel = (url: string) => {
      let r: boolean | undefined;
      s.beforeRequest!({ url }, (x) => { r = x.cancel; });
      return r;
    };
    expect(cancel('https://tracker.example/p.gif')).toBe(true);
    expect(cancel('http://127.0.0.1:1234/')).toBe(true);
    expect(cancel('app://inyeon/assets/a.js')).toBe(false);
  });
});

describe('registerIpc', () => {
  it('checks the sender and answers with an envelope', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    registerIpc(async (method) => ({ method }), () => new Set([3]));
    const handler = fakeState().handlers.get(IPC_CHANNEL)!;
    const event = (url: string | null, id = 3, parent: unknown = null) =>
      ({ sender: { id }, senderFrame: url === null ? null : { url, parent } }) as unknown as IpcMainInvokeEvent;
    await expect(handler(event('app://inyeon/index.html'), 'system.info', {})).resolves.toEqual({ ok: true, result: { method: 'system.info' } });
    await expect(handler(event('https://evil.example/'), 'system.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    await expect(handler(event(null), 'system.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    await expect(handler(event('app://inyeon/index.html', 4), 'system.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    await expect(handler(event('app://inyeon/index.html', 3, {}), 'system.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    await expect(handler(event('app://inyeon/index.html'), 'fs.readFile', {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(log).toHaveBeenCalledTimes(4);
    log.mockRestore();
  });
});
