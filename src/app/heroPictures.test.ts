import { describe, expect, it } from 'vitest';
import { heroPictureUrl, heroSectionId } from './heroPictures';
import { sections } from './sections';

describe('hero pictures', () => {
  it('reads the section id of a picture file', () => {
    expect(heroSectionId('../assets/heroes/image-quality.jpg')).toBe('image-quality');
    expect(heroSectionId('../assets/heroes/Pose.png')).toBeNull();
  });

  it('finds a section’s picture among the files', () => {
    const files = { '../assets/heroes/pose.jpg': '/assets/pose-abc.jpg' };
    expect(heroPictureUrl('pose', files)).toBe('/assets/pose-abc.jpg');
    expect(heroPictureUrl('depth', files)).toBeUndefined();
  });

  it('has a picture for every section with a page', () => {
    for (const s of sections) expect(heroPictureUrl(s.id), s.id).toBeDefined();
  });
});
