// The one IPC channel. Every call is checked (sender, then method name) and answered with an
// Envelope by handleCall; the handler itself never throws.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL } from '../../shared/contract/transport.js';
import { type Dispatch, handleCall } from './call.js';
import { checkSender } from './sender.js';

export function senderOf(event: IpcMainInvokeEvent) {
  const frame = event.senderFrame;
  return { frameUrl: frame?.url, isMainFrame: frame ? frame.parent === null : false, webContentsId: event.sender.id };
}

export function registerIpc(dispatch: Dispatch, ourWebContents: () => ReadonlySet<number>): void {
  ipcMain.handle(IPC_CHANNEL, (event, method: unknown, params: unknown) =>
    handleCall(dispatch, checkSender(senderOf(event), ourWebContents()), method, params),
  );
}

export function unregisterIpc(): void {
  ipcMain.removeHandler(IPC_CHANNEL);
}
