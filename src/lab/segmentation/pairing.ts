/**
 * Pairs ground-truth and predicted label-map files: by file name when every
 * ground-truth file has a prediction of the same name (extension and case
 * ignored), by order otherwise.
 */
import { LabInputError, type LabFile } from '../jobs/types';

/** How the files were paired. */
export type PairingRule = 'name' | 'order';

/** One ground-truth file with its prediction. */
export interface FilePair {
  gt: LabFile;
  pred: LabFile;
}

function stem(name: string): string {
  return name.replace(/\.[^./\\]*$/, '').toLowerCase();
}

/**
 * Pairs `gt[i]` with the prediction of the same stem when every stem matches
 * exactly one file on each side, else `gt[i]` with `pred[i]`. Throws a
 * LabInputError when either list is empty or the counts differ.
 */
export function pairFiles(
  gt: readonly LabFile[],
  pred: readonly LabFile[],
): { pairs: FilePair[]; rule: PairingRule } {
  if (gt.length === 0) throw new LabInputError('Ground-truth label maps', '', 'no file given');
  if (pred.length === 0) throw new LabInputError('Predicted label maps', '', 'no file given');
  if (gt.length !== pred.length) {
    throw new LabInputError(
      'Predicted label maps',
      '',
      `${pred.length} file(s) for ${gt.length} ground-truth file(s): give one prediction per ground-truth map`,
    );
  }
  const byStem = new Map<string, LabFile[]>();
  for (const p of pred) byStem.set(stem(p.name), [...(byStem.get(stem(p.name)) ?? []), p]);
  const gtStems = new Set(gt.map((g) => stem(g.name)));
  const byName =
    gt.length > 1 && gtStems.size === gt.length && gt.every((g) => byStem.get(stem(g.name))?.length === 1);
  if (byName) return { pairs: gt.map((g) => ({ gt: g, pred: byStem.get(stem(g.name))![0]! })), rule: 'name' };
  return { pairs: gt.map((g, i) => ({ gt: g, pred: pred[i]! })), rule: 'order' };
}
