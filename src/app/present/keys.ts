/**
 * Keys of presentation mode. Clicker keys (Page Up, Page Down) always act;
 * the others only when focus is not in a control or text field, where arrows,
 * Space, Home and End keep working the control as everywhere else. A focused
 * button or link (Next, after a click) does not stop the arrows, only Space,
 * which presses it.
 */

/** What a key does in presentation mode. */
export type PresentAction = 'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'notes' | 'qr' | 'exit';

/** Elements that use arrows, Home/End or Space themselves: text fields, sliders, draggables, radio groups... */
const CONTROL = [
  'input',
  'textarea',
  'select',
  '[contenteditable]:not([contenteditable="false"])',
  '[aria-roledescription="draggable"]',
  '[role="slider"]',
  '[role="spinbutton"]',
  '[role="textbox"]',
  '[role="combobox"]',
  '[role="radio"]',
  '[role="tab"]',
  '[role="listbox"]',
  '[role="option"]',
  '[role="menu"]',
  '[role="menuitem"]',
  '[role="grid"]',
  '[role="application"]',
  '[tabindex]:not([tabindex="-1"]):not(button):not(a[href]):not(summary)',
].join(',');

/** Buttons and links: arrows mean nothing to them, but Space (and Enter) press them. */
const PRESSABLE = 'button, a[href], summary, [role="button"]';

/** True when `target` is (inside) a control or text field that uses keys itself. */
export function isInControl(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  return (target as Element).closest(CONTROL) !== null;
}

function isPressable(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  return (target as Element).closest(PRESSABLE) !== null;
}

/** The action of a key event in presentation mode, or null. */
export function presentAction(
  event: Pick<KeyboardEvent, 'key' | 'target' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
): PresentAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  if (event.key === 'PageDown') return 'next';
  if (event.key === 'PageUp') return 'previous';
  if (isInControl(event.target)) return null;
  switch (event.key) {
    case 'ArrowRight':
      return 'next';
    case 'ArrowLeft':
      return 'previous';
    case ' ':
      if (isPressable(event.target)) return null;
      return event.shiftKey ? 'previous' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'n':
    case 'N':
      return 'notes';
    case 'q':
    case 'Q':
      return 'qr';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

/** True when the key opens presentation mode from a section page (P, focus not in a control). */
export function isPresentKey(
  event: Pick<KeyboardEvent, 'key' | 'target' | 'altKey' | 'ctrlKey' | 'metaKey'>,
): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  return (event.key === 'p' || event.key === 'P') && !isInControl(event.target);
}
