// A stand-in for the `electron` package, enough to run our main process and preload in plain
// Node (the real binary cannot be downloaded on these machines). It does nothing but record what
// our code asks of Electron in `globalThis.__fakeElectron`, so tests can inspect and drive it.
// Used by vi.mock('electron') in unit tests and by a module-resolve hook for the built bundle.
import { EventEmitter } from 'node:events';

export function fakeState() {
  globalThis.__fakeElectron ??= {
    locale: 'ko-KR',
    userData: '',
    lock: true,
    dialogResponse: 1,
    handlers: new Map(),
    protocolHandlers: new Map(),
    privileged: [],
    windows: [],
    dialogs: [],
    opened: [],
    invoked: [],
    exitCode: null,
    quit: false,
    sandbox: false,
    menu: null,
    exposed: null,
    session: {},
    notifications: [],
  };
  return globalThis.__fakeElectron;
}
const state = fakeState();

let nextId = 1;

class FakeWebContents extends EventEmitter {
  constructor() {
    super();
    this.id = nextId++;
    this.windowOpenHandler = null;
  }
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
}

export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  whenReady: () => Promise.resolve(),
  requestSingleInstanceLock: () => state.lock,
  getPath: () => state.userData,
  getLocale: () => state.locale,
  enableSandbox: () => {
    state.sandbox = true;
  },
  setAppUserModelId: () => undefined,
  quit: () => {
    state.quit = true;
  },
  exit: (code) => {
    state.exitCode = code;
  },
});

export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new FakeWebContents();
    this.url = null;
    this.destroyed = false;
    state.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url) {
    this.url = url;
    return Promise.resolve();
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  show() {
    this.shown = true;
  }
  focus() {
    this.focused = true;
  }
  static fromWebContents() {
    return null;
  }
}

export const ipcMain = {
  handle: (channel, fn) => void state.handlers.set(channel, fn),
  removeHandler: (channel) => void state.handlers.delete(channel),
};

export const protocol = {
  registerSchemesAsPrivileged: (schemes) => void state.privileged.push(...schemes),
  handle: (scheme, fn) => void state.protocolHandlers.set(scheme, fn),
};

const defaultSession = {
  setPermissionRequestHandler: (fn) => void (state.session.permissionRequest = fn),
  setPermissionCheckHandler: (fn) => void (state.session.permissionCheck = fn),
  setDevicePermissionHandler: (fn) => void (state.session.devicePermission = fn),
  webRequest: { onBeforeRequest: (fn) => void (state.session.beforeRequest = fn) },
};
export const session = { defaultSession };

export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu: (menu) => void (state.menu = menu),
};

export const dialog = {
  showMessageBoxSync: (...args) => {
    state.dialogs.push(args.at(-1));
    return 0;
  },
  showMessageBox: async (...args) => {
    state.dialogs.push(args.at(-1));
    return { response: state.dialogResponse };
  },
};

export class Notification extends EventEmitter {
  static isSupported() {
    return true;
  }
  constructor(options) {
    super();
    this.options = options;
    this.shown = false;
    state.notifications.push(this);
  }
  show() {
    this.shown = true;
  }
}

export const shell = { openExternal: async (url) => void state.opened.push(url) };

export const contextBridge = { exposeInMainWorld: (key, value) => void (state.exposed = { key, value }) };
export const ipcRenderer = {
  invoke: async (...args) => {
    state.invoked.push(args);
    return { ok: true, result: null };
  },
};

/** A keychain stand-in (encryption at rest): reversible, so a key it wraps comes back. */
export const safeStorage = {
  isEncryptionAvailable: () => true,
  getSelectedStorageBackend: () => 'gnome_libsecret',
  encryptString: (text) => Buffer.from(`fake-keychain:${text}`),
  decryptString: (buf) => {
    const s = buf.toString();
    if (!s.startsWith('fake-keychain:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return s.slice('fake-keychain:'.length);
  },
};

export default { app, BrowserWindow, ipcMain, protocol, session, Menu, dialog, shell, contextBridge, ipcRenderer, Notification, safeStorage };
