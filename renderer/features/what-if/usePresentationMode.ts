import { useState } from 'react';

const KEY = 'drp.what-if.presentation';

/** Large type for a projector, remembered until the window closes (sessionStorage), never in the plan. */
export function usePresentationMode(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => read() === '1');
  return [
    on,
    (next) => {
      setOn(next);
      write(next ? '1' : '0');
    },
  ];
}

// Storage can be switched off or full; presentation mode then simply lasts until the screen closes.
function read(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

function write(value: string): void {
  try {
    sessionStorage.setItem(KEY, value);
  } catch {
    // See read().
  }
}
