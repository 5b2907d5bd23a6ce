import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The one read outside the repository that DESIGN.md allows: the shared reference cases.
const shared = fileURLToPath(new URL('../../shared/reference/cases/', import.meta.url));
const own = fileURLToPath(new URL('./reference/cases/', import.meta.url));
const sharedExists = existsSync(shared);

describe('the project copy of the reference cases', () => {
  it.skipIf(!sharedExists)('equals ../shared/reference/cases byte for byte', () => {
    const list = (d: string) =>
      readdirSync(d)
        .filter((f) => f.endsWith('.json'))
        .sort();
    expect(list(own)).toEqual(list(shared));
    for (const f of list(shared)) {
      expect(readFileSync(own + f).equals(readFileSync(shared + f)), f).toBe(true);
    }
  });

  it('holds at least one case file', () => {
    if (!sharedExists)
      console.warn('../shared/reference/cases is absent: the byte-for-byte comparison was skipped');
    expect(readdirSync(own).filter((f) => f.endsWith('.json')).length).toBeGreaterThan(0);
  });
});
