/**
 * An SVG rectangle drawn from a COCO box `[x, y, width, height]`.
 */
import type { BoxXywh } from '../../lib/geometry';

/** Props of BoxRect. */
export interface BoxRectProps {
  box: BoxXywh;
  className?: string;
}

/** `<rect>` at the box's corner with its width and height. */
export function BoxRect({ box, className }: BoxRectProps) {
  return <rect x={box[0]} y={box[1]} width={box[2]} height={box[3]} className={className} />;
}
