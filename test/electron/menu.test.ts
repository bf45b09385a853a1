import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuOptions } from '../../electron/menu';
import type { MenuCommand } from '../../shared/ipc/channels';

function build(overrides: Partial<MenuOptions> = {}) {
  const send = vi.fn<(command: MenuCommand) => void>();
  const openLogsFolder = vi.fn<() => void>();
  const template = buildMenuTemplate({
    isMac: false,
    isDev: false,
    appName: 'DR Planner',
    send,
    openLogsFolder,
    ...overrides,
  });
  return { template, send, openLogsFolder };
}

function submenuOf(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label);
  if (!Array.isArray(menu?.submenu)) throw new Error(`No "${label}" menu`);
  return menu.submenu;
}

function item(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items.find((entry) => entry.label === label);
  if (found === undefined) throw new Error(`No "${label}" item`);
  return found;
}

/** Clicks an item the way Electron would; our handlers ignore the arguments Electron passes. */
function click(entry: MenuItemConstructorOptions): void {
  if (entry.click === undefined) throw new Error(`"${String(entry.label)}" has no click handler`);
  Reflect.apply(entry.click, undefined, []);
}

const shape = (items: MenuItemConstructorOptions[]) =>
  items.map((entry) => entry.label ?? entry.role ?? entry.type);

describe('buildMenuTemplate on Windows and Linux', () => {
  it('has File, Edit, View and Help menus in that order', () => {
    expect(shape(build().template)).toEqual(['File', 'editMenu', 'View', 'Help']);
  });

  it('File: New plan, New plan from template…, Open plan list, Backups…, separator, Quit', () => {
    const file = submenuOf(build().template, 'File');
    expect(file.map((entry) => [entry.label ?? entry.type, entry.accelerator, entry.role])).toEqual([
      ['New plan', 'CmdOrCtrl+N', undefined],
      ['New plan from template…', undefined, undefined],
      ['Open plan list', 'CmdOrCtrl+Shift+O', undefined],
      ['Backups…', undefined, undefined],
      ['separator', undefined, undefined],
      ['Quit', undefined, 'quit'],
    ]);
  });

  it.each([
    ['File', 'New plan', 'new-plan'],
    ['File', 'New plan from template…', 'new-plan-from-template'],
    ['File', 'Open plan list', 'open-plan-list'],
    ['File', 'Backups…', 'open-backups'],
    ['Help', 'About DR Planner', 'about'],
  ] as const)('%s › %s sends %s to the renderer', (menu, label, command) => {
    const { template, send } = build();
    click(item(submenuOf(template, menu), label));
    expect(send).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('Help: Open logs folder, separator, About', () => {
    expect(shape(submenuOf(build().template, 'Help'))).toEqual([
      'Open logs folder',
      'separator',
      'About DR Planner',
    ]);
  });

  it('Help › Open logs folder opens the folder in main, sending nothing to the page', () => {
    const { template, send, openLogsFolder } = build();
    click(item(submenuOf(template, 'Help'), 'Open logs folder'));
    expect(openLogsFolder).toHaveBeenCalledOnce();
    expect(send).not.toHaveBeenCalled();
  });

  it('View has no developer tools in a packaged build', () => {
    expect(shape(submenuOf(build({ isDev: false }).template, 'View'))).toEqual([
      'reload',
      'forceReload',
      'separator',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'separator',
      'togglefullscreen',
    ]);
  });

  it('View offers developer tools during development', () => {
    const view = shape(submenuOf(build({ isDev: true }).template, 'View'));
    expect(view.slice(0, 3)).toEqual(['reload', 'forceReload', 'toggleDevTools']);
  });
});

describe('buildMenuTemplate on macOS', () => {
  it('starts with the app menu, which carries About and Quit', () => {
    const { template, send } = build({ isMac: true });
    expect(shape(template)).toEqual(['DR Planner', 'File', 'editMenu', 'View', 'windowMenu', 'Help']);
    const appMenu = submenuOf(template, 'DR Planner');
    expect(appMenu.at(-1)?.role).toBe('quit');
    click(item(appMenu, 'About DR Planner'));
    expect(send).toHaveBeenCalledExactlyOnceWith('about');
  });

  it('has Open logs folder in Help on macOS too', () => {
    const { template, openLogsFolder } = build({ isMac: true });
    click(item(submenuOf(template, 'Help'), 'Open logs folder'));
    expect(openLogsFolder).toHaveBeenCalledOnce();
  });

  it('has no Quit in the File menu', () => {
    const file = submenuOf(build({ isMac: true }).template, 'File');
    expect(file.map((entry) => entry.label)).toEqual([
      'New plan',
      'New plan from template…',
      'Open plan list',
      'Backups…',
    ]);
    expect(file.some((entry) => entry.role === 'quit')).toBe(false);
  });
});
