import { describe, expect, it } from 'vitest';
import { ratio, renderTable, type BenchRow } from './report';

const row = (implementation: string, median_ms: number, exact = true): BenchRow => ({
  task: 't',
  implementation,
  median_ms,
  runs: 3,
  exact,
  peak_rss_mb: 50,
  threads: 1,
  value: 0.5,
});

describe('bench report', () => {
  it('states peers relative to ours', () => {
    const rows = [row('ours', 10), row('peer', 45), row('quick', 5)];
    expect(ratio(rows[0]!, rows)).toBe('1.00x');
    expect(ratio(rows[1]!, rows)).toBe('4.5x slower');
    expect(ratio(rows[2]!, rows)).toBe('2.0x faster');
  });
  it('renders one table line per row with the provenance', () => {
    const t = renderTable([row('ours', 10), row('peer', 45, false)], {
      date: '2026-11-22',
      machine: 'm',
      command: 'npm run bench',
    });
    expect(t).toContain('Measured 2026-11-22 on m with `npm run bench`');
    expect(t).toContain('| t | peer | 45.0 | 4.5x slower | 3 | no | 50 |');
  });
});
