import { describe, expect, it } from 'vitest';
import { declaredWidgetIds } from '../../app/widgetCatalogue';
import * as labState from './state';

describe('lab widget states', () => {
  it('name the four panels by their widget ids', () => {
    expect([...declaredWidgetIds([labState])].sort()).toEqual([
      'lab.coco',
      'lab.depth',
      'lab.image-pair',
      'lab.segmentation',
    ]);
  });
});
