/**
 * What the challenge maker and checker read from a figure's DOM: its
 * readouts (`[data-metric]`, keyed by their data attributes, named by their
 * visible label) and its labelled controls (inputs, selects, buttons,
 * sliders, draggables, named by their accessible name), and how controls are
 * hidden from students: `data-challenge-hidden` on the control's wrapper,
 * hidden by CSS (challenge.css), so no state is removed.
 */

/** Data attributes that are not part of a readout's identity. */
const NOT_KEY = new Set(['metric', 'value', 'headline', 'restarted']);

/**
 * A readout's key: its `data-metric`, then its other identifying data
 * attributes (`subject`, `class`, `model`, ...) as `;name=value`, sorted.
 */
export function readoutKey(el: Element): string {
  const metric = el.getAttribute('data-metric') ?? '';
  const parts: string[] = [];
  for (const attr of Array.from(el.attributes)) {
    if (!attr.name.startsWith('data-')) continue;
    const name = attr.name.slice(5);
    if (NOT_KEY.has(name) || name.startsWith('challenge')) continue;
    parts.push(`${name}=${attr.value}`);
  }
  parts.sort();
  return [metric, ...parts].join(';');
}

/** One readout of a figure. */
export interface ReadoutInfo {
  key: string;
  /** Its visible label, with its subject, class or model added when the label does not say it. */
  label: string;
  element: Element;
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The readouts of a figure, one per key (the first when several share one), in page order. */
export function figureReadouts(figure: Element): ReadoutInfo[] {
  const seen = new Set<string>();
  const out: ReadoutInfo[] = [];
  for (const el of Array.from(figure.querySelectorAll('[data-metric]'))) {
    const key = readoutKey(el);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ key, label: readoutLabel(el), element: el });
  }
  return out;
}

/** A readout's visible label plus the subject, class or model it does not already name. */
export function readoutLabel(el: Element): string {
  const base =
    clean(el.querySelector('.ba-readout__label')?.textContent) ||
    clean(el.getAttribute('aria-label')) ||
    (el.getAttribute('data-metric') ?? '');
  const extras: string[] = [];
  for (const name of ['subject', 'class', 'model']) {
    const value = el.getAttribute(`data-${name}`);
    if (!value) continue;
    const words = value.replace(/-/g, ' ');
    if (!base.toLowerCase().includes(words.toLowerCase()))
      extras.push(name === 'model' ? `model ${words.toUpperCase()}` : words);
  }
  return extras.length > 0 ? `${base} (${extras.join(', ')})` : base;
}

/** The readout of a figure with a key, or null. */
export function findReadout(figure: Element, key: string): Element | null {
  for (const el of Array.from(figure.querySelectorAll('[data-metric]'))) {
    if (readoutKey(el) === key) return el;
  }
  return null;
}

const CONTROL_SELECTOR =
  'input:not([type="hidden"]), select, textarea, button, [role="button"], [role="slider"], [role="spinbutton"], [role="radio"], [role="checkbox"]';

/** The text of the elements an `aria-labelledby` names. */
function labelledByText(el: Element): string {
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  return clean(ids.map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '').join(' '));
}

/** The text of an element without that of the form fields inside it (a select's options). */
function ownText(el: Node): string {
  let out = '';
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) out += child.textContent ?? '';
    else if (child instanceof Element && !child.matches('select, textarea, input, option'))
      out += ` ${ownText(child)}`;
  }
  return out;
}

/** A control's accessible name (aria-labelledby, aria-label, label, text), simplified. */
export function accessibleName(el: Element): string {
  const by = labelledByText(el);
  if (by) return by;
  const aria = clean(el.getAttribute('aria-label'));
  if (aria) return aria;
  const id = el.getAttribute('id');
  if (id) {
    const label = el.ownerDocument.querySelector(`label[for="${CSS.escape(id)}"]`);
    if (label) return clean(label.textContent);
  }
  const wrapping = el.closest('label');
  if (wrapping) return clean(ownText(wrapping));
  return clean(el.textContent) || clean(el.getAttribute('title'));
}

/**
 * The name a control is hidden by: its accessible name, and for a draggable
 * only the part before its first colon, since the rest (its coordinates)
 * changes as it moves.
 */
export function controlName(el: Element): string {
  const name = accessibleName(el);
  if (el.getAttribute('aria-roledescription') === 'draggable') {
    const colon = name.indexOf(':');
    return colon > 0 ? name.slice(0, colon).trim() : name;
  }
  return name;
}

/** True for controls that are the figure's own tools (Reset, Copy link, More, its menu) or challenge parts. */
function isFrameControl(el: Element): boolean {
  return el.closest('.ba-figure__toolbar, .ba-figure__share, [data-challenge-part]') !== null;
}

/** The figure's labelled controls, one per name, in page order. */
export function figureControls(figure: Element): { name: string; elements: Element[] }[] {
  const byName = new Map<string, Element[]>();
  for (const el of Array.from(figure.querySelectorAll(CONTROL_SELECTOR))) {
    if (isFrameControl(el)) continue;
    const name = controlName(el);
    if (!name) continue;
    const list = byName.get(name);
    if (list) list.push(el);
    else byName.set(name, [el]);
  }
  return Array.from(byName, ([name, elements]) => ({ name, elements }));
}

/** The element hidden for a control: its slider or number-field wrapper, its wrapping label, or itself. */
function hiddenPart(el: Element): Element {
  return el.closest('.ba-slider, .ba-number-field, label') ?? el;
}

/**
 * Hides the figure's controls named in `names` (data attribute + CSS) and
 * returns a function that shows them again. Labels pointing at a hidden
 * control (`label[for]`) are hidden with it.
 */
export function hideControls(figure: Element, names: readonly string[]): () => void {
  const wanted = new Set(names);
  const hidden: Element[] = [];
  const hide = (el: Element) => {
    if (el.hasAttribute('data-challenge-hidden')) return;
    el.setAttribute('data-challenge-hidden', '');
    hidden.push(el);
  };
  for (const { name, elements } of figureControls(figure)) {
    if (!wanted.has(name)) continue;
    for (const el of elements) {
      hide(hiddenPart(el));
      const id = el.getAttribute('id');
      const label = id ? figure.querySelector(`label[for="${CSS.escape(id)}"]`) : null;
      if (label) hide(label);
    }
  }
  return () => hidden.forEach((el) => el.removeAttribute('data-challenge-hidden'));
}
