/**
 * Where the hit areas of draggables overlap, the pointer goes to the one
 * whose centre is nearest (not to the one drawn last): at a pointer-down,
 * the draggables under the pointer are compared and, when another one is
 * nearer, the pointer-down is handed to it.
 */
import { nearestCentre } from './touchTarget';

const DRAGGABLE = '[aria-roledescription="draggable"]';

/** The draggable under (x, y) whose centre is nearest; `el` itself when it is, or when nothing can be told. */
export function nearestDraggableAt(el: Element, x: number, y: number): Element {
  const doc = el.ownerDocument;
  if (typeof doc.elementsFromPoint !== 'function') return el;
  const under = doc.elementsFromPoint(x, y).filter((e) => e.matches(DRAGGABLE));
  if (!under.includes(el)) under.push(el);
  // elementsFromPoint lists the topmost first; nearestCentre gives ties to the later one
  under.reverse();
  const i = nearestCentre(
    x,
    y,
    under.map((e) => e.getBoundingClientRect()),
  );
  return under[i] ?? el;
}

/** Hands a pointer-down to `target`: the same pointer, position and buttons. */
export function redispatchPointerDown(target: Element, e: PointerEvent): void {
  target.dispatchEvent(
    new PointerEvent('pointerdown', {
      bubbles: true,
      cancelable: true,
      composed: true,
      pointerId: e.pointerId,
      pointerType: e.pointerType,
      isPrimary: e.isPrimary,
      clientX: e.clientX,
      clientY: e.clientY,
      screenX: e.screenX,
      screenY: e.screenY,
      button: e.button,
      buttons: e.buttons,
      width: e.width,
      height: e.height,
      pressure: e.pressure,
    }),
  );
}
