/**
 * Seeded two-class toy points in the plane (class 0 "cat", class 1 "dog"):
 * two Gaussian clouds either side of the line x + y = 0, for the training run
 * and the k-NN figure of the loss section.
 */
import { mulberry32, normalSampler } from '../../lib/random';

/** A labelled point: x, y in [-3, 3] (roughly) and its class 0 or 1. */
export interface ToyPoint {
  x: number;
  y: number;
  label: 0 | 1;
}

/** Options of {@link toyPoints}. */
export interface ToyOptions {
  /** Points per class. */
  perClass: number;
  /** Distance of each cloud's centre from the origin, along the diagonal. */
  separation: number;
  /** Standard deviation of each cloud. */
  spread: number;
  seed: number;
  /**
   * Keep only points whose signed distance to the line x + y = 0, on their own
   * class's side, is at least this much (a training set that a line separates);
   * -Infinity keeps every point.
   */
  minMargin?: number;
}

/**
 * `perClass` points of each class, alternating classes: class 1 centred at
 * (s, s)/sqrt 2, class 0 at (-s, -s)/sqrt 2, each coordinate N(centre, spread)
 * from mulberry32(seed), redrawn while closer to the line than `minMargin`.
 */
export function toyPoints({
  perClass,
  separation,
  spread,
  seed,
  minMargin = -Infinity,
}: ToyOptions): ToyPoint[] {
  const normal = normalSampler(mulberry32(seed));
  const c = separation / Math.SQRT2;
  const out: ToyPoint[] = [];
  for (let i = 0; i < 2 * perClass; i++) {
    const label = (i % 2) as 0 | 1;
    const sign = label === 1 ? 1 : -1;
    for (;;) {
      const x = sign * c + spread * normal();
      const y = sign * c + spread * normal();
      if ((sign * (x + y)) / Math.SQRT2 >= minMargin) {
        out.push({ x, y, label });
        break;
      }
    }
  }
  return out;
}
