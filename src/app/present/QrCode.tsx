/** A QR code drawn as an SVG (black on white in both themes, so phones read it). */
import { useMemo } from 'react';
import { qrDrawing } from './qr';

/** Props of QrCode. */
export interface QrCodeProps {
  text: string;
  /** Accessible name of the picture. */
  label: string;
  /** Shown instead when the text is too long. */
  tooLong: string;
}

/** Draws `text` as a QR code. */
export function QrCode({ text, label, tooLong }: QrCodeProps) {
  const drawing = useMemo(() => qrDrawing(text), [text]);
  if (!drawing) return <p className="ba-present__qr-too-long">{tooLong}</p>;
  return (
    <svg
      className="ba-present__qr-code"
      viewBox={`0 0 ${drawing.size} ${drawing.size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={drawing.size} height={drawing.size} fill="#fff" />
      {drawing.rects.map((r) => (
        <rect key={`${r.x}-${r.y}`} x={r.x} y={r.y} width={r.width} height={1} fill="#000" />
      ))}
    </svg>
  );
}
