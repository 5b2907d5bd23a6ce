/**
 * The drawn street scene (see streetScene.ts) as SVG content: place it inside
 * an <svg> whose viewBox is 0 0 640 400 (or a crop of it).
 */
import { STREET_DISTRACTORS, STREET_OBJECTS, STREET_SIZE } from '../../../../scenes/detection/streetScene';
import { CarSide, LampPost, Person, Tree } from './SceneShapes';

const CAR_COLORS = ['#c8423b', '#3b6fc8', '#d9a03a', '#5a9e6f'];
const PERSON_COLORS = ['#7b4fa8', '#2f8f9d', '#c2577a', '#8a6d3b'];

/** Draws the street: sky, houses, road, lamp post, tree, cars and people (far ones first). */
export function StreetDrawing({ withObjects = true }: { withObjects?: boolean }) {
  const { width, height } = STREET_SIZE;
  const horizon = 196;
  const objects = withObjects
    ? [...STREET_OBJECTS].sort((a, b) => a.box[1] + a.box[3] - (b.box[1] + b.box[3]))
    : [];
  return (
    <g aria-hidden="true">
      <rect x={0} y={0} width={width} height={horizon} fill="#cfe0ee" />
      <rect x={200} y={120} width={110} height={76} fill="#b9a48c" />
      <rect x={320} y={96} width={120} height={100} fill="#a8b3bd" />
      <rect x={450} y={130} width={130} height={66} fill="#c9b8a0" />
      <rect x={0} y={horizon} width={width} height={height - horizon} fill="#8d9097" />
      <rect x={0} y={horizon} width={width} height={6} fill="#b6b8bc" />
      <rect x={0} y={370} width={width} height={30} fill="#b6b8bc" />
      {[0, 1, 2, 3, 4, 5].map((i) => (
        <rect key={i} x={20 + i * 110} y={310} width={60} height={6} fill="#e8e4d0" />
      ))}
      <Tree box={STREET_DISTRACTORS.tree} />
      <LampPost box={STREET_DISTRACTORS.lampPost} />
      {objects.map((o, i) =>
        o.cls === 'car' ? (
          <CarSide key={o.id} box={o.box} color={CAR_COLORS[i % CAR_COLORS.length]!} />
        ) : (
          <Person key={o.id} box={o.box} color={PERSON_COLORS[i % PERSON_COLORS.length]!} />
        ),
      )}
    </g>
  );
}
