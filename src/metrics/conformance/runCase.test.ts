import { describe, expect, it } from 'vitest';
import type { MetricEntry } from '../entry';
import { MetricInputError } from '../validate';
import { errorShortfall, runCase } from './runCase';

const throwing = (err: unknown): MetricEntry => ({
  id: 'm',
  args: {},
  compute: () => {
    throw err;
  },
});
const errorCase = { id: 'e', metric: 'm', args: { pred: [1], gt: [1, 2] }, expected: { error: true } };
const verdict = (err: unknown) => runCase(errorCase, () => throwing(err));

describe('{"error": true} cases', () => {
  it('pass on a MetricInputError naming one or several arguments of the case, or a path into one', () => {
    expect(verdict(new MetricInputError('pred', 'bad')).passed).toBe(true);
    expect(verdict(new MetricInputError('pred, gt', 'lengths differ')).passed).toBe(true);
    expect(verdict(new MetricInputError('gt.data', 'bad')).passed).toBe(true);
    expect(verdict(new MetricInputError('gt[1]', 'bad')).passed).toBe(true);
  });

  it('fail on a plain Error or a non-Error, even when the message names an argument', () => {
    expect(verdict(new Error('pred: bad'))).toMatchObject({
      passed: false,
      reason: 'expected a MetricInputError naming an argument, got "Error: pred: bad"',
    });
    expect(verdict(new RangeError('index 3 outside [0, 2)')).passed).toBe(false);
    expect(verdict('pred').passed).toBe(false);
  });

  it('fail on a MetricInputError naming something that is not an argument of the case', () => {
    expect(verdict(new MetricInputError('sigma', 'bad')).reason).toBe(
      'the error names "sigma", which is not an argument of the case',
    );
    expect(verdict(new MetricInputError('pred, other', 'bad')).passed).toBe(false);
    expect(verdict(new MetricInputError('', 'bad')).passed).toBe(false);
    expect(errorShortfall(new MetricInputError('toString', 'bad'), {})).not.toBe('');
  });
});
