// Channel names only, so the preload bundle does not pull in the schemas.
export const IPC_CHANNELS = {
  saveFile: 'drp:save-file',
  saveFiles: 'drp:save-files',
  openFile: 'drp:open-file',
  appVersion: 'drp:app-version',
  closeReady: 'drp:close-ready',
  reportError: 'drp:report-error',
  listBackups: 'drp:list-backups',
  writeBackup: 'drp:write-backup',
  readBackup: 'drp:read-backup',
  deleteBackups: 'drp:delete-backups',
} as const;

export type IpcMethod = keyof typeof IPC_CHANNELS;

/** Every request method, for registering handlers in a loop (a unit test checks it is complete). */
export const IPC_METHODS = [
  'saveFile',
  'saveFiles',
  'openFile',
  'appVersion',
  'closeReady',
  'reportError',
  'listBackups',
  'writeBackup',
  'readBackup',
  'deleteBackups',
] as const satisfies readonly IpcMethod[];

/**
 * Main → renderer: the window is about to close (or the app to quit). The page runs its
 * before-close tasks and answers with `closeReady` and the same request id.
 */
export const BEFORE_CLOSE_CHANNEL = 'drp:before-close';

/** Main → renderer: a native menu item the renderer must act on. */
export const MENU_COMMAND_CHANNEL = 'drp:menu-command';

export const MENU_COMMANDS = [
  'new-plan',
  'new-plan-from-template',
  'open-plan-list',
  'open-backups',
  'about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return MENU_COMMANDS.some((command) => command === value);
}
