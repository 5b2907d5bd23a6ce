/**
 * The composer's scene: a ground line and the objects, each a draggable
 * (role "button", roledescription "draggable") that a mouse, pen or finger
 * drags and the arrow keys move (1 px, Shift 10); Delete or Backspace
 * removes the focused object. Controlled: the caller owns the objects.
 */
import { useRef, type KeyboardEvent } from 'react';
import type { SceneItem } from '../../../../scenes/text-to-image/concepts';
import { useDragPoint } from '../../../../widgets/drag/useDragPoint';
import type { Point } from '../../../../widgets/drag/pointGeometry';
import { textToImageText } from '../../../../i18n/textToImage';
import { useDrawnWidth } from '../../../../widgets/charts/useDrawnWidth';
import { usePresentLabelPx } from '../../../../widgets/present/usePresenting';
import { labelUnits } from '../../../../widgets/svgScale';
import { ITEM_REGION, SCENE, itemNames } from './sceneModel';
import { ObjectIcon } from './ObjectIcon';

const t = textToImageText.composer;

/** Props of SceneCanvas. */
export interface SceneCanvasProps {
  items: readonly SceneItem[];
  selected: number | null;
  onMove: (index: number, x: number, y: number) => void;
  onRemove: (index: number) => void;
  onSelect: (index: number) => void;
}

/** One draggable object. */
function Item(props: {
  item: SceneItem;
  name: string;
  /** Font size of the name, in scene units. */
  font: number;
  selected: boolean;
  onMove: (x: number, y: number) => void;
  onRemove: () => void;
  onSelect: () => void;
}) {
  const { item, name, font, selected, onMove, onRemove, onSelect } = props;
  const handlers = useDragPoint([item.x, item.y], ITEM_REGION, (p: Point) => onMove(p[0], p[1]));
  const onKeyDown = (e: KeyboardEvent<SVGElement>) => {
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      onRemove();
      return;
    }
    handlers.onKeyDown(e);
  };
  return (
    <g
      transform={`translate(${item.x} ${item.y})`}
      role="button"
      aria-roledescription="draggable"
      aria-label={t.item(name, item.x, item.y)}
      tabIndex={0}
      className="t2i-item"
      data-selected={selected ? 'true' : 'false'}
      onFocus={onSelect}
      {...handlers}
      onKeyDown={onKeyDown}
    >
      <rect x={-40} y={-40} width={80} height={80} rx={6} className="t2i-hit" />
      <g transform="scale(1.35)">
        <ObjectIcon kind={item.kind} colour={item.colour} />
      </g>
      <text
        x={item.x > 330 ? -44 : 44}
        y={6}
        className={`t2i-label ${item.x > 330 ? 't2i-label--left' : ''}`}
        style={{ fontSize: font }}
        aria-hidden="true"
      >
        {name}
      </text>
    </g>
  );
}

/** The scene with its draggable objects. */
export function SceneCanvas({ items, selected, onMove, onRemove, onSelect }: SceneCanvasProps) {
  const names = itemNames(items);
  const ref = useRef<SVGSVGElement>(null);
  // names keep their on-screen size (12-16 px, the slide's type size when presented) at any width
  const font = labelUnits(useDrawnWidth(ref), SCENE.width, 16, 1, usePresentLabelPx());
  return (
    <svg
      ref={ref}
      viewBox={`0 0 ${SCENE.width} ${SCENE.height}`}
      role="group"
      aria-label={t.scene(names.join(', '))}
      className="t2i-scene block h-auto w-full rounded border border-border"
    >
      <line x1={0} x2={SCENE.width} y1={258} y2={258} className="t2i-ground" />
      {items.map((it, i) => (
        <Item
          key={i}
          item={it}
          name={names[i]!}
          font={font}
          selected={selected === i}
          onMove={(x, y) => onMove(i, x, y)}
          onRemove={() => onRemove(i)}
          onSelect={() => onSelect(i)}
        />
      ))}
    </svg>
  );
}
