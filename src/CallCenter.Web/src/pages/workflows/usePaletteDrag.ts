import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { ActivityDescriptor } from '../../api/workflows';

export interface PaletteDrag {
  descriptor: ActivityDescriptor;
  x: number;
  y: number;
}

/**
 * A press on a palette item follows the pointer (a ghost under it) and, released over the canvas, drops the activity
 * there. Pointer events rather than HTML drag-and-drop: they work the same with a mouse, a pen, a touch screen and an
 * automated browser.
 */
export function usePaletteDrag(canvas: RefObject<HTMLElement | null>, onDrop: (descriptor: ActivityDescriptor, clientX: number, clientY: number) => void) {
  const [drag, setDrag] = useState<PaletteDrag | null>(null);

  const start = useCallback((descriptor: ActivityDescriptor, event: React.PointerEvent) => {
    setDrag({ descriptor, x: event.clientX, y: event.clientY });
  }, []);

  useEffect(() => {
    if (!drag) return;
    const move = (e: PointerEvent) => setDrag((d) => (d ? { ...d, x: e.clientX, y: e.clientY } : d));
    const up = (e: PointerEvent) => {
      const box = canvas.current?.getBoundingClientRect();
      if (box && e.clientX >= box.left && e.clientX <= box.right && e.clientY >= box.top && e.clientY <= box.bottom) onDrop(drag.descriptor, e.clientX, e.clientY);
      setDrag(null);
    };
    const cancel = (e: KeyboardEvent) => e.key === 'Escape' && setDrag(null);
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('keydown', cancel);
    return () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('keydown', cancel);
    };
  }, [drag, canvas, onDrop]);

  return { drag, start };
}
