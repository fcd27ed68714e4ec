// Driver for test/integration/electron-main.test.ts. Run as
//   node --import ./electron-loader.mjs run-main.mjs
// with BUNDLE (out/main/index.mjs), FAKE_USER_DATA, FAKE_LOCALE, FAKE_LOCK and SCENARIO in the
// environment. Starts the real main bundle against the fake electron, drives it like Electron
// would, and prints one line: RESULT {json}.
import { fakeState } from 'electron';

const s = fakeState();
s.userData = process.env.FAKE_USER_DATA ?? '';
s.locale = process.env.FAKE_LOCALE ?? 'ko-KR';
s.lock = process.env.FAKE_LOCK !== '0';

// Timers the main process sets, so the daily digest's tick can be driven by hand below.
const timers = [];
const realSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = (fn, ms, ...args) => {
  timers.push({ fn, ms });
  return realSetTimeout(fn, ms, ...args);
};

await import(process.env.BUNDLE);
for (let i = 0; i < 100 && s.windows.length === 0 && s.exitCode === null && !s.quit; i++) await new Promise((r) => setTimeout(r, 20));

const out = {
  privileged: s.privileged,
  sandbox: s.sandbox,
  exitCode: s.exitCode,
  quit: s.quit,
  dialogs: s.dialogs,
  windows: s.windows.map((w) => ({ webPreferences: w.options.webPreferences, url: w.url, show: w.options.show })),
  menu: s.menu?.template.map((m) => m.label) ?? null,
};

if (process.env.SCENARIO === 'run' && s.windows.length === 1) {
  const win = s.windows[0];
  const ipc = s.handlers.get('inyeon:call');
  const ours = { sender: { id: win.webContents.id }, senderFrame: { url: 'app://inyeon/index.html', parent: null } };
  const call = (method, params, event = ours) => ipc(event, method, params);

  out.ipc = {
    info: await call('system.info', {}),
    added: await call('contacts.add', { name: '김철수', company: '한빛상사', points: [{ kind: 'mobile', value: '010-1234-5678' }] }),
    search: await call('contacts.search', { q: 'ㄱㅊㅅ' }),
    invalid: await call('contacts.add', { name: '' }),
    unknown: await call('fs.readFile', { path: '/etc/passwd' }),
    fileSender: await call('system.info', {}, { sender: ours.sender, senderFrame: { url: 'file:///etc/passwd', parent: null } }),
    foreignSender: await call('system.info', {}, { sender: ours.sender, senderFrame: { url: 'https://evil.example/', parent: null } }),
    noFrame: await call('system.info', {}, { sender: ours.sender, senderFrame: null }),
    otherContents: await call('system.info', {}, { sender: { id: 999 }, senderFrame: ours.senderFrame }),
  };

  const serve = s.protocolHandlers.get('app');
  const get = async (url, method = 'GET') => {
    const r = await serve(new Request(url, { method }));
    return { status: r.status, csp: r.headers.get('content-security-policy'), type: r.headers.get('content-type'), body: r.body ? await r.text() : '' };
  };
  out.protocol = {
    index: await get('app://inyeon/'),
    asset: await get('app://inyeon/assets/app.js'),
    missing: await get('app://inyeon/nope.js'),
    traversal: await get('app://inyeon/../../../../etc/passwd'),
    encoded: await get('app://inyeon/%2e%2e/%2e%2e/%2e%2e/etc/passwd'),
    secret: await get('app://inyeon/../secret.txt'),
    foreignHost: await get('app://evil/index.html'),
    post: await get('app://inyeon/index.html', 'POST'),
  };

  const nav = (url) => {
    const ev = { url, prevented: false, preventDefault() { ev.prevented = true; } };
    win.webContents.emit('will-navigate', ev);
    return ev.prevented;
  };
  out.navigation = { own: nav('app://inyeon/index.html#/today'), file: nav('file:///etc/passwd'), web: nav('https://example.com/') };
  out.windowOpen = win.webContents.windowOpenHandler({ url: 'https://example.com/' });
  await new Promise((r) => setTimeout(r, 20));
  out.opened = s.opened;
  out.externalPrompts = s.dialogs.filter((d) => d.type === 'question').length;

  const answers = [];
  s.session.permissionRequest(win.webContents, 'notifications', (ok) => answers.push(ok), { requestingUrl: 'app://inyeon/index.html' });
  s.session.permissionRequest(win.webContents, 'media', (ok) => answers.push(ok), { requestingUrl: 'app://inyeon/index.html', mediaTypes: ['video'] });
  s.session.permissionRequest(win.webContents, 'media', (ok) => answers.push(ok), { requestingUrl: 'app://inyeon/index.html', mediaTypes: ['video', 'audio'] });
  s.session.permissionRequest(win.webContents, 'media', (ok) => answers.push(ok), { requestingUrl: 'https://evil.example/', mediaTypes: ['video'] });
  out.permissions = { requests: answers, check: s.session.permissionCheck(win.webContents, 'geolocation', 'app://inyeon', {}) };
  const cancelled = (url) => {
    let c;
    s.session.beforeRequest({ url }, (r) => { c = r.cancel; });
    return c;
  };
  out.requests = { remote: cancelled('https://tracker.example/x.gif'), own: cancelled('app://inyeon/assets/app.js') };

  // The daily digest: two days later the 08:30 tick fires once; clicking the notification
  // focuses the window on Today.
  await new Promise((r) => setTimeout(r, 50));
  const ticks = () => timers.filter((t) => t.ms >= 1000);
  const planned = ticks().map((t) => t.ms);
  const realNow = Date.now;
  Date.now = () => realNow() + 2 * 86_400_000;
  for (const t of ticks()) t.fn();
  await new Promise((r) => setTimeout(r, 200));
  const shown = s.notifications.map((n) => ({ title: n.options.title, body: n.options.body, shown: n.shown }));
  win.focused = false;
  s.notifications[0]?.emit('click');
  out.digest = { planned, shown, clickedUrl: win.url, focused: Boolean(win.focused) };
  Date.now = realNow;

  const { app } = await import('electron');
  app.emit('second-instance');
  out.focusedOnSecondLaunch = Boolean(win.focused);
  app.emit('will-quit');
  out.afterQuit = await call('system.info', {});
}

if (process.env.SCENARIO === 'refuse' && s.windows.length === 1) {
  const win = s.windows[0];
  const ipc = s.handlers.get('inyeon:call');
  const ours = { sender: { id: win.webContents.id }, senderFrame: { url: 'app://inyeon/index.html', parent: null } };
  out.ipc = { openState: await ipc(ours, 'system.openState', {}), info: await ipc(ours, 'system.info', {}) };
}

console.log(`RESULT ${JSON.stringify(out)}`);
// The real app would exit; nothing here keeps the event loop alive on purpose.
process.exit(0);
