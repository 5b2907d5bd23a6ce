import { describe, expect, it } from 'vitest';
import { LabJobError } from '../../../../lab/jobs/runLabJob';
import { initialLabJobState, labJobReducer, type LabJobEvent, type LabJobState } from './labJobState';

const run = (events: LabJobEvent<string>[]): LabJobState<string> =>
  events.reduce(labJobReducer<string>, initialLabJobState<string>());

describe('labJobReducer', () => {
  it('a failed run keeps the last good result', () => {
    const s = run([
      { type: 'start', run: 1 },
      { type: 'done', run: 1, result: 'first' },
      { type: 'start', run: 2 },
      { type: 'error', run: 2, error: new LabJobError('a.json: not JSON', { input: true }) },
    ]);
    expect(s.status).toBe('error');
    expect(s.result).toBe('first');
    expect(s.error?.message).toBe('a.json: not JSON');
  });

  it('a cancelled run keeps the last good result and clears the error', () => {
    const s = run([
      { type: 'start', run: 1 },
      { type: 'done', run: 1, result: 'first' },
      { type: 'start', run: 2 },
      { type: 'progress', run: 2, fraction: 0.4, label: 'Matching' },
      { type: 'cancelled', run: 2 },
    ]);
    expect(s).toMatchObject({ status: 'cancelled', result: 'first', error: null, progress: 0.4 });
  });

  it('events of a superseded run change nothing', () => {
    const s = run([
      { type: 'start', run: 1 },
      { type: 'start', run: 2 },
      { type: 'cancelled', run: 1 },
      { type: 'progress', run: 1, fraction: 0.9, label: 'old' },
      { type: 'done', run: 2, result: 'second' },
      { type: 'done', run: 1, result: 'first' },
    ]);
    expect(s).toMatchObject({ status: 'done', result: 'second', progress: 1, run: 2 });
  });
});
