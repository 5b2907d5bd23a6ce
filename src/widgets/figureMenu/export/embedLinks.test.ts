import { describe, expect, it } from 'vitest';
import { addressBase, embedUrl, escapeAttribute, iframeSnippet, ownerOf, shareParam } from './embedLinks';

describe('embed links', () => {
  it('builds the embed address from the page address and the share state', () => {
    const href = 'https://a.org/app/#/detection?s=1.abc_-&w=detection.iou';
    expect(addressBase(href)).toBe('https://a.org/app/');
    expect(shareParam(href)).toBe('1.abc_-');
    expect(shareParam('https://a.org/#/detection')).toBeUndefined();
    expect(embedUrl(href, 'detection.iou', shareParam(href))).toBe(
      'https://a.org/app/#/embed/detection.iou?s=1.abc_-',
    );
    expect(embedUrl('https://a.org/', 'detection.iou')).toBe('https://a.org/#/embed/detection.iou');
  });
  it('writes the iframe snippet with escaped attributes', () => {
    expect(escapeAttribute('a"<&>')).toBe('a&quot;&lt;&amp;&gt;');
    expect(iframeSnippet('https://a.org/#/embed/x?s=1.a&b', 'IoU "box"')).toBe(
      '<iframe src="https://a.org/#/embed/x?s=1.a&amp;b" title="IoU &quot;box&quot;" width="100%" height="600" style="border:0" loading="lazy"></iframe>',
    );
  });
  it('finds the owning section from the catalogue, else by the id prefix', () => {
    const sections = [{ id: 'detection' }, { id: 'pose' }];
    const declared = (id: string) => new Set(id === 'pose' ? ['pose.rings'] : []);
    expect(ownerOf('pose.rings', sections, declared)?.id).toBe('pose');
    expect(ownerOf('detection.labels', sections, declared)?.id).toBe('detection');
    expect(ownerOf('nothing.here', sections, declared)).toBeNull();
    expect(ownerOf('detectionx', sections, declared)).toBeNull();
  });
});
