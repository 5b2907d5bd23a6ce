/**
 * Fits a figure into a box without scrolling (presentation slides and
 * Enlarge). Type stays at its (lecture-hall) size: what gives is the layout
 * width, since pictures and charts scale with it. The figure is laid out at a
 * few widths; the one that lets it be shown largest (CSS `zoom`, at most
 * `MAX_ZOOM`) wins. If even the narrowest is too tall, the figure is zoomed
 * out until it fits. The zoom is also set as `--ba-fit-zoom`, so CSS can keep
 * a rendered size (headline readouts). The fit is redone when the box or the figure's content
 * changes size (a picture loads, a table appears).
 */

/** Largest zoom used to fill a big screen with a small figure. */
export const MAX_ZOOM = 1.4;
/** Narrowest layout width tried, as a share of the box width. */
const MIN_WIDTH_SHARE = 0.4;
/** Layout widths tried between the box width and the narrowest. */
const STEPS = 7;

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
 * Keeps `figure` fitted into the size `box()` returns. Returns a function that
 * stops and removes the inline width and zoom.
 */
export function fitFigure(figure: HTMLElement, box: () => FitBox): () => void {
  let applied = { width: -1, height: -1 };
  let frame = 0;
  let refits = 0;
  const fit = () => {
    frame = 0;
    const size = box();
    if (size.width <= 0 || size.height <= 0) return;
    figure.style.zoom = '';
    const chosen = chooseFit(size, (width) => {
      figure.style.width = `${width}px`;
      return figure.getBoundingClientRect().height;
    });
    figure.style.width = `${chosen.width}px`;
    let zoom = Math.floor(chosen.zoom * 1000) / 1000;
    figure.style.zoom = zoom === 1 ? '' : String(zoom);
    // zoomed layout rounds differently: shrink a little more if it still overflows
    let rect = figure.getBoundingClientRect();
    const over = Math.max(rect.height / size.height, rect.width / size.width);
    if (over > 1) {
      zoom = Math.floor((zoom / over) * 1000) / 1000;
      figure.style.zoom = String(zoom);
      rect = figure.getBoundingClientRect();
    }
    figure.dataset.fitZoom = zoom.toFixed(3);
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
    delete figure.dataset.fitZoom;
  };
}
