/**
 * The composer's scene on the page side: the object kinds and colours, the
 * scene's size, where an added object goes, and the example scenes. The
 * worker's copies (scenes/text-to-image) must agree; state.test.ts checks.
 */
import type { Colour, Kind, SceneItem } from '../../../../scenes/text-to-image/concepts';

/** Object kinds, in the order of the Add buttons. */
export const KIND_LIST: readonly Kind[] = ['horse', 'astronaut', 'cat', 'box', 'sphere'];
/** Colours an object may have. */
export const COLOUR_LIST: readonly Colour[] = ['plain', 'red', 'blue'];
/** Width and height of the scene (scene pixels, the SVG's viewBox). */
export const SCENE = { width: 480, height: 270 } as const;
/** Where object centres may go: [x0, y0, x1, y1]. */
export const ITEM_REGION = [30, 30, 450, 230] as const;
/** Most objects in a scene. */
export const MAX_ITEMS = 12;
/** Longest prompt, in characters. */
export const MAX_PROMPT = 120;

/** The default scene: an astronaut riding a horse. */
export const DEFAULT_ITEMS: readonly SceneItem[] = [
  { kind: 'horse', colour: 'plain', x: 170, y: 215 },
  { kind: 'astronaut', colour: 'plain', x: 175, y: 165 },
];

/** Example scenes with their two prompts. */
export const PRESETS: Readonly<Record<string, { a: string; b: string; items: readonly SceneItem[] }>> = {
  riding: { a: 'an astronaut riding a horse', b: 'a horse riding an astronaut', items: DEFAULT_ITEMS },
  cats: {
    a: 'three cats on a box',
    b: 'five cats under a box',
    items: [
      { kind: 'box', colour: 'plain', x: 240, y: 210 },
      { kind: 'cat', colour: 'plain', x: 190, y: 150 },
      { kind: 'cat', colour: 'plain', x: 245, y: 145 },
      { kind: 'cat', colour: 'plain', x: 300, y: 150 },
    ],
  },
  colours: {
    a: 'a red box left of a blue sphere',
    b: 'a blue box right of a red sphere',
    items: [
      { kind: 'box', colour: 'red', x: 150, y: 200 },
      { kind: 'sphere', colour: 'blue', x: 330, y: 200 },
    ],
  },
};

/** A free spot for a new object: the first grid point at least 50 px from every object (else the centre). */
export function freeSpot(items: readonly SceneItem[]): { x: number; y: number } {
  for (let y = 200; y >= 60; y -= 70) {
    for (let x = 60; x <= 420; x += 60) {
      if (items.every((it) => Math.hypot(it.x - x, it.y - y) >= 50)) return { x, y };
    }
  }
  return { x: 240, y: 135 };
}

/** The prompt as typed, without control characters and cut to MAX_PROMPT characters. */
export function cleanPrompt(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, MAX_PROMPT);
}

/** Each object's name: colour word, kind, and a number when the kind occurs more than once (as the worker names them). */
export function itemNames(items: readonly SceneItem[]): string[] {
  const seen = new Map<Kind, number>();
  const total = new Map<Kind, number>();
  for (const it of items) total.set(it.kind, (total.get(it.kind) ?? 0) + 1);
  return items.map((it) => {
    const n = (seen.get(it.kind) ?? 0) + 1;
    seen.set(it.kind, n);
    const colour = it.colour === 'plain' ? '' : `${it.colour} `;
    return `${colour}${it.kind}${(total.get(it.kind) ?? 0) > 1 ? ` ${n}` : ''}`;
  });
}
