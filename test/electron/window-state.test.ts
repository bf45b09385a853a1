import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadWindowState,
  restoreWindowState,
  saveWindowState,
  type WindowState,
} from '../../electron/window-state';
import { useTempDirs } from './temp-dir';

const makeTempDir = useTempDirs();

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const monitorOnTheRight = { x: 1440, y: -200, width: 2560, height: 1400 };
const saved = (state: Partial<WindowState> = {}): WindowState => ({
  x: 100,
  y: 80,
  width: 1200,
  height: 800,
  maximized: false,
  ...state,
});

describe('restoreWindowState', () => {
  it.each([
    ['nothing saved', undefined],
    ['null', null],
    ['a string', 'garbage'],
    ['missing fields', { x: 1, y: 2 }],
    ['wrong types', { ...saved(), width: '1200' }],
    ['fractional numbers', { ...saved(), width: 1200.5 }],
    ['a negative size', { ...saved(), height: -10 }],
  ])('defaults to 1280×820 centred for %s', (_label, value) => {
    expect(restoreWindowState(value, [monitorOnTheRight])).toEqual({
      width: 1280,
      height: 820,
      maximized: false,
    });
  });

  it('keeps a valid position and size on a screen that is still there', () => {
    expect(restoreWindowState(saved(), [laptop])).toEqual(saved());
  });

  it('keeps a position on a second monitor, including negative coordinates', () => {
    const state = saved({ x: 2000, y: -150, maximized: true });
    expect(restoreWindowState(state, [laptop, monitorOnTheRight])).toEqual(state);
  });

  it('drops the position when that monitor was unplugged, keeping size and maximized', () => {
    expect(restoreWindowState(saved({ x: 2000, y: -150, maximized: true }), [laptop])).toEqual({
      width: 1200,
      height: 800,
      maximized: true,
    });
  });

  it.each([
    ['only a sliver showing at the right edge', { x: 1400 }],
    ['the title bar above the top of the screen', { y: -500 }],
    ['below the bottom of the screen', { y: 870 }],
    ['left of every screen', { x: -1190 }],
  ])('drops the position when the window would be unreachable: %s', (_label, position) => {
    const restored = restoreWindowState(saved(position), [laptop]);
    expect(restored.x).toBeUndefined();
    expect(restored.y).toBeUndefined();
  });

  it('clamps the size to at least 900×600', () => {
    expect(restoreWindowState(saved({ width: 300, height: 200 }), [laptop])).toMatchObject({
      width: 900,
      height: 600,
    });
  });

  it('clamps the size to the largest work area', () => {
    const restored = restoreWindowState(saved({ x: 0, y: 0, width: 5000, height: 3000 }), [
      laptop,
      monitorOnTheRight,
    ]);
    expect(restored).toMatchObject({ width: 2560, height: 1400 });
  });

  it('clamps the default size on a small screen, but never below the minimum', () => {
    expect(restoreWindowState(undefined, [{ x: 0, y: 0, width: 1024, height: 700 }])).toEqual({
      width: 1024,
      height: 700,
      maximized: false,
    });
    expect(restoreWindowState(undefined, [{ x: 0, y: 0, width: 800, height: 500 }])).toMatchObject({
      width: 900,
      height: 600,
    });
  });

  it('drops the position when no display is known at all', () => {
    expect(restoreWindowState(saved(), [])).toEqual({ width: 1200, height: 800, maximized: false });
  });
});

describe('loadWindowState / saveWindowState (real files)', () => {
  it('round-trips through an atomic write', async () => {
    const dir = await makeTempDir();
    const file = path.join(dir, 'window-state.json');
    await saveWindowState(file, saved({ maximized: true }));
    expect(await loadWindowState(file)).toEqual(saved({ maximized: true }));
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(saved({ maximized: true }));
    expect(await readdir(dir)).toEqual(['window-state.json']);
  });

  it('returns undefined for a missing file', async () => {
    const dir = await makeTempDir();
    expect(await loadWindowState(path.join(dir, 'window-state.json'))).toBeUndefined();
  });

  it.each([
    ['truncated JSON', '{"x": 10, "y":'],
    ['JSON of the wrong shape', '{"x": "left"}'],
    ['not JSON at all', '\u0000\u0001binary'],
    ['an empty file', ''],
  ])('returns undefined for %s', async (_label, content) => {
    const dir = await makeTempDir();
    const file = path.join(dir, 'window-state.json');
    await writeFile(file, content);
    expect(await loadWindowState(file)).toBeUndefined();
  });

  it('returns undefined for a file far too large to be ours', async () => {
    const dir = await makeTempDir();
    const file = path.join(dir, 'window-state.json');
    await writeFile(file, JSON.stringify({ ...saved(), padding: 'x'.repeat(100_000) }));
    expect(await loadWindowState(file)).toBeUndefined();
  });

  it('refuses to save a state that would not load again', async () => {
    const dir = await makeTempDir();
    const file = path.join(dir, 'window-state.json');
    await expect(saveWindowState(file, saved({ width: Number.NaN }))).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});
