import { describe, expect, it } from 'vitest';
import { citationText, doiHref, formatAuthors, safeHref } from './references';

describe('formatAuthors', () => {
  it('joins one, two and three names', () => {
    expect(formatAuthors(['Zhou Wang'])).toBe('Zhou Wang');
    expect(formatAuthors(['Zhou Wang', 'Alan C. Bovik'])).toBe('Zhou Wang and Alan C. Bovik');
    expect(formatAuthors(['A', 'B', 'C'])).toBe('A, B and C');
  });

  it('shortens long author lists with et al.', () => {
    expect(formatAuthors(['A', 'B', 'C', 'D'], 2)).toBe('A, B et al.');
  });

  it('keeps an author string as written', () => {
    expect(formatAuthors(' M. Everingham, L. Van Gool ')).toBe('M. Everingham, L. Van Gool');
  });

  it('ignores blank names', () => {
    expect(formatAuthors([' ', 'A '])).toBe('A');
    expect(formatAuthors([])).toBe('');
  });
});

describe('citationText', () => {
  it('writes authors, year, title, venue and the DOI as text', () => {
    expect(
      citationText({
        authors: ['Zhou Wang', 'Alan C. Bovik', 'Hamid R. Sheikh', 'Eero P. Simoncelli'],
        title: 'Image quality assessment: from error visibility to structural similarity',
        venue: 'IEEE Transactions on Image Processing 13(4)',
        year: 2004,
        doi: '10.1109/TIP.2003.819861',
      }),
    ).toBe(
      'Zhou Wang, Alan C. Bovik, Hamid R. Sheikh and Eero P. Simoncelli (2004). Image quality assessment: ' +
        'from error visibility to structural similarity. IEEE Transactions on Image Processing 13(4). ' +
        'DOI 10.1109/TIP.2003.819861.',
    );
  });
});

describe('reference links', () => {
  it('resolves a DOI at doi.org', () => {
    expect(doiHref('10.1109/TIP.2003.819861')).toBe('https://doi.org/10.1109/TIP.2003.819861');
    expect(doiHref('doi: 10.1/x')).toBe('https://doi.org/10.1/x');
    expect(doiHref('https://doi.org/10.1/x')).toBe('https://doi.org/10.1/x');
  });

  it('links only web addresses', () => {
    expect(safeHref('https://cocodataset.org/#detection-eval')).toBe(
      'https://cocodataset.org/#detection-eval',
    );
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
  });
});
