import { useEffect, useRef, useState } from 'react';

/**
 * Files dropped on an element, for mouse users; the file input inside it stays the way in for
 * keyboards and screen readers. Listeners are native, so the zone needs no interactive role.
 */
export function useDropZone(onFiles: (files: FileList | null) => void) {
  const ref = useRef<HTMLDivElement>(null);
  const [dragging, setDragging] = useState(false);
  const latest = useRef(onFiles);
  useEffect(() => {
    latest.current = onFiles;
  });
  useEffect(() => {
    const zone = ref.current;
    if (!zone) return undefined;
    const over = (event: DragEvent) => {
      event.preventDefault();
      setDragging(true);
    };
    const leave = () => {
      setDragging(false);
    };
    const drop = (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      latest.current(event.dataTransfer?.files ?? null);
    };
    zone.addEventListener('dragover', over);
    zone.addEventListener('dragleave', leave);
    zone.addEventListener('drop', drop);
    return () => {
      zone.removeEventListener('dragover', over);
      zone.removeEventListener('dragleave', leave);
      zone.removeEventListener('drop', drop);
    };
  }, []);
  return { ref, dragging };
}
