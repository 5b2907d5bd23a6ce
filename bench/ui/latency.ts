/**
 * Runs the scenarios of bench/ui/scenarios.ts on an open page: untimed setup,
 * then one armed input at a time (keyboard on sliders, pointer moves for drags
 * and strokes, clicks for buttons, radios and toggles), each timed inside the
 * page by bench/ui/probe.ts, then the figure's Reset (untimed). Playwright
 * only drives the inputs; it never times them.
 */
import type { Locator, Page } from '@playwright/test';
import type { ArmOptions, InputResult, LongTask, PageProbe } from './probe';
import type { Control, DragOp, Scenario, SliderOp, Step, StrokeOp, ClickOp } from './scenarios';
import { answeredLatencies, longTasksIn, percentile, type InputTiming, type LatencyRow } from './results';

type WithProbe = { __benchUi: PageProbe };

/** Input events that start the clock, per operation. */
const EVENTS: Record<string, string[]> = {
  slider: ['keydown'],
  drag: ['pointermove'],
  stroke: ['pointermove'],
  click: ['pointerdown', 'keydown', 'click'],
};

/** The figure of a widget id. */
export function figureOf(page: Page, widget: string): Locator {
  return page.locator(`figure[data-widget="${widget}"]`);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A control inside a figure, by role and accessible name. */
export function controlIn(figure: Locator, c: Control): Locator {
  const name = c.prefix ? new RegExp(`^${escape(c.name)}`) : c.name;
  return figure.getByRole(c.role, { name, exact: !c.prefix }).first();
}

/** Waits (untimed) until the figures have readouts with values and none busy, steadily for `quietMs`. */
export async function waitQuiet(
  page: Page,
  figures: string[],
  quietMs = 400,
  timeoutMs = 60_000,
): Promise<boolean> {
  return page.evaluate(
    ({ figures, quietMs, timeoutMs }) =>
      new Promise<boolean>((resolve) => {
        const start = performance.now();
        let quietSince: number | null = null;
        let last: string | null = null;
        const tick = () => {
          const els = figures.flatMap((id) => [
            ...document.querySelectorAll(`figure[data-widget="${id}"] [data-metric]`),
          ]);
          const snapshot = els
            .map((e) => `${e.getAttribute('data-value')}|${e.getAttribute('aria-busy')}`)
            .join(',');
          const busy = els.some(
            (e) => e.getAttribute('aria-busy') === 'true' || e.getAttribute('data-value') === null,
          );
          const now = performance.now();
          if (busy || snapshot !== last) quietSince = busy ? null : now;
          last = snapshot;
          if (quietSince !== null && now - quietSince >= quietMs) return resolve(true);
          if (now - start > timeoutMs) return resolve(false);
          setTimeout(tick, 25);
        };
        tick();
      }),
    { figures, quietMs, timeoutMs },
  );
}

/** Runs one untimed step. */
async function runStep(figure: Locator, step: Step): Promise<void> {
  if ('click' in step) {
    await controlIn(figure, step.click).click();
    return;
  }
  const target = controlIn(figure, step.on);
  await target.focus();
  for (let i = 0; i < (step.times ?? 1); i++) await target.press(step.press);
}

/** Arms the probe, performs one input, and returns the page's timing of it. */
async function timed(page: Page, options: ArmOptions, act: () => Promise<void>): Promise<InputResult> {
  await page.evaluate((o) => (window as unknown as WithProbe).__benchUi.arm(o), options);
  await act();
  return page.evaluate(() => (window as unknown as WithProbe).__benchUi.wait());
}

/** The timing of one input as stored, from the page's result. */
function toTiming(r: InputResult): InputTiming {
  const answered = r.status === 'changed' || r.status === 'unchanged';
  return {
    status: r.status,
    latencyMs: answered && r.eventTime !== null ? r.endTime - r.eventTime : null,
    inputDelayMs: r.eventTime !== null && r.listenerTime !== null ? r.listenerTime - r.eventTime : null,
  };
}

/** A slider's value and ends. */
async function sliderState(loc: Locator): Promise<{ value: number; min: number; max: number }> {
  return loc.evaluate((el) => {
    const input = el as HTMLInputElement;
    return { value: Number(input.value), min: Number(input.min), max: Number(input.max) };
  });
}

/** The driver of one operation: `input(i)` performs timed input i, `end()` finishes (untimed). */
interface Driver {
  start: () => Promise<void>;
  input: (i: number) => Promise<void>;
  /** Untimed work before input i. */
  before?: (i: number) => Promise<void>;
  /** Whether `before` changes the figure (then the bench waits for it to settle). */
  beforeChanges?: boolean;
  end: () => Promise<void>;
}

/** Keyboard steps along a range input, bouncing at its ends. */
function sliderDriver(page: Page, figure: Locator, op: SliderOp): Driver {
  const loc = controlIn(figure, op.slider);
  let key = 'ArrowRight';
  return {
    start: async () => {
      await loc.scrollIntoViewIfNeeded();
      await loc.focus();
    },
    before: async () => {
      const s = await sliderState(loc);
      if (key === 'ArrowRight' && s.value >= s.max) key = 'ArrowLeft';
      else if (key === 'ArrowLeft' && s.value <= s.min) key = 'ArrowRight';
    },
    input: () => page.keyboard.press(key),
    end: async () => {},
  };
}

/**
 * Pointer moves of a pressed handle or brush: forwards all the way (`half` =
 * inputs), or the first half forwards and the second half back.
 */
function pointerDriver(
  page: Page,
  target: Locator,
  at: (box: { x: number; y: number; width: number; height: number }) => { x: number; y: number },
  dx: number,
  dy: number,
  half: number,
): Driver {
  let x = 0;
  let y = 0;
  return {
    start: async () => {
      await target.scrollIntoViewIfNeeded();
      const box = await target.boundingBox();
      if (!box) throw new Error('not visible');
      ({ x, y } = at(box));
      await page.mouse.move(x, y);
      await page.mouse.down();
    },
    input: async (i) => {
      const sign = i < half ? 1 : -1;
      x += sign * dx;
      y += sign * dy;
      await page.mouse.move(x, y);
    },
    end: () => page.mouse.up(),
  };
}

/** Clicks on the cycle's controls in turn, starting after a checked radio. */
function clickDriver(figure: Locator, op: ClickOp): Driver {
  let offset = 0;
  return {
    start: async () => {
      for (let k = 0; k < op.cycle.length; k++) {
        const c = op.cycle[k]!;
        if (c.role === 'radio' && (await controlIn(figure, c).isChecked())) offset = k + 1;
      }
      await controlIn(figure, op.cycle[offset % op.cycle.length]!).scrollIntoViewIfNeeded();
    },
    before: async () => {
      for (const step of op.before ?? []) await runStep(figure, step);
    },
    beforeChanges: (op.before ?? []).length > 0,
    input: (i) => controlIn(figure, op.cycle[(offset + i) % op.cycle.length]!).click(),
    end: async () => {},
  };
}

/** The driver of a scenario's operation. */
function driverFor(page: Page, figure: Locator, s: Scenario, inputs: number): Driver {
  const op = s.op;
  switch (op.type) {
    case 'slider':
      return sliderDriver(page, figure, op);
    case 'drag': {
      const d: DragOp = op;
      const centre = (b: { x: number; y: number; width: number; height: number }) => ({
        x: b.x + b.width / 2,
        y: b.y + b.height / 2,
      });
      // Back and forth, so that the handle stays inside its scene.
      return pointerDriver(page, controlIn(figure, d.handle), centre, d.dx, d.dy, Math.ceil(inputs / 2));
    }
    case 'stroke': {
      const st: StrokeOp = op;
      return pointerDriver(
        page,
        figure.locator(st.canvas).first(),
        (b) => ({ x: b.x + b.width * st.fx, y: b.y + b.height * st.fy }),
        st.dx,
        st.dy,
        inputs, // one way: every move paints new pixels
      );
    }
    case 'click':
      return clickDriver(figure, op);
  }
}

/** Runs one scenario on a page already showing its route; never throws (errors go into the row). */
export async function runScenario(page: Page, s: Scenario, inputScale = 1): Promise<LatencyRow> {
  const inputs = Math.max(1, Math.round((s.inputs ?? 30) * inputScale));
  const figures = s.watch ?? [s.widget];
  const figure = figureOf(page, s.widget);
  const row: LatencyRow = {
    route: s.route,
    widget: s.widget,
    action: s.action,
    kind: s.kind,
    target: s.target,
    inputs,
    changed: 0,
    unchanged: 0,
    missed: 0,
    p50: null,
    p95: null,
    max: null,
    inputDelayP50: null,
    longTasks: { count: 0, maxMs: 0 },
    timings: [],
  };
  const windows: { start: number; end: number }[] = [];
  const options: ArmOptions = {
    figures,
    events: EVENTS[s.op.type]!,
    timeoutMs: s.target === 'match-psnr' ? 20_000 : 10_000,
    quietMs: 1500,
  };
  try {
    if ((await figure.count()) === 0) throw new Error('figure not on the page');
    if ((await figure.locator('[data-metric]').count()) === 0) throw new Error('figure has no readouts');
    await figure.scrollIntoViewIfNeeded();
    for (const step of s.setup ?? []) await runStep(figure, step);
    await waitQuiet(page, figures, 250);
    const driver = driverFor(page, figure, s, inputs);
    await driver.start();
    await waitQuiet(page, figures, 250);
    for (let i = 0; i < inputs; i++) {
      if (driver.before) {
        await driver.before(i);
        if (driver.beforeChanges) await waitQuiet(page, figures, 100);
      }
      const r = await timed(page, options, () => driver.input(i));
      row.timings.push(toTiming(r));
      if (r.eventTime !== null) windows.push({ start: r.eventTime, end: r.endTime });
    }
    await driver.end();
  } catch (e) {
    row.error = (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 120);
  }
  await page.waitForTimeout(200); // let the last long-task entries arrive
  const tasks: LongTask[] = await page.evaluate(() => (window as unknown as WithProbe).__benchUi.longTasks);
  row.longTasks = longTasksIn(tasks, windows);
  const lat = answeredLatencies(row.timings);
  row.changed = row.timings.filter((t) => t.status === 'changed').length;
  row.unchanged = row.timings.filter((t) => t.status === 'unchanged').length;
  row.missed = row.timings.length - row.changed - row.unchanged;
  row.p50 = percentile(lat, 50);
  row.p95 = percentile(lat, 95);
  row.max = lat.length ? Math.max(...lat) : null;
  row.inputDelayP50 = percentile(
    row.timings.flatMap((t) => (t.inputDelayMs === null ? [] : [t.inputDelayMs])),
    50,
  );
  // Back to the defaults (untimed), so the next scenario on this figure starts from them.
  try {
    if (row.error) throw new Error(row.error);
    await figure
      .getByRole('button', { name: /^Reset: / })
      .first()
      .click({ timeout: 5000 });
    await waitQuiet(page, figures, 200, 30_000);
  } catch {
    // A failed figure, or one without Reset, keeps its state.
  }
  return row;
}
