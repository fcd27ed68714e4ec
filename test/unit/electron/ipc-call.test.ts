import { describe, expect, it } from 'vitest';
import { METHODS } from '../../../shared/contract/index.js';
import { AppError } from '../../../shared/errors.js';
import { handleCall } from '../../../electron/main/call.js';
import { checkSender } from '../../../electron/main/sender.js';

const OURS = new Set([7]);
const good = { frameUrl: 'app://inyeon/index.html', isMainFrame: true, webContentsId: 7 };

describe('checkSender', () => {
  it('accepts the main frame of our window on our origin', () => {
    expect(checkSender(good, OURS)).toEqual({ ok: true });
    expect(checkSender({ ...good, frameUrl: 'app://inyeon/index.html#/today' }, OURS)).toEqual({ ok: true });
  });

  it.each([
    [{ ...good, frameUrl: 'https://evil.example/' }, 'foreign origin'],
    [{ ...good, frameUrl: 'file:///home/me/inyeon/out/renderer/index.html' }, 'foreign origin'],
    [{ ...good, frameUrl: 'app://evil/index.html' }, 'foreign origin'],
    [{ ...good, frameUrl: 'http://127.0.0.1:5173/' }, 'foreign origin'],
    [{ ...good, frameUrl: 'about:blank' }, 'foreign origin'],
    [{ ...good, frameUrl: undefined }, 'no sending frame'],
    [{ ...good, frameUrl: null }, 'no sending frame'],
    [{ ...good, frameUrl: '' }, 'no sending frame'],
    [{ ...good, isMainFrame: false }, 'sent from a subframe'],
    [{ ...good, webContentsId: 8 }, 'not one of our windows'],
  ])('rejects %j (%s)', (sender, reason) => {
    expect(checkSender(sender, OURS)).toEqual({ ok: false, reason });
  });

  it('rejects everything when we have no window', () => {
    expect(checkSender(good, new Set())).toEqual({ ok: false, reason: 'not one of our windows' });
  });
});

describe('handleCall', () => {
  const ok = { ok: true } as const;
  const silent = () => undefined;

  it('answers with the result in an envelope', async () => {
    const calls: unknown[] = [];
    const env = await handleCall(async (m, p) => { calls.push([m, p]); return { n: 1 }; }, ok, 'system.info', {}, silent);
    expect(env).toEqual({ ok: true, result: { n: 1 } });
    expect(calls).toEqual([['system.info', {}]]);
  });

  it('refuses an untrusted sender without calling the backend', async () => {
    let called = false;
    const lines: string[] = [];
    const env = await handleCall(async () => { called = true; }, { ok: false, reason: 'foreign origin' }, 'contacts.add', { name: '김철수' }, (l) => lines.push(l));
    expect(env).toEqual({ ok: false, error: { code: 'unauthorized', message: expect.any(String) } });
    expect(called).toBe(false);
    // Logged without the params (personal data stays out of logs).
    expect(lines.join('\n')).not.toContain('김철수');
  });

  it.each([['nope'], ['constructor'], ['__proto__'], ['toString'], [42], [null], [undefined], [{}]])('refuses the unknown method %j', async (method) => {
    let called = false;
    const env = await handleCall(async () => { called = true; }, ok, method, {}, silent);
    expect(env.ok).toBe(false);
    if (!env.ok) expect(env.error.code).toBe('unknown-method');
    expect(called).toBe(false);
  });

  it('passes an AppError through as its payload', async () => {
    const env = await handleCall(async () => { throw new AppError('invalid-input', 'name is required', [{ path: 'name', message: 'is required' }]); }, ok, 'contacts.add', {}, silent);
    expect(env).toEqual({ ok: false, error: { code: 'invalid-input', message: 'name is required', issues: [{ path: 'name', message: 'is required' }] } });
  });

  it('turns any other error into a plain internal error (details only in the log)', async () => {
    const lines: string[] = [];
    const env = await handleCall(async () => { throw new TypeError('x is undefined at /secret/path.ts:1'); }, ok, 'today.get', {}, (l) => lines.push(l));
    expect(env).toEqual({ ok: false, error: { code: 'internal', message: expect.any(String) } });
    if (!env.ok) expect(env.error.message).not.toContain('/secret/path');
    expect(lines.join('\n')).toContain('today.get');
  });

  it('never rejects, even when the thrown value is not an Error', async () => {
    await expect(handleCall(async () => { throw 'a string'; }, ok, 'today.get', {}, silent)).resolves.toMatchObject({ ok: false });
    await expect(handleCall(() => { throw undefined; }, ok, 'today.get', {}, silent)).resolves.toMatchObject({ ok: false });
  });

  it('accepts every contract method', async () => {
    for (const m of METHODS) expect((await handleCall(async () => m, ok, m, {}, silent)).ok).toBe(true);
  });
});
