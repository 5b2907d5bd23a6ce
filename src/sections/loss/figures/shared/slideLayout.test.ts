import { describe, expect, it } from 'vitest';
import { presentPlotBox, textUnits } from './presentPlotBox';
import { presentRowsLayout } from '../drag/ExampleRows';
import { apart, wrapWords } from '../drag/MovesPlot';

const PAD = { left: 64, right: 16, top: 14, bottom: 46 };

describe('presentPlotBox', () => {
  it('leaves the page box as it is', () => {
    expect(presentPlotBox(220, PAD, 40, false, { yTickChars: 4, right: 1 })).toEqual({
      height: 220,
      pad: PAD,
    });
  });

  it('grows the pads with the label size on a slide and the height by as much, keeping the plotting area', () => {
    const box = presentPlotBox(220, PAD, 30, true, { yTickChars: 4, right: 1 });
    // rotated title, gap and "0.75" fit left of the area; ticks and title below it
    expect(box.pad.left).toBeGreaterThanOrEqual(1.4 * 30 + textUnits(4, 30));
    expect(box.pad.bottom).toBeGreaterThanOrEqual(2.3 * 30);
    expect(box.pad.right).toBe(36);
    expect(box.height - box.pad.top - box.pad.bottom).toBe(220 - PAD.top - PAD.bottom);
  });

  it('never makes a pad smaller than the page one', () => {
    const box = presentPlotBox(220, PAD, 4, true, { yTickChars: 1, right: 0 });
    expect(box.pad).toEqual(PAD);
  });
});

describe('presentRowsLayout', () => {
  it('keeps the row labels, the track, the bars and the loss numbers apart at the slide size', () => {
    const l = presentRowsLayout(27, 760);
    expect(l.row).toBeGreaterThanOrEqual(1.3 * 27);
    expect(l.x0).toBeGreaterThan(textUnits(6, 27));
    expect(l.x1).toBeLessThan(l.b0);
    expect(l.b0).toBeLessThan(l.b1);
    expect(760 - l.b1).toBeGreaterThanOrEqual(textUnits(10, 27));
    expect(l.ticks).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('ticks at halves when quarters would touch', () => {
    expect(presentRowsLayout(27, 560).ticks).toEqual([0, 0.5, 1]);
  });
});

describe('wrapWords', () => {
  it('fills lines up to the width and keeps every word', () => {
    const lines = wrapWords('Move a dot: each move adds a point to this plot.', 20);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    expect(lines.join(' ')).toBe('Move a dot: each move adds a point to this plot.');
  });

  it('gives a longer word its own line', () => {
    expect(wrapWords('a extraordinarily b', 5)).toEqual(['a', 'extraordinarily', 'b']);
  });
});

describe('apart', () => {
  it('keeps labels far enough apart where they are', () => {
    expect(apart(100, 40, 20)).toEqual([100, 40]);
  });

  it('moves close labels apart about their middle, keeping their order', () => {
    const [a, b] = apart(100, 95, 20);
    expect(a - b).toBeCloseTo(23, 9);
    expect((a + b) / 2).toBeCloseTo(97.5, 9);
    const [c, d] = apart(95, 100, 20);
    expect(d - c).toBeCloseTo(23, 9);
  });
});
