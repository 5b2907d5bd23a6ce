/**
 * Fits a figure into a box without scrolling (presentation slides and
 * Enlarge). Type stays at its (lecture-hall) size: what gives is the layout
 * width, since pictures and charts scale with it. The figure is laid out at a
 * few widths; the one that lets it be shown largest (CSS `zoom`, at most
 * `MAX_ZOOM`) wins. If even the narrowest is too tall, the figure is zoomed
 * out until it fits. The zoom is also set as `--ba-fit-zoom`, so CSS can keep
 * a rendered size (headline readouts). The fit is redone when the box or the figure's content
 * changes size (a picture loads, a table appears).
 *
 * A figure too tall for the box would shrink its type with the zoom, under the
 * lecture-hall size. So the type is boosted first (`--ba-text-boost` on the
 * root element scales `rem`, present.css) by about one over the zoom, and the
 * figure is fitted again: pictures give way, type keeps its size. The boost
 * with the best `fitScore` (type large, pictures not much smaller) wins.
 */

/** Largest zoom used to fill a big screen with a small figure. */
export const MAX_ZOOM = 1.4;
/** Narrowest layout width tried, as a share of the box width. */
const MIN_WIDTH_SHARE = 0.4;
/** Layout widths tried between the box width and the narrowest. */
const STEPS = 7;
/** Largest type boost (times the lecture-hall size) tried for a figure too tall for the box. */
export const MAX_BOOST = 1.8;
/** Fits tried with a boosted type, at most. */
const BOOST_ROUNDS = 4;

/** The size the figure must fit in, in CSS pixels. */
export interface FitBox {
  width: number;
  height: number;
}

/** The chosen layout width and zoom. */
export interface Fit {
  width: number;
  zoom: number;
}

/**
 * Picks the fit from a measuring function: `heightAt(width)` lays the figure
 * out at `width` and returns its height. Pure apart from the measuring.
 */
export function chooseFit(box: FitBox, heightAt: (width: number) => number): Fit {
  let best: Fit | null = null;
  for (let i = 0; i <= STEPS; i += 1) {
    const width = Math.floor(box.width * (1 - ((1 - MIN_WIDTH_SHARE) * i) / STEPS));
    if (width < 200) break;
    const height = heightAt(width);
    if (height <= 0) continue;
    const zoom = Math.min(MAX_ZOOM, box.width / width, box.height / height);
    if (!best || zoom > best.zoom + 0.001) best = { width, zoom };
  }
  return best ?? { width: box.width, zoom: 1 };
}

/**
 * The next type boost to try, from the last one and the zoom it got: the
 * rendered type is `boost * zoom` and should reach 1.
 */
export function nextBoost(boost: number, zoom: number): number {
  if (zoom <= 0) return boost;
  return Math.min(MAX_BOOST, Math.max(1, boost / Math.min(1, boost * zoom)));
}

/**
 * How good a fit is: the rendered type (boost times zoom, counted up to the lecture-hall size) times
 * the square root of the zoom (pictures shrink with it). So a boost that gains the type little and
 * costs the pictures much loses, and once the type is big enough, the larger pictures win.
 */
export function fitScore(boost: number, zoom: number): number {
  return Math.min(1, boost * zoom) * Math.sqrt(Math.min(zoom, MAX_ZOOM));
}

/** CSS custom property, on the root element, that scales `rem` on a slide (present.css). */
const BOOST_VAR = '--ba-text-boost';

/**
 * Keeps `figure` fitted into the size `box()` returns. Returns a function that
 * stops and removes the inline width and zoom.
 */
export function fitFigure(figure: HTMLElement, box: () => FitBox): () => void {
  let applied = { width: -1, height: -1 };
  let frame = 0;
  let refits = 0;
  const html = figure.ownerDocument.documentElement;
  const fitAt = (size: FitBox, boost: number): Fit => {
    html.style.setProperty(BOOST_VAR, String(boost));
    figure.style.zoom = '';
    return chooseFit(size, (width) => {
      figure.style.width = `${width}px`;
      return figure.getBoundingClientRect().height;
    });
  };
  const fit = () => {
    frame = 0;
    const size = box();
    if (size.width <= 0 || size.height <= 0) return;
    let boost = 1;
    let chosen = fitAt(size, boost);
    let best = { boost, fit: chosen };
    for (let round = 0; round < BOOST_ROUNDS && boost * chosen.zoom < 0.99; round += 1) {
      const next = nextBoost(boost, chosen.zoom);
      if (next <= boost + 0.01) break;
      boost = next;
      // the stage's own size may depend on rem (its padding): measure it again
      chosen = fitAt(box(), boost);
      if (fitScore(boost, chosen.zoom) > fitScore(best.boost, best.fit.zoom) + 0.005)
        best = { boost, fit: chosen };
    }
    if (best.boost !== boost) html.style.setProperty(BOOST_VAR, String(best.boost));
    chosen = best.fit;
    figure.style.width = `${chosen.width}px`;
    let zoom = Math.floor(chosen.zoom * 1000) / 1000;
    figure.style.zoom = zoom === 1 ? '' : String(zoom);
    // zoomed layout rounds differently: shrink a little more if it still overflows
    const final = box();
    let rect = figure.getBoundingClientRect();
    const over = Math.max(rect.height / final.height, rect.width / final.width);
    if (over > 1) {
      zoom = Math.floor((zoom / over) * 1000) / 1000;
      figure.style.zoom = String(zoom);
      rect = figure.getBoundingClientRect();
    }
    figure.dataset.fitZoom = zoom.toFixed(3);
    figure.dataset.fitBoost = best.boost.toFixed(3);
    // headline readouts keep >= 48 px as rendered whatever the zoom (present.css)
    figure.style.setProperty('--ba-fit-zoom', String(zoom));
    applied = { width: Math.round(rect.width), height: Math.round(rect.height) };
  };
  const schedule = () => {
    if (frame) return;
    frame = requestAnimationFrame(fit);
  };
  const observer = new ResizeObserver(() => {
    const rect = figure.getBoundingClientRect();
    const changed = Math.abs(rect.height - applied.height) > 2 || Math.abs(rect.width - applied.width) > 2;
    // a content change: refit, but never loop (a few refits per second at most)
    if (changed && refits < 30) {
      refits += 1;
      schedule();
    }
  });
  const decay = setInterval(() => {
    refits = 0;
  }, 2000);
  const onResize = () => schedule();
  fit();
  observer.observe(figure);
  window.addEventListener('resize', onResize);
  return () => {
    observer.disconnect();
    clearInterval(decay);
    window.removeEventListener('resize', onResize);
    if (frame) cancelAnimationFrame(frame);
    figure.style.width = '';
    figure.style.zoom = '';
    figure.style.removeProperty('--ba-fit-zoom');
    html.style.removeProperty(BOOST_VAR);
    delete figure.dataset.fitZoom;
    delete figure.dataset.fitBoost;
  };
}
