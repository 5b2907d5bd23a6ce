/**
 * A colour bar with its scale in metres (or percent) under it, drawn from the
 * same lookup table as the map it explains; a hatched swatch names the pixels
 * that have no value.
 */
import { useEffect, useRef } from 'react';
import { usePresenting } from '../../../../widgets/present/usePresenting';
import { HATCH, legendTicks } from './colormap';

/** Props of ColorLegend. */
export interface ColorLegendProps {
  lut: Uint8Array;
  lo: number;
  hi: number;
  /** Flip the bar (as the map does). */
  reverse?: boolean;
  /** Title over the bar, e.g. "Depth (m)". */
  title: string;
  /** Tick formatter; the last tick may say "≥ …" when values are clipped. */
  format: (v: number, last: boolean) => string;
  ticks?: number;
  /** Label of the hatched swatch, or nothing when the map has no such pixels. */
  noValue?: string;
}

const hatchClass = 'inline-block h-3 w-5 rounded-sm border border-slate-400 align-middle';

/** The legend of one map. */
export function ColorLegend({ lut, lo, hi, reverse, title, format, ticks = 5, noValue }: ColorLegendProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const size = lut.length / 3;
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const img = new Uint8ClampedArray(size * 4);
    for (let k = 0; k < size; k++) {
      const src = (reverse ? size - 1 - k : k) * 3;
      img.set([lut[src]!, lut[src + 1]!, lut[src + 2]!, 255], k * 4);
    }
    ctx.putImageData(new ImageData(img, size, 1), 0, 0);
  }, [lut, size, reverse]);
  // on a slide the labels are lecture-hall size: only the ends and, for an odd count, the middle
  const presenting = usePresenting();
  const values = legendTicks(lo, hi, presenting ? (ticks % 2 === 1 ? 3 : 2) : ticks);
  return (
    <div className="text-sm">
      <div className="mb-1 font-medium">{title}</div>
      <canvas
        ref={ref}
        width={size}
        height={1}
        aria-hidden="true"
        className="block h-3 w-full rounded-sm border border-slate-400"
      />
      <div className="relative h-5" aria-hidden="true">
        {values.map((v, k) => (
          <span
            key={k}
            className="absolute top-0 whitespace-nowrap tabular-nums"
            style={{
              left: `${(100 * k) / (values.length - 1)}%`,
              transform:
                k === 0 ? 'none' : k === values.length - 1 ? 'translateX(-100%)' : 'translateX(-50%)',
            }}
          >
            {format(v, k === values.length - 1)}
          </span>
        ))}
      </div>
      <p className="sr-only">
        {title}: {format(lo, false)} to {format(hi, true)}
      </p>
      {noValue ? (
        <p className="m-0 mt-1 flex items-center gap-2">
          <span
            aria-hidden="true"
            className={hatchClass}
            style={{
              backgroundImage: `repeating-linear-gradient(45deg, rgb(${HATCH[0]},${HATCH[0]},${HATCH[0]}) 0 3px, rgb(${HATCH[1]},${HATCH[1]},${HATCH[1]}) 3px 6px)`,
            }}
          />
          {noValue}
        </p>
      ) : null}
    </div>
  );
}
