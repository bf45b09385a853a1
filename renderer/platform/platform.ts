import type { DrpBridge } from '../../shared/ipc/contract';

/**
 * What the UI needs from the machine it runs on. In Electron this is the
 * preload bridge itself; in a plain browser it is {@link createBrowserPlatform}.
 * Feature code receives one and never asks which it is.
 */
export type Platform = DrpBridge;
