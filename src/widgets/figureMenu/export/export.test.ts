import { describe, expect, it } from 'vitest';
import { buildExportSvg, layoutCaption, CAPTION } from './buildSvg';
import { isDrawn, relativeTo, unionBox } from './layout';
import { readoutLine } from './readouts';
import { collapseSpace, escapeXml, roughMeasure, wrapLink, wrapText } from './svgText';

const measure = roughMeasure(10, 1); // 10 px per character

describe('layout boxes', () => {
  it('the union box is whole pixels around every drawn box', () => {
    expect(
      unionBox([
        { x: 10.5, y: 20.2, width: 100, height: 50 },
        { x: 5, y: 80, width: 10, height: 10.1 },
        { x: 0, y: 0, width: 0, height: 30 },
      ]),
    ).toEqual({ x: 5, y: 20, width: 106, height: 71 });
    expect(unionBox([])).toBeNull();
  });
  it('places a box relative to an origin', () => {
    expect(relativeTo({ x: 30, y: 40, width: 5, height: 6 }, { x: 10, y: 15 })).toEqual({
      x: 20,
      y: 25,
      width: 5,
      height: 6,
    });
    expect(isDrawn({ x: 0, y: 0, width: 0.5, height: 10 })).toBe(false);
  });
});

describe('svg text', () => {
  it('escapes markup, quotes and characters XML does not allow', () => {
    expect(escapeXml(`a<b>&"c'\u0001`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });
  it('wraps at spaces within the width and breaks words that are too long', () => {
    expect(wrapText('one two three four', 90, measure)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('abcdefghijkl xy', 50, measure)).toEqual(['abcde', 'fghij', 'kl xy']);
    expect(collapseSpace('  a \n b ')).toBe('a b');
  });
  it('a wrapped link joins back to the link', () => {
    const link = 'https://example.org/#/detection?s=1.abcdefghijklmnopqrstuvwxyz&w=detection.iou';
    const lines = wrapLink(link, 120, measure);
    expect(lines.every((l) => measure(l) <= 120)).toBe(true);
    expect(lines.join('')).toBe(link);
  });
});

describe('exported svg', () => {
  const content = {
    width: 300,
    height: 200,
    parts: [
      {
        kind: 'svg' as const,
        box: { x: 0, y: 0, width: 300, height: 150 },
        markup: '<svg x="0" y="0" width="300" height="150"><rect width="10" height="10"/></svg>',
      },
      {
        kind: 'pixels' as const,
        box: { x: 10, y: 150, width: 50, height: 50 },
        href: 'data:image/png;base64,AAAA',
      },
    ],
    title: 'IoU & friends',
    readouts: [{ label: 'IoU', value: '0.604' }],
    link: 'https://x.org/#/detection?s=1.a&w=detection.iou',
    linkLabel: 'Link:',
    background: '#ffffff',
    foreground: '#111111',
    measure: roughMeasure(CAPTION.fontSize),
    measureTitle: roughMeasure(CAPTION.titleSize),
  };
  it('has the drawing at its size, the caption under it and parses as XML text', () => {
    const svg = buildExportSvg(content);
    const caption = layoutCaption(content, 300);
    expect(svg).toContain(`width="300" height="${200 + caption.height}"`);
    expect(svg).toContain('data-drawing-width="300" data-drawing-height="200"');
    expect(svg).toContain(
      '<g data-part="chart"><svg x="0" y="0" width="300" height="150"><rect width="10" height="10"/></svg></g>',
    );
    expect(svg).toContain(
      '<image x="10" y="150" width="50" height="50" preserveAspectRatio="none" href="data:image/png;base64,AAAA"/>',
    );
    expect(svg).toContain('IoU &amp; friends');
    expect(svg).toContain('IoU: 0.604');
    expect(svg).toContain('href="https://x.org/#/detection?s=1.a&amp;w=detection.iou"');
    expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });
  it('lays the caption out as title, readouts, link label and link lines', () => {
    const { lines, height } = layoutCaption(content, 300);
    expect(lines.map((l) => l.kind)).toEqual(['title', 'readout', 'readout', 'link', 'link']);
    expect(
      lines
        .filter((l) => l.kind === 'link')
        .map((l) => l.text)
        .join(''),
    ).toBe(content.link);
    expect(height).toBe(2 * CAPTION.padding + lines.length * CAPTION.lineHeight);
  });
});

describe('readout lines', () => {
  it('uses the label and value text, adding subject or class the label does not name', () => {
    expect(readoutLine({ metric: 'iou', label: ' IoU ', value: '0.60\n' })).toEqual({
      label: 'IoU',
      value: '0.60',
    });
    expect(readoutLine({ metric: 'iou', cls: 'car', label: 'IoU', value: '0.5' })).toEqual({
      label: 'IoU (car)',
      value: '0.5',
    });
    expect(
      readoutLine({ metric: 'oks', subject: 'small-person', label: 'OKS small person', value: '0.9' }).label,
    ).toBe('OKS small person');
    expect(readoutLine({ metric: 'psnr', label: null, value: '31 dB' })).toEqual({
      label: 'psnr',
      value: '31 dB',
    });
  });
});
