/**
 * The composer's objects, drawn as simple SVG shapes of our own (no
 * external pictures): horse, astronaut, cat, box and sphere, each about 60
 * scene pixels across, centred on (0, 0), filled with its colour. The name
 * under each shape says kind and colour in words, so colour is never the
 * only cue.
 */
import type { Colour, Kind } from '../../../../scenes/text-to-image/concepts';

/** Props of ObjectIcon. */
export interface ObjectIconProps {
  kind: Kind;
  colour: Colour;
}

/** One object's shape. */
export function ObjectIcon({ kind, colour }: ObjectIconProps) {
  const fill = `t2i-shape t2i-colour-${colour}`;
  switch (kind) {
    case 'horse':
      return (
        <g>
          <rect x={-22} y={4} width={5} height={22} className={fill} />
          <rect x={-12} y={4} width={5} height={22} className={fill} />
          <rect x={8} y={4} width={5} height={22} className={fill} />
          <rect x={17} y={4} width={5} height={22} className={fill} />
          <ellipse cx={0} cy={0} rx={27} ry={12} className={fill} />
          <path d="M-26 -4 Q-38 0 -34 18" fill="none" className="t2i-shape" />
          <path d="M14 -8 L20 -30 L30 -28 L26 -2 Z" className={fill} />
          <path d="M21 -33 L22 -41 L27 -35" className={fill} />
          <ellipse cx={31} cy={-28} rx={12} ry={6} transform="rotate(25 31 -28)" className={fill} />
          <circle cx={29} cy={-31} r={1.6} className="t2i-detail" />
        </g>
      );
    case 'astronaut':
      return (
        <g>
          <rect x={-11} y={10} width={8} height={18} rx={3} className={fill} />
          <rect x={3} y={10} width={8} height={18} rx={3} className={fill} />
          <rect x={-15} y={-8} width={30} height={22} rx={6} className={fill} />
          <circle cx={0} cy={-18} r={13} className={fill} />
          <rect x={-8} y={-23} width={16} height={9} rx={4} className="t2i-visor" />
        </g>
      );
    case 'cat':
      return (
        <g>
          <path d="M16 10 Q30 4 26 -10" fill="none" className="t2i-shape" />
          <ellipse cx={2} cy={10} rx={17} ry={12} className={fill} />
          <path d="M-20 -12 L-18 -26 L-10 -16 L-2 -26 L0 -12 Z" className={fill} />
          <circle cx={-10} cy={-6} r={11} className={fill} />
          <circle cx={-14} cy={-8} r={1.8} className="t2i-detail" />
          <circle cx={-6} cy={-8} r={1.8} className="t2i-detail" />
        </g>
      );
    case 'box':
      return (
        <g>
          <path d="M-22 -12 L-12 -22 L22 -22 L12 -12 Z" className={fill} />
          <path d="M12 -12 L22 -22 L22 12 L12 22 Z" className={fill} />
          <rect x={-22} y={-12} width={34} height={34} className={fill} />
        </g>
      );
    case 'sphere':
      return (
        <g>
          <circle cx={0} cy={0} r={22} className={fill} />
          <ellipse cx={0} cy={0} rx={22} ry={7} fill="none" className="t2i-shape" />
          <circle cx={-8} cy={-9} r={4} className="t2i-detail" opacity={0.35} />
        </g>
      );
  }
}
