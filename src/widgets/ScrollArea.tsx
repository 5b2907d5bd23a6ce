/**
 * A horizontally scrollable area for wide tables on narrow screens. It is
 * focusable and named, so that keyboard users can scroll it too. `min-w-0`
 * lets it shrink as a grid or flex item, so it scrolls instead of spilling out.
 */
import type { ReactNode } from 'react';

/** Wraps `children` in a named, focusable region that scrolls sideways when needed. */
export function ScrollArea({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      className="relative min-w-0 max-w-full overflow-x-auto"
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
