import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc/channels';

export interface MenuOptions {
  isMac: boolean;
  /** Developer tools only in unpackaged builds: in a shipped app they are a way around the UI. */
  isDev: boolean;
  appName: string;
  /** Forwards a command to the renderer, which owns every action on plans. */
  send: (command: MenuCommand) => void;
  /** Opens the folder holding main.log in the file manager (for a support request). */
  openLogsFolder: () => void;
}

const separator = { type: 'separator' } as const satisfies MenuItemConstructorOptions;

/** The native menu, as plain data so it can be tested without Electron. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { isMac, isDev, appName, send, openLogsFolder } = options;
  const about: MenuItemConstructorOptions = {
    label: `About ${appName}`,
    click: () => {
      send('about');
    },
  };

  // macOS convention: the first menu is named after the app and carries About and Quit.
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            about,
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      {
        label: 'New plan',
        accelerator: 'CmdOrCtrl+N',
        click: () => {
          send('new-plan');
        },
      },
      {
        label: 'New plan from template…',
        click: () => {
          send('new-plan-from-template');
        },
      },
      {
        label: 'Open plan list',
        accelerator: 'CmdOrCtrl+Shift+O',
        click: () => {
          send('open-plan-list');
        },
      },
      {
        label: 'Backups…',
        click: () => {
          send('open-backups');
        },
      },
      ...(isMac ? [] : [separator, { label: 'Quit', role: 'quit' } satisfies MenuItemConstructorOptions]),
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { role: 'reload' },
      { role: 'forceReload' },
      ...(isDev ? [{ role: 'toggleDevTools' } satisfies MenuItemConstructorOptions] : []),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  return [
    ...appMenu,
    fileMenu,
    { role: 'editMenu' },
    viewMenu,
    ...(isMac ? [{ role: 'windowMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: 'Help',
      role: 'help',
      submenu: [
        {
          label: 'Open logs folder',
          click: () => {
            openLogsFolder();
          },
        },
        separator,
        about,
      ],
    },
  ];
}
