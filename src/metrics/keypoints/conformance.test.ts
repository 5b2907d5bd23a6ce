import { describeConformance } from '../conformance/caseFiles.test-helper';
import { keypointsEntries } from './entries';

describeConformance('keypoints conformance', ['oks.json', 'pck.json'], keypointsEntries);
