/**
 * Figure `text-to-image.drawbench`: DrawBench's 11 categories (Saharia et
 * al. 2022). The reader picks one and reads an example prompt in its style,
 * the failure it probes and whether CLIPScore can see that failure.
 */
import { useWidgetState } from '../../../../state/useWidgetState';
import { Figure } from '../../../../widgets/Figure';
import { RadioGroup } from '../../../../widgets/RadioGroup';
import { textToImageText } from '../../../../i18n/textToImage';
import { drawbenchWidget } from '../../state';
import { DRAWBENCH } from './categories';

const t = textToImageText.drawbench;

/** The DrawBench picker. */
export function DrawBenchFigure() {
  const [state, setState] = useWidgetState(drawbenchWidget);
  const c = DRAWBENCH.find((d) => d.id === state.category) ?? DRAWBENCH[0]!;
  const yes = DRAWBENCH.filter((d) => d.verdict === 'yes').length;
  const partly = DRAWBENCH.filter((d) => d.verdict === 'partly').length;
  const no = DRAWBENCH.filter((d) => d.verdict === 'no').length;
  return (
    <Figure id={drawbenchWidget.id} title={drawbenchWidget.title} caption={t.caption} headingLevel={2}>
      <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <RadioGroup
          legend={t.legend}
          value={state.category}
          options={DRAWBENCH.map((d) => ({ value: d.id, label: d.name }))}
          onChange={(category) => setState({ category })}
          roomy
        />
        <dl className="m-0 grid gap-2" aria-live="polite">
          <dt className="font-semibold">{t.example}</dt>
          <dd className="m-0 text-lg" data-drawbench="prompt">
            “{c.example}”
          </dd>
          <dt className="font-semibold">{t.probes}</dt>
          <dd className="m-0" data-drawbench="probes">
            {c.probes}
          </dd>
          <dt className="font-semibold">{t.verdict}</dt>
          <dd className="m-0" data-drawbench="verdict" data-verdict={c.verdict}>
            <strong>{t.verdicts[c.verdict]}.</strong> {c.why}
          </dd>
        </dl>
      </div>
      <p className="mt-4 mb-0 text-muted">
        Over all 11 categories: CLIPScore mostly misses the failure in {no}
        {yes > 0 ? `, sees it in ${yes}` : ''} and partly sees it in {partly}. Imagen’s authors scored
        DrawBench with human raters.
      </p>
    </Figure>
  );
}
