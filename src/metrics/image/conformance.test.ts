import { describeConformance } from '../conformance/caseFiles.test-helper';
import { imageEntries } from './entries';

describeConformance(
  'image family conformance with the reference cases',
  ['psnr.json', 'ssim.json', 'lpips_features.json'],
  imageEntries,
);
