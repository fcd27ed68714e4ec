// The whole contract: every method the renderer, the CLI and the tests may call. Transports
// (Electron IPC, loopback HTTP) carry exactly these names and nothing else.
import { captureRecognizeApi } from './capture.js';
import { contactsApi } from './contacts.js';
import { engineApi } from './engine.js';
import type { InputOf, ResultOf } from './group.js';
import { systemApi } from './system.js';
import { touchesApi } from './touches.js';

export const api = { ...contactsApi, ...touchesApi, ...systemApi, ...engineApi, ...captureRecognizeApi };
export type Api = typeof api;
export type Method = keyof Api;
export const METHODS = Object.keys(api) as Method[];

export const isMethod = (name: string): name is Method => Object.prototype.hasOwnProperty.call(api, name);

export type Params<M extends Method> = InputOf<Api[M]>;
export type Result<M extends Method> = ResultOf<Api[M]>;

/** What every transport offers the renderer: one function, typed per method. */
export type Invoke = <M extends Method>(method: M, params: Params<M>) => Promise<Result<M>>;

export { ContactDraft, PointDraft, CONTACT_SORTS } from './contacts.js';
export { TouchDraft, type TouchResult } from './touches.js';
export { SettingsPatch, type SystemInfo } from './system.js';
export type { ParsedInputOf } from './group.js';
export { DealDraft, DealPatch, DEAL_STATUSES, type DealResult, type ReferralsOf } from './engine.js';
