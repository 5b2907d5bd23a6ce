/**
 * The "Person scale" of the rings figure: a person shrunk about the bottom
 * centre of their feet, with their silhouette, keypoints and area.
 */
import { place, scaleAbout, type Point } from './geometry';
import { polygonArea } from '../../lib/polygonArea';
import type { Person } from './scene';
import { TEMPLATE_FEET } from './skeleton';

/** A person drawn at a scale: keypoints and silhouette (not rounded) and the silhouette's area. */
export interface ScaledPerson {
  gt: Point[];
  silhouette: Point[];
  area: number;
}

/** The person scaled by `factor` about their feet; the area scales by factor^2. */
export function scalePerson(person: Person, factor: number): ScaledPerson {
  const feet = place(TEMPLATE_FEET, person.placement);
  const silhouette = scaleAbout(person.silhouette, feet, factor);
  return { gt: scaleAbout(person.gt, feet, factor), silhouette, area: polygonArea(silhouette) };
}
