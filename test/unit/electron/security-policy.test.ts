import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL, APP_SCHEME_PRIVILEGES, CONTENT_SECURITY_POLICY, decideNavigation, decideWindowOpen, isCameraForCardCapture,
  isOwnUrl, PERMISSIONS, permissionAllowed, requestAllowed, SECURITY_HEADERS, webPreferences,
} from '../../../electron/main/security-policy.js';

describe('webPreferences', () => {
  const prefs = webPreferences({ preload: '/app/out/preload/index.cjs', devTools: false });

  it('isolates and sandboxes the renderer', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
  });

  it('uses the given preload and devTools switch', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    expect(prefs.devTools).toBe(false);
    expect(webPreferences({ preload: 'p', devTools: true }).devTools).toBe(true);
  });

  it('does not enable Blink features or set anything that weakens the page', () => {
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('enableRemoteModule');
    expect(prefs).not.toHaveProperty('disableBlinkFeatures');
  });
});

describe('Content-Security-Policy', () => {
  const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split(';').map((d) => {
    const [name, ...values] = d.trim().split(/\s+/);
    return [name, values];
  }));

  it('has no unsafe-* source anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-/);
  });

  it("defaults to 'self' and forbids plugins, base and forms", () => {
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['form-action']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
  });

  it('loads scripts and styles from our own origin only, and connects nowhere', () => {
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['style-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'none'"]);
  });

  it('is sent as a header with the other security headers', () => {
    expect(SECURITY_HEADERS['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(SECURITY_HEADERS['x-content-type-options']).toBe('nosniff');
  });
});

describe('our origin', () => {
  it('is a standard, secure custom scheme with no CSP bypass', () => {
    expect(APP_ENTRY_URL).toBe('app://inyeon/index.html');
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true, bypassCSP: false, corsEnabled: false, allowServiceWorkers: false });
  });

  it.each([
    ['app://inyeon/index.html', true],
    ['app://inyeon/', true],
    ['app://inyeon/assets/x.js?v=1#top', true],
    ['app://evil/index.html', false],
    ['app://inyeon.evil.com/', false],
    ['app://user:pw@inyeon/', false],
    ['file:///etc/passwd', false],
    ['https://inyeon/', false],
    ['not a url', false],
    ['', false],
  ])('isOwnUrl(%j) is %s', (url, own) => {
    expect(isOwnUrl(url)).toBe(own);
  });
});

describe('navigation', () => {
  it('stays on our own pages', () => {
    expect(decideNavigation('app://inyeon/index.html#/contacts')).toEqual({ action: 'allow' });
  });

  it('sends http(s) links to the system browser (after confirmation) instead of navigating', () => {
    expect(decideNavigation('https://example.com/a?b=1')).toEqual({ action: 'external', url: 'https://example.com/a?b=1' });
    expect(decideNavigation('http://example.com')).toEqual({ action: 'external', url: 'http://example.com/' });
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://inyeon/123',
    'ftp://example.com/',
    'mailto:a@b.c',
    'app://evil/',
    'https://user:pw@example.com/',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
  ])('denies %s', (url) => {
    expect(decideNavigation(url)).toEqual({ action: 'deny' });
  });
});

describe('window.open', () => {
  it('never opens an app window, even for our own pages', () => {
    expect(decideWindowOpen('app://inyeon/index.html')).toEqual({ action: 'deny' });
  });

  it('offers web links to the system browser', () => {
    expect(decideWindowOpen('https://example.com/')).toEqual({ action: 'external', url: 'https://example.com/' });
  });

  it.each(['file:///etc/passwd', 'javascript:void(0)', 'data:text/html,x', 'about:blank'])('denies %s', (url) => {
    expect(decideWindowOpen(url)).toEqual({ action: 'deny' });
  });
});

describe('requests', () => {
  it.each([
    ['app://inyeon/assets/index.js', true],
    ['data:image/png;base64,AAAA', true],
    ['blob:app://inyeon/1', true],
    ['https://example.com/tracker.gif', false],
    ['http://127.0.0.1:8080/api', false],
    ['ws://127.0.0.1/', false],
    ['file:///etc/passwd', false],
    ['app://evil/x.js', false],
  ])('%s allowed: %s', (url, allowed) => {
    expect(requestAllowed(url)).toBe(allowed);
  });
});

describe('permissions', () => {
  it.each(['notifications', 'geolocation', 'media', 'clipboard-read', 'openExternal', 'midi', 'hid', 'serial', 'usb', 'unknown', 'fullscreen'])(
    'denies %s',
    (permission) => {
      expect(permissionAllowed({ permission, requestingUrl: 'app://inyeon/index.html' })).toBe(false);
    },
  );

  it('allows the camera (video only) to our own app:// page for card capture', () => {
    expect(PERMISSIONS.cameraForCardCapture).toBe(true);
    expect(permissionAllowed({ permission: 'media', requestingUrl: 'app://inyeon/index.html', mediaTypes: ['video'] })).toBe(true);
    expect(permissionAllowed({ permission: 'media', requestingUrl: 'app://inyeon', mediaTypes: ['video'] })).toBe(true);
  });

  it.each([
    ['a remote page', 'https://evil.example/', ['video']],
    ['a look-alike scheme host', 'app://evil/index.html', ['video']],
    ['the loopback server', 'http://127.0.0.1:41234/', ['video']],
    ['a file URL', 'file:///tmp/x.html', ['video']],
    ['credentials in the URL', 'app://user:pw@inyeon/index.html', ['video']],
    ['no origin', undefined, ['video']],
    ['the microphone too', 'app://inyeon/index.html', ['video', 'audio']],
    ['the microphone alone', 'app://inyeon/index.html', ['audio']],
    ['no device named', 'app://inyeon/index.html', []],
    ['unknown device', 'app://inyeon/index.html', ['unknown']],
  ])('still denies media for %s', (_what, requestingUrl, mediaTypes) => {
    expect(permissionAllowed({ permission: 'media', requestingUrl, mediaTypes })).toBe(false);
  });

  it('the camera exception covers media only, and switches off as a whole', () => {
    for (const permission of ['geolocation', 'notifications', 'display-capture', 'clipboard-read']) {
      expect(permissionAllowed({ permission, requestingUrl: 'app://inyeon/index.html', mediaTypes: ['video'] }), permission).toBe(false);
    }
    const off = { cameraForCardCapture: false };
    expect(permissionAllowed({ permission: 'media', requestingUrl: 'app://inyeon/index.html', mediaTypes: ['video'] }, off)).toBe(false);
    expect(isCameraForCardCapture({ permission: 'media', mediaTypes: ['video'] })).toBe(false);
  });
});
