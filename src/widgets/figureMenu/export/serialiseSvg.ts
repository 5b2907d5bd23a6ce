/**
 * An on-screen SVG chart as standalone markup: the computed styles that give
 * it its look (colours, strokes, type) written as presentation attributes
 * (no style attributes, which the app's CSP would not need but other viewers
 * may strip), images inlined as data URLs, elements it `<use>`s from
 * elsewhere in the page copied into its `<defs>`, and `foreignObject` left out.
 */

/** Computed style properties copied onto every element (all are SVG presentation attributes). */
export const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'visibility',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'vector-effect',
  'mix-blend-mode',
] as const;

/** Attributes of an on-screen root `<svg>` that mean nothing in a file. */
const ROOT_ATTRIBUTES_DROPPED = [
  'role',
  'tabindex',
  'focusable',
  'aria-label',
  'aria-labelledby',
  'aria-hidden',
];

/** Copies the computed look of `el` onto `copy` as presentation attributes. */
function inlineStyle(el: Element, copy: Element): void {
  const style = getComputedStyle(el);
  if (style.display === 'none') {
    copy.setAttribute('display', 'none');
    return;
  }
  for (const name of STYLE_PROPERTIES) {
    const value = style.getPropertyValue(name);
    if (value && !(name === 'mix-blend-mode' && value === 'normal')) copy.setAttribute(name, value);
  }
  copy.removeAttribute('class');
  copy.removeAttribute('style');
}

/** Copies elements that `<use>` refers to from elsewhere in the page into the clone's `<defs>`. */
function copyUsedDefinitions(svg: SVGSVGElement, clone: SVGSVGElement): void {
  const defs = document.createElementNS('http://www.w3.org/2000/svg', 'defs');
  for (const use of clone.querySelectorAll('use')) {
    const ref = use.getAttribute('href') ?? use.getAttribute('xlink:href') ?? '';
    const id = ref.startsWith('#') ? ref.slice(1) : '';
    if (!id || svg.querySelector(`[id="${CSS.escape(id)}"]`)) continue;
    const target = document.getElementById(id);
    if (target) defs.append(target.cloneNode(true));
  }
  if (defs.childNodes.length > 0) clone.prepend(defs);
}

/** Replaces the clone's image addresses by data URLs (images that cannot be read are left out). */
async function inlineImages(
  clone: SVGSVGElement,
  toDataUrl: (href: string) => Promise<string | null>,
): Promise<void> {
  for (const image of clone.querySelectorAll('image')) {
    const href = image.getAttribute('href') ?? image.getAttribute('xlink:href') ?? '';
    if (href.startsWith('data:')) continue;
    const data = href ? await toDataUrl(new URL(href, document.baseURI).href) : null;
    image.removeAttribute('xlink:href');
    if (data) image.setAttribute('href', data);
    else image.remove();
  }
}

/**
 * `svg` as a standalone `<svg>` element placed at `box` (x, y, width,
 * height in the exported document), its computed styles inlined.
 */
export async function serialiseSvg(
  svg: SVGSVGElement,
  box: { x: number; y: number; width: number; height: number },
  toDataUrl: (href: string) => Promise<string | null>,
): Promise<string> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((el, i) => {
    const copy = copies[i];
    if (copy) inlineStyle(el, copy);
  });
  for (const fo of clone.querySelectorAll('foreignObject')) fo.remove();
  copyUsedDefinitions(svg, clone);
  await inlineImages(clone, toDataUrl);
  for (const name of ROOT_ATTRIBUTES_DROPPED) clone.removeAttribute(name);
  clone.setAttribute('x', String(box.x));
  clone.setAttribute('y', String(box.y));
  clone.setAttribute('width', String(box.width));
  clone.setAttribute('height', String(box.height));
  clone.setAttribute('overflow', getComputedStyle(svg).overflow === 'visible' ? 'visible' : 'hidden');
  return new XMLSerializer().serializeToString(clone);
}
