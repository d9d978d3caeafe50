import { useEffect, useState } from 'react';

/**
 * Height left for a virtual table's body: antd's virtual list needs a number, not CSS, so it follows
 * the window as it is resized.
 */
export function useViewportHeight(reserved: number, min = 240): number {
  const [height, setHeight] = useState(() => Math.max(min, window.innerHeight - reserved));
  useEffect(() => {
    const onResize = () => setHeight(Math.max(min, window.innerHeight - reserved));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [reserved, min]);
  return height;
}
