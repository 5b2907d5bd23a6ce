import { describeConformance } from '../conformance/caseFiles.test-helper';
import { depthEntries } from './entries';

describeConformance('depth conformance', ['depth.json'], depthEntries);
