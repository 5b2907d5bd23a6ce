/**
 * Figure `text-to-image.composer` (the section's hero): a scene the reader
 * composes from draggable objects and two prompts scored against it. The
 * worker embeds each prompt and the scene as bags of concepts and scores
 * them with the metrics package's CLIPScore (`clip_score`, one readout per
 * prompt); it also says which words each prompt used and which it ignored,
 * and what the scene shows that the embedding drops. The text fields update
 * at once; only the worker request waits for typing to pause.
 */
import { useMemo, useState } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { RadioGroup } from '../../../../widgets/RadioGroup';
import { LiveFormula } from '../../../../widgets/Formula';
import { textToImageText } from '../../../../i18n/textToImage';
import type { Colour, SceneItem } from '../../../../scenes/text-to-image/concepts';
import { composerWidget } from '../../state';
import {
  COLOUR_LIST,
  KIND_LIST,
  MAX_ITEMS,
  MAX_PROMPT,
  PRESETS,
  cleanPrompt,
  freeSpot,
  itemNames,
} from './sceneModel';
import { SceneCanvas } from './SceneCanvas';
import { PromptWords } from './PromptWords';
import { SceneFacts } from './SceneFacts';
import { useDebounced } from './useDebounced';
import '../../textToImage.css';

const t = textToImageText.composer;
const LETTERS = ['A', 'B'] as const;

/** The hero figure. */
export function ComposerFigure() {
  const [state, setState, reset] = useWidgetState(composerWidget);
  const [selected, setSelected] = useState<number | null>(null);
  const prompts = useDebounced(`${state.a}\u0000${state.b}`, 250);
  const args = useMemo(
    () => ({ prompts: prompts.split('\u0000'), items: state.items.map((it) => ({ ...it })) }),
    [prompts, state.items],
  );
  const result = useMetric('t2i_alignment', args);
  const typing = prompts !== `${state.a}\u0000${state.b}`;
  const pending = result.pending || typing;
  const names = itemNames(state.items);
  const sel = selected !== null && selected < state.items.length ? selected : null;

  const setItems = (items: SceneItem[]) => setState({ items });
  const move = (i: number, x: number, y: number) =>
    setItems(state.items.map((it, j) => (j === i ? { ...it, x, y } : it)));
  const remove = (i: number) => {
    setItems(state.items.filter((_, j) => j !== i));
    setSelected(null);
  };
  const recolour = (i: number, colour: Colour) =>
    setItems(state.items.map((it, j) => (j === i ? { ...it, colour } : it)));
  const score0 = result.value?.scores[0];

  return (
    <Figure
      id={composerWidget.id}
      title={composerWidget.title}
      caption={t.caption}
      onReset={() => {
        reset();
        setSelected(null);
      }}
      headingLevel={2}
    >
      <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,11fr)_minmax(0,9fr)]">
        <div className="flex min-w-0 flex-col gap-3">
          <SceneCanvas
            items={state.items}
            selected={sel}
            onMove={move}
            onRemove={remove}
            onSelect={setSelected}
          />
          <div className="flex flex-wrap gap-2" data-part="add">
            {KIND_LIST.map((kind) => (
              <button
                key={kind}
                type="button"
                className="ba-button min-h-11"
                disabled={state.items.length >= MAX_ITEMS}
                onClick={() => {
                  setItems([...state.items, { kind, colour: 'plain', ...freeSpot(state.items) }]);
                  setSelected(state.items.length);
                }}
              >
                {t.add(kind)}
              </button>
            ))}
          </div>
          {state.items.length >= MAX_ITEMS ? (
            <p className="m-0 text-muted" data-part="add">
              {t.full}
            </p>
          ) : null}
          {sel !== null ? (
            <div className="flex flex-wrap items-end gap-x-4 gap-y-2" data-part="selected">
              <RadioGroup
                legend={t.colour(names[sel]!)}
                value={state.items[sel]!.colour}
                options={COLOUR_LIST.map((c) => ({ value: c, label: t.colours[c] }))}
                onChange={(c) => recolour(sel, c)}
              />
              <button type="button" className="ba-button min-h-11" onClick={() => remove(sel)}>
                {t.remove(names[sel]!)}
              </button>
            </div>
          ) : (
            <p className="m-0 text-muted" data-part="selected">
              {t.noneSelected}
            </p>
          )}
          <SceneFacts result={result.value} />
        </div>
        <div className="flex min-w-0 flex-col gap-3">
          {LETTERS.map((letter, i) => {
            const key = i === 0 ? 'a' : 'b';
            return (
              <label key={letter} className="flex flex-col gap-1 font-semibold">
                {t.prompt(letter)}
                <input
                  type="text"
                  className="t2i-input w-full font-normal"
                  value={state[key]}
                  maxLength={MAX_PROMPT}
                  spellCheck={false}
                  onChange={(e) => setState({ [key]: cleanPrompt(e.target.value) })}
                />
              </label>
            );
          })}
          <div className="grid grid-cols-2 gap-3">
            {LETTERS.map((letter, i) => {
              const subject = `prompt-${i === 0 ? 'a' : 'b'}`;
              return (
                <div key={letter} className="flex min-w-0 flex-col gap-2">
                  <MetricReadout
                    metric="clip_score"
                    subject={subject}
                    label={t.score(letter)}
                    value={result.value?.scores[i]}
                    pending={pending}
                    error={result.error}
                    format="number"
                    digits={3}
                    undefinedReason={t.noConcept}
                    headline
                  />
                  <PromptWords subject={subject} words={typing ? undefined : result.value?.words[i]} />
                </div>
              );
            })}
          </div>
          <p className="m-0 rounded border border-border bg-surface p-2">
            <strong>{t.standIn}</strong> {t.standInNote}
          </p>
          <div className="flex flex-wrap items-center gap-2" data-part="examples">
            <span className="font-semibold">{t.examples}:</span>
            {Object.entries(PRESETS).map(([id, p]) => (
              <button
                key={id}
                type="button"
                className="ba-button min-h-11"
                onClick={() => {
                  setState({ a: p.a, b: p.b, items: p.items.map((it) => ({ ...it })) });
                  setSelected(null);
                }}
              >
                {t.presets[id]}
              </button>
            ))}
          </div>
        </div>
      </div>
      <div className="mt-4 min-w-0 max-sm:text-[0.8rem]" data-part="formula">
        <LiveFormula
          tex="\mathrm{CLIPScore}_A = w\cdot\max\bigl(\cos(\mathbf{e}_{\text{scene}},\mathbf{e}_{\text{prompt A}}),\,0\bigr) = 2.5\times\var{cos} = \var{s}"
          spoken={t.spoken}
          values={{
            cos: { value: typeof score0 === 'number' ? score0 / 2.5 : score0, format: 'number', digits: 3 },
            s: { value: score0, format: 'number', digits: 3 },
          }}
        />
      </div>
    </Figure>
  );
}
