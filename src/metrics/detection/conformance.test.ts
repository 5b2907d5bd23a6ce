import { describeConformance } from '../conformance/caseFiles.test-helper';
import { detectionEntries } from './entries';

describeConformance('detection conformance', ['box_iou.json', 'voc_ap.json'], detectionEntries);
