// The preload: runs sandboxed, in its own isolated world. It hands the page exactly one object,
// `window.inyeon`, and never ipcRenderer itself (that would let the page send on any channel).
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge.js';
import { PRELOAD_METHODS } from './methods.js';

contextBridge.exposeInMainWorld(
  'inyeon',
  createBridge(PRELOAD_METHODS, (channel, method, params) => ipcRenderer.invoke(channel, method, params)),
);
