// window.inyeon: one function per contract method, each a single IPC invoke on our one channel.
// Built from a list (not a Proxy) so the renderer cannot reach any other channel by name.
import type { Bridge } from '../../shared/contract/transport.js';
import { IPC_CHANNEL } from '../../shared/contract/transport.js';

export type Invoker = (channel: string, method: string, params: unknown) => Promise<unknown>;

export function createBridge(methods: readonly string[], invoke: Invoker): Bridge {
  const bridge: Bridge = {};
  for (const method of methods) {
    // `params ?? {}`: IPC cannot carry undefined as an argument distinctly, and every method takes an object.
    bridge[method] = (params: unknown) => invoke(IPC_CHANNEL, method, params ?? {}) as ReturnType<Bridge[string]>;
  }
  return Object.freeze(bridge);
}
