import { describeConformance } from '../conformance/caseFiles.test-helper';
import { segmentationEntries } from './entries';

describeConformance(
  'segmentation conformance',
  ['segmentation.json', 'binary_mask.json'],
  segmentationEntries,
);
