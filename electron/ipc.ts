import { IPC_CHANNELS, IPC_METHODS, type IpcMethod } from '../shared/ipc/channels';
import type { z } from 'zod';
import { ipcRequestSchemas, type IpcHandlers, type IpcRequest } from '../shared/ipc/contract';
import { formatIssues } from '../shared/model/validation';
import { isAppUrl } from './app-protocol';

/** The parts of `IpcMainInvokeEvent` the sender check reads. */
export interface IpcSenderEvent<C> {
  readonly sender: C;
  readonly senderFrame: { readonly parent: unknown; readonly url: string } | null;
}

/**
 * Only our own page may call into main: the top frame (never an iframe), showing the app origin,
 * inside one of our windows. A null frame means it navigated away or was destroyed since it sent
 * the message; we cannot tell who sent it, so refuse.
 */
export function isTrustedSender<C>(
  event: IpcSenderEvent<C>,
  isOwnContents: (contents: C) => boolean,
): boolean {
  const frame = event.senderFrame;
  if (frame === null) return false;
  if (frame.parent !== null) return false;
  if (!isAppUrl(frame.url)) return false;
  return isOwnContents(event.sender);
}

/** The parts of `ipcMain` used here; `E` is the event type it passes to listeners. */
export interface IpcMainLike<E> {
  handle(channel: string, listener: (event: E, arg: unknown) => Promise<unknown>): void;
}

// The same schemas, typed per method so that a generic `M` keeps schema and handler in step.
const requestSchemas: { [M in IpcMethod]: z.ZodType<IpcRequest<M>> } = ipcRequestSchemas;

/**
 * Told about every refused call: the channel and why, nothing of the argument (it may hold plan
 * content), so it can be logged.
 */
export type OnIpcRefused = (channel: string, reason: 'sender' | 'arguments') => void;

/**
 * Registers one handler per method. Every argument arrives as `unknown` from a process we do not
 * trust, so it is parsed with the same schema the renderer was typed against before use.
 */
export function registerIpcHandlers<E>(
  ipcMain: IpcMainLike<E>,
  handlers: IpcHandlers,
  isTrusted: (event: E) => boolean,
  onRefused: OnIpcRefused = () => undefined,
): void {
  for (const method of IPC_METHODS) registerMethod(ipcMain, method, handlers[method], isTrusted, onRefused);
}

function registerMethod<E, M extends IpcMethod>(
  ipcMain: IpcMainLike<E>,
  method: M,
  handler: IpcHandlers[M],
  isTrusted: (event: E) => boolean,
  onRefused: OnIpcRefused,
): void {
  const channel = IPC_CHANNELS[method];
  ipcMain.handle(channel, async (event, arg) => {
    if (!isTrusted(event)) {
      onRefused(channel, 'sender');
      throw new Error(`Refused ${channel}: the request did not come from the app window`);
    }
    const request = requestSchemas[method].safeParse(arg);
    if (!request.success) {
      onRefused(channel, 'arguments');
      throw new Error(`Invalid arguments for ${channel}: ${formatIssues(request.error.issues)}`);
    }
    return handler(request.data);
  });
}
