import type { DrpBridge } from '../../shared/ipc/contract';

declare global {
  interface Window {
    /** Present only inside Electron, put there by the preload script. */
    readonly drp?: DrpBridge;
  }
}
