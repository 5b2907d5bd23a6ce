/**
 * A depth or error map: its values coloured by the pure `colorize` of
 * colormap.ts and shown by the shared RgbaCanvas widget.
 */
import { useMemo } from 'react';
import { RgbaCanvas } from '../../../../widgets/RgbaCanvas';
import { colorize, type ColorizeOptions } from './colormap';

/** Props of DepthCanvas. */
export interface DepthCanvasProps {
  values: ArrayLike<number> | null;
  width: number;
  height: number;
  colors: Omit<ColorizeOptions, 'width'>;
  /** Text alternative of the picture. */
  alt: string;
  /** A data attribute for tests and tools: what the map shows. */
  kind: string;
}

/** One map, recoloured whenever its values or colours change. */
export function DepthCanvas({ values, width, height, colors, alt, kind }: DepthCanvasProps) {
  const { lo, hi, lut, mask, reverse } = colors;
  const rgba = useMemo(
    () => (values ? colorize(values, { lo, hi, lut, mask, reverse, width }) : null),
    [values, width, lo, hi, lut, mask, reverse],
  );
  return (
    <RgbaCanvas
      rgba={rgba}
      width={width}
      height={height}
      alt={alt}
      data-map={kind}
      className="rounded border border-slate-400 dark:border-slate-500"
    />
  );
}
