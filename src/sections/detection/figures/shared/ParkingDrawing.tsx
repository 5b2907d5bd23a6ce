/**
 * The drawn car park seen from above (see parkingScene.ts) as SVG content,
 * for an <svg> whose viewBox is 0 0 640 400.
 */
import { PARKING_BAYS, PARKING_CARS, PARKING_SIZE } from '../../../../scenes/detection/parkingScene';
import { CarTop } from './SceneShapes';

const COLORS = ['#c8423b', '#3b6fc8', '#e8e8e8', '#2b2b2b', '#d9a03a', '#5a9e6f', '#8a8f99'];

/** Draws the asphalt, the painted bays and the parked cars. */
export function ParkingDrawing() {
  const { width, height } = PARKING_SIZE;
  const { rows, count, pitch, left, depth } = PARKING_BAYS;
  return (
    <g aria-hidden="true">
      <rect x={0} y={0} width={width} height={height} fill="#5d6168" />
      {rows.map((y) => (
        <rect key={`row-${y}`} x={left - 1} y={y - 4} width={count * pitch + 2} height={2} fill="#e6e6dc" />
      ))}
      {rows.map((y) =>
        Array.from({ length: count + 1 }, (_, k) => (
          <rect
            key={`${y}-${k}`}
            x={left + k * pitch - 1}
            y={y - 4}
            width={2}
            height={depth}
            fill="#e6e6dc"
          />
        )),
      )}
      {PARKING_CARS.map((box, i) => (
        <CarTop key={i} box={box} color={COLORS[(i * 5) % COLORS.length]!} />
      ))}
    </g>
  );
}
