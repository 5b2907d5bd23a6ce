/**
 * The synthetic depth scene: a pinhole camera 1.5 m above a floor, looking
 * down a street between two walls towards a far wall, with objects at several
 * distances and a sky where no ray hits anything. Ground truth is z-depth (the
 * distance along the optical axis, as KITTI and NYU store it) in metres; the
 * sky has none (0), like the pixels a LiDAR never returns.
 */
import { MetricInputError, assertPositiveInt } from '../../metrics/validate';

/** An axis-aligned box in camera-centred world coordinates (x right, y up, z forward), metres. */
export interface SceneBox {
  readonly name: string;
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
  readonly z: readonly [number, number];
}

/** The rendered scene. */
export interface DepthScene {
  readonly width: number;
  readonly height: number;
  /** Ground-truth z-depth in metres, row-major; 0 where there is none (sky). */
  readonly gt: Float64Array;
}

/** Camera height above the floor, metres. */
export const CAMERA_HEIGHT = 1.5;

/** The scene's boxes; every one ends before z = 36 m, so every depth stays below 40 m. */
export const SCENE_BOXES: readonly SceneBox[] = [
  { name: 'floor', x: [-4, 30], y: [-1, 0], z: [0, 34] },
  { name: 'far wall', x: [-5, 30], y: [0, 6.5], z: [34, 35] },
  { name: 'left wall', x: [-5, -4], y: [0, 7], z: [0, 34] },
  { name: 'right wall', x: [6, 7], y: [0, 3.5], z: [0, 19] },
  { name: 'crate', x: [-1.1, -0.4], y: [0, 0.7], z: [2.2, 2.7] },
  { name: 'chair', x: [0.8, 1.3], y: [0, 0.9], z: [2.5, 2.9] },
  { name: 'person', x: [-2.4, -1.9], y: [0, 1.8], z: [5, 5.4] },
  { name: 'car', x: [1.8, 3.8], y: [0, 1.4], z: [8, 12] },
  { name: 'pillar', x: [-3.4, -2.8], y: [0, 5], z: [14, 14.6] },
  { name: 'kiosk', x: [-0.5, 1.5], y: [0, 3], z: [23, 25] },
  { name: 'far building', x: [8, 30], y: [0, 9], z: [27, 31] },
];

/**
 * Entry distance t > 0 of the ray origin + t * dir into a box (slab method,
 * Kay and Kajiya 1986), or Infinity when the ray misses it. The origin is
 * outside every box of the scene.
 */
export function rayBoxEntry(
  origin: readonly [number, number, number],
  dir: readonly [number, number, number],
  box: SceneBox,
): number {
  let tNear = -Infinity;
  let tFar = Infinity;
  const slabs = [box.x, box.y, box.z] as const;
  for (let axis = 0; axis < 3; axis++) {
    const o = origin[axis]!;
    const d = dir[axis]!;
    const [lo, hi] = slabs[axis]!;
    if (d === 0) {
      if (o < lo || o > hi) return Infinity;
      continue;
    }
    let t0 = (lo - o) / d;
    let t1 = (hi - o) / d;
    if (t0 > t1) [t0, t1] = [t1, t0];
    if (t0 > tNear) tNear = t0;
    if (t1 < tFar) tFar = t1;
    if (tNear > tFar) return Infinity;
  }
  return tNear > 0 && tNear <= tFar ? tNear : Infinity;
}

/**
 * Renders ground-truth z-depth by casting one ray through each pixel centre
 * of a pinhole camera at (0, CAMERA_HEIGHT, 0) looking along +z, focal length
 * 0.625 * width pixels, principal point (width / 2, height / 3). The ray
 * direction has z = 1, so the nearest hit distance t is the z-depth. Pixels
 * whose ray hits nothing get 0 (no ground truth).
 */
export function renderScene(
  width: number,
  height: number,
  boxes: readonly SceneBox[] = SCENE_BOXES,
): DepthScene {
  assertPositiveInt('width', width);
  assertPositiveInt('height', height);
  if (width * height > 4_000_000) throw new MetricInputError('width', 'scene larger than 4 megapixels');
  const f = 0.625 * width;
  const cx = width / 2;
  const cy = height / 3;
  const origin = [0, CAMERA_HEIGHT, 0] as const;
  const gt = new Float64Array(width * height);
  for (let v = 0; v < height; v++) {
    for (let u = 0; u < width; u++) {
      const dir = [(u + 0.5 - cx) / f, (cy - (v + 0.5)) / f, 1] as const;
      let best = Infinity;
      for (const box of boxes) {
        const t = rayBoxEntry(origin, dir, box);
        if (t < best) best = t;
      }
      gt[v * width + u] = Number.isFinite(best) ? best : 0;
    }
  }
  return { width, height, gt };
}

/** Width and height of the scene the app shows. */
export const SCENE_WIDTH = 160;
export const SCENE_HEIGHT = 120;

let cached: DepthScene | null = null;

/** The app's scene (SCENE_WIDTH x SCENE_HEIGHT), rendered once and reused. */
export function defaultScene(): DepthScene {
  cached ??= renderScene(SCENE_WIDTH, SCENE_HEIGHT);
  return cached;
}
