import { describe, expect, it } from 'vitest';
import { lookupWidget } from '../../state/widgetState';
import {
  blurNoiseWidget,
  filterBankWidget,
  foolWidget,
  implementationsWidget,
  inspectorWidget,
  lpipsWidget,
  ownWidget,
} from './state';

const parse = (id: string, raw: unknown) => lookupWidget(id)!.parse(raw);

describe('image-quality widget states', () => {
  it('registers every widget with its defaults (astronaut, blur 1.5, the matched noise 12.412, no vote)', () => {
    for (const w of [
      blurNoiseWidget,
      foolWidget,
      inspectorWidget,
      ownWidget,
      lpipsWidget,
      filterBankWidget,
      implementationsWidget,
    ]) {
      expect(parse(w.id, w.defaults)).toEqual(w.defaults);
    }
    expect(blurNoiseWidget.defaults).toEqual({
      photo: 'astronaut',
      blur: 1.5,
      noise: 12.412,
      seed: 1,
      vote: 'none',
      revealed: false,
    });
  });

  it('accepts a matched noise on the 0.001 grid and refuses values off the grid or out of range', () => {
    const ok = { photo: 'astronaut', blur: 1.5, noise: 12.412, seed: 77, vote: 'noisy', revealed: true };
    expect(parse(blurNoiseWidget.id, ok)).toEqual(ok);
    // a link from before the vote was shared: no vote, numbers covered
    const { vote: _v, revealed: _r, ...old } = ok;
    expect(parse(blurNoiseWidget.id, old)).toEqual({ ...old, vote: 'none', revealed: false });
    expect(parse(blurNoiseWidget.id, { ...ok, vote: 'sharp' })).toBeNull();
    expect(parse(blurNoiseWidget.id, { ...ok, noise: 12.4125 })).toBeNull();
    expect(parse(blurNoiseWidget.id, { ...ok, blur: 1.55 })).toBeNull();
    expect(parse(blurNoiseWidget.id, { ...ok, seed: 0 })).toBeNull();
    expect(parse(blurNoiseWidget.id, { ...ok, photo: 'moon' })).toBeNull();
  });

  it('refuses a ranking that is not a permutation of the four copies', () => {
    const d = foolWidget.defaults;
    expect(
      parse(foolWidget.id, { ...d, eye: ['jpeg', 'translation', 'contrast', 'brightness'] }),
    ).not.toBeNull();
    expect(parse(foolWidget.id, { ...d, eye: ['jpeg', 'jpeg', 'contrast', 'brightness'] })).toBeNull();
    expect(parse(foolWidget.id, { ...d, eye: ['jpeg'] })).toBeNull();
  });

  it('keeps the inspected pixel inside the chosen photo', () => {
    const d = inspectorWidget.defaults;
    expect(parse(inspectorWidget.id, { ...d, photo: 'coffee', x: 599, y: 399 })).not.toBeNull();
    expect(parse(inspectorWidget.id, { ...d, photo: 'coffee', x: 100, y: 400 })).toBeNull();
    expect(parse(inspectorWidget.id, { ...d, x: 1.5 })).toBeNull();
  });

  it('checks the own-image level against the range of its kind', () => {
    const d = ownWidget.defaults;
    expect(parse(ownWidget.id, { ...d, kind: 'jpeg', level: 35 })).not.toBeNull();
    expect(parse(ownWidget.id, { ...d, kind: 'blur', level: 35 })).toBeNull();
  });

  it('never shares the reader’s own images: a link restores the built-in photo with a notice', () => {
    const reg = lookupWidget(ownWidget.id)!;
    const shown = { kind: 'noise', level: 10, own: true, ownNotShared: false };
    const shared = reg.shareable(shown);
    expect(shared).toEqual({ kind: 'noise', level: 10, own: false, ownNotShared: true });
    expect(reg.noticeFor(shared)).toMatch(/never put in links/);
    expect(reg.noticeFor({ ...shared, ownNotShared: false })).toBeNull();
    // A hand-made link that says the sender's own images are shown: they cannot be, so say so.
    expect(reg.noticeFor(shown)).toMatch(/never put in links/);
    expect(reg.shareable({ ...shown, own: false })).toEqual({ ...shown, own: false });
  });

  it('holds 12 features per picture and 3 weights on the 0.01 grid', () => {
    const d = lpipsWidget.defaults;
    expect(parse(lpipsWidget.id, { ...d, a: d.a.slice(1) })).toBeNull();
    expect(parse(lpipsWidget.id, { ...d, w: [1, 0.45, 0.5] })).not.toBeNull();
    expect(parse(lpipsWidget.id, { ...d, w: [1, 0.555, 0.5] })).toBeNull();
    expect(parse(lpipsWidget.id, { ...d, w: [1, 2.5, 0.5] })).toBeNull();
  });
  it('opens the implementations figure on coffee, blur 1.5, noise matched, and checks the grids', () => {
    const d = implementationsWidget.defaults;
    expect(d).toEqual({ photo: 'coffee', blur: 1.5, noise: 12.412, matched: true });
    const own = { photo: 'astronaut', blur: 2.3, noise: 20.5, matched: false };
    expect(parse(implementationsWidget.id, own)).toEqual(own);
    expect(parse(implementationsWidget.id, { ...own, noise: 20.0005 })).toBeNull();
    expect(parse(implementationsWidget.id, { ...own, blur: 5.1 })).toBeNull();
    expect(parse(implementationsWidget.id, { ...own, matched: 'yes' })).toBeNull();
    expect(parse(implementationsWidget.id, { ...own, photo: 'moon' })).toBeNull();
  });
});
