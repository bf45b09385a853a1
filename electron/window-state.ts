import type { Rectangle } from 'electron';
import { z } from 'zod';
import { readFileLimited, writeFileAtomic } from './files';

export const MIN_WINDOW_WIDTH = 900;
export const MIN_WINDOW_HEIGHT = 600;
export const DEFAULT_WINDOW_WIDTH = 1280;
export const DEFAULT_WINDOW_HEIGHT = 820;

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().positive().max(100_000);

/** What we remember between runs: the normal (not maximised) bounds, and whether it was maximised. */
export const windowStateSchema = z.object({
  x: coordinate,
  y: coordinate,
  width: length,
  height: length,
  maximized: z.boolean(),
});

export type WindowState = z.infer<typeof windowStateSchema>;

/** Size and, when still on a screen, position for the new window. No x/y means "centre it". */
export interface RestoredWindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

/** A window is reachable when enough of its title bar is on some screen to grab it with the mouse. */
const TITLE_BAR_HEIGHT = 32;
const MIN_VISIBLE_WIDTH = 100;
const MIN_VISIBLE_HEIGHT = 20;

function titleBarVisibleOn(bounds: Rectangle, area: Rectangle): boolean {
  const overlapX = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
  const overlapY = Math.min(bounds.y + TITLE_BAR_HEIGHT, area.y + area.height) - Math.max(bounds.y, area.y);
  return overlapX >= MIN_VISIBLE_WIDTH && overlapY >= MIN_VISIBLE_HEIGHT;
}

function clamp(value: number, min: number, max: number): number {
  // The minimum wins on a screen smaller than it: the window enforces minWidth/minHeight anyway.
  return Math.max(min, Math.min(value, max));
}

/**
 * Turns whatever was saved (possibly nothing, possibly garbage from an old version) into safe
 * window bounds for the displays attached now: a monitor may have been unplugged since.
 */
export function restoreWindowState(saved: unknown, workAreas: readonly Rectangle[]): RestoredWindowState {
  // No displays reported (should not happen): no upper bound rather than a minimum-size window.
  const maxWidth = workAreas.length === 0 ? Infinity : Math.max(...workAreas.map((area) => area.width));
  const maxHeight = workAreas.length === 0 ? Infinity : Math.max(...workAreas.map((area) => area.height));
  const parsed = windowStateSchema.safeParse(saved);
  if (!parsed.success) {
    return {
      width: clamp(DEFAULT_WINDOW_WIDTH, MIN_WINDOW_WIDTH, maxWidth),
      height: clamp(DEFAULT_WINDOW_HEIGHT, MIN_WINDOW_HEIGHT, maxHeight),
      maximized: false,
    };
  }
  const state = parsed.data;
  const width = clamp(state.width, MIN_WINDOW_WIDTH, maxWidth);
  const height = clamp(state.height, MIN_WINDOW_HEIGHT, maxHeight);
  const bounds = { x: state.x, y: state.y, width, height };
  const reachable = workAreas.some((area) => titleBarVisibleOn(bounds, area));
  return reachable
    ? { ...bounds, maximized: state.maximized }
    : { width, height, maximized: state.maximized };
}

/** Far more than the few numbers we write: anything bigger is not ours. */
const MAX_STATE_FILE_BYTES = 64 * 1024;

/** The saved state, or undefined when the file is missing, unreadable, corrupt or from elsewhere. */
export async function loadWindowState(filePath: string): Promise<WindowState | undefined> {
  try {
    const file = await readFileLimited(filePath, MAX_STATE_FILE_BYTES);
    if (file.status !== 'read') return undefined;
    const json: unknown = JSON.parse(new TextDecoder().decode(file.data));
    const parsed = windowStateSchema.safeParse(json);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Atomic, so a crash while quitting cannot leave a half-written file behind. */
export async function saveWindowState(filePath: string, state: WindowState): Promise<void> {
  const json = JSON.stringify(windowStateSchema.parse(state), null, 2);
  await writeFileAtomic(filePath, new TextEncoder().encode(`${json}\n`));
}
