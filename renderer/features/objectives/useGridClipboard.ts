import { useEffect, useRef, type RefObject } from 'react';

interface ClipboardHandlers {
  /** The active cell's text, or null while a cell is being edited (the editor copies natively). */
  copyText: () => string | null;
  paste: (text: string) => void;
}

/**
 * Ctrl/Cmd+C and Ctrl/Cmd+V on a selected cell. The browser fires copy and
 * paste events at the focused element even when nothing is selected, and the
 * events carry their own clipboardData, so this needs no clipboard permission
 * (navigator.clipboard is often unavailable or asks the user). An open cell
 * editor is an input and keeps the browser's own copy and paste.
 */
export function useGridClipboard(gridRef: RefObject<HTMLElement | null>, handlers: ClipboardHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const inGrid = () => {
      const focused = document.activeElement;
      return (
        focused instanceof HTMLElement &&
        !(focused instanceof HTMLInputElement) &&
        gridRef.current?.contains(focused) === true
      );
    };
    const onCopy = (event: ClipboardEvent) => {
      if (!inGrid() || !event.clipboardData) return;
      const text = latest.current.copyText();
      if (text === null) return;
      event.preventDefault();
      event.clipboardData.setData('text/plain', text);
    };
    const onPaste = (event: ClipboardEvent) => {
      if (!inGrid() || !event.clipboardData) return;
      event.preventDefault();
      latest.current.paste(event.clipboardData.getData('text/plain'));
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [gridRef]);
}
