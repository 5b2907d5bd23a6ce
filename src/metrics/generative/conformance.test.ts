import { describeConformance } from '../conformance/caseFiles.test-helper';
import { generativeEntries } from './entries';

describeConformance(
  'generative family conformance with the reference cases',
  ['frechet_distance.json', 'fid_features.json', 'inception_score.json', 'clip_score.json'],
  generativeEntries,
);
