/**
 * Widget states of the choosing section: the chooser's six answers and the
 * table's task filter. The answers are in the share link, so a copied link
 * shows the same recommendation; a tampered link is refused.
 */
import * as v from 'valibot';
import { defineWidgetState } from '../../state/widgetState';
import { choosingText } from '../../i18n/choosing';
import { OUTPUTS, TASKS, type ChooserAnswers, type Task } from './figures/chooser/recommend';

/** `choosing.chooser`: the six answers (default: segmentation with a dominant background, no empty images). */
export const chooserWidget = defineWidgetState({
  id: 'choosing.chooser',
  title: choosingText.chooser.title,
  schema: v.object({
    task: v.picklist(TASKS),
    imbalance: v.boolean(),
    tiny: v.boolean(),
    empty: v.boolean(),
    localisation: v.boolean(),
    output: v.picklist(OUTPUTS),
  }),
  defaults: {
    task: 'segmentation',
    imbalance: true,
    tiny: false,
    empty: false,
    localisation: false,
    output: 'probability',
  } as ChooserAnswers,
});

/** `choosing.table`: which task's row the table shows (`all`: every row). */
export const tableWidget = defineWidgetState({
  id: 'choosing.table',
  title: choosingText.table.title,
  schema: v.object({ task: v.picklist(['all', ...TASKS]) }),
  defaults: { task: 'all' as Task | 'all' },
});
