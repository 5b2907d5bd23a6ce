import { describeConformance } from '../conformance/caseFiles.test-helper';
import { classificationEntries } from './entries';

describeConformance(
  'classification conformance',
  ['classification.json', 'cross_entropy.json'],
  classificationEntries,
);
