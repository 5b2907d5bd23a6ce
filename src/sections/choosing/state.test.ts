import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { chooserWidget, tableWidget } from './state';

describe('choosing widget states', () => {
  it('have distinct ids', () => {
    expect(chooserWidget.id).not.toBe(tableWidget.id);
  });

  it('refuse states a tampered link could carry', () => {
    expect(v.is(chooserWidget.schema, { ...chooserWidget.defaults, task: 'tracking' })).toBe(false);
    expect(v.is(chooserWidget.schema, { ...chooserWidget.defaults, empty: 'yes' })).toBe(false);
    expect(v.is(chooserWidget.schema, { ...chooserWidget.defaults, output: 'logits' })).toBe(false);
    expect(v.is(tableWidget.schema, { task: 'depth' })).toBe(true);
    expect(v.is(tableWidget.schema, { task: 'everything' })).toBe(false);
  });
});
