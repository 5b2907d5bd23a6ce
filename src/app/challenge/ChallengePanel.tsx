/**
 * The "Make a challenge" panel (issue 16 item 4): a modal dialog over the
 * figure as the instructor left it. It lists the figure's readouts (up to
 * two goals: readout, at least / at most, value) and its labelled controls
 * (to hide), and makes a link: the figure's share link plus `&c=`. Esc or
 * Close shuts it and returns focus to the figure's More button.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { challengeText as t } from '../../i18n/challenge';
import { appStore } from '../../state/store';
import { shareLinkFor } from '../../state/urlSync';
import { copyText } from '../../widgets/copyText';
import { CHALLENGE_VERSION, challengeHref, MAX_GOALS, type Comparison, type Goal } from './challengeLink';
import { figureControls, figureReadouts } from './figureScan';
import { readoutNumber } from './goals';

/** Props of ChallengePanel. */
export interface ChallengePanelProps {
  figure: HTMLElement;
  figureId: string;
  title: string;
  onClose: () => void;
}

interface GoalDraft {
  key: string;
  cmp: Comparison;
  value: string;
}

/** A readable starting value: the readout's current value to four significant digits. */
function startValue(dataValue: string | null): string {
  const n = readoutNumber(dataValue);
  return n === null || !Number.isFinite(n) ? '' : String(Number(n.toPrecision(4)));
}

/** The maker panel as a modal dialog. */
export function ChallengePanel({ figure, figureId, title, onClose }: ChallengePanelProps) {
  const uid = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const readouts = useMemo(() => figureReadouts(figure), [figure]);
  const controls = useMemo(() => figureControls(figure).map((c) => c.name), [figure]);
  const [goals, setGoals] = useState<GoalDraft[]>(() =>
    Array.from({ length: MAX_GOALS }, (_, i) => {
      const first = i === 0 ? readouts[0] : undefined;
      return {
        key: first?.key ?? '',
        cmp: '>=' as Comparison,
        value: first ? startValue(first.element.getAttribute('data-value')) : '',
      };
    }),
  );
  const [hide, setHide] = useState<string[]>([]);
  const [name, setName] = useState('');
  const [link, setLink] = useState<string | null>(null);
  const [problem, setProblem] = useState('');
  const [copyStatus, setCopyStatus] = useState('');

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    // Esc: close the dialog first, so the page is no longer inert when focus goes back.
    const onCancel = (e: Event) => {
      e.preventDefault();
      el?.close();
      onClose();
    };
    el?.addEventListener('cancel', onCancel);
    return () => el?.removeEventListener('cancel', onCancel);
  }, [onClose]);

  // A new link: bring its field into view and focus it, so it can be copied at once.
  useEffect(() => {
    if (link === null) return;
    linkField.current?.focus();
    linkField.current?.scrollIntoView({ block: 'nearest' });
  }, [link]);

  const shut = () => {
    dialog.current?.close();
    onClose();
  };

  const setGoal = (i: number, change: Partial<GoalDraft>) =>
    setGoals((gs) =>
      gs.map((g, j) => {
        if (j !== i) return g;
        const next = { ...g, ...change };
        if (change.key !== undefined && change.key !== g.key) {
          const r = readouts.find((x) => x.key === change.key);
          next.value = r ? startValue(r.element.getAttribute('data-value')) : '';
        }
        return next;
      }),
    );

  const make = () => {
    const picked: Goal[] = [];
    for (const g of goals) {
      const value = Number(g.value.replace(',', '.'));
      if (g.key && g.value.trim() !== '' && Number.isFinite(value))
        picked.push({ key: g.key, cmp: g.cmp, value });
    }
    if (picked.length === 0) {
      setProblem(t.needGoal);
      setLink(null);
      return;
    }
    setProblem('');
    const share = shareLinkFor(figureId, window.location.href, appStore.getState());
    const trimmed = name.trim();
    setLink(
      challengeHref(share, {
        v: CHALLENGE_VERSION,
        w: figureId,
        goals: picked,
        hide,
        ...(trimmed ? { title: trimmed.slice(0, 200) } : {}),
      }),
    );
    setCopyStatus('');
  };

  const copy = async () => {
    if (link === null) return;
    const ok = await copyText(link);
    setCopyStatus(ok ? t.copied : t.copyFailed);
    if (!ok) {
      linkField.current?.focus();
      linkField.current?.select();
    }
  };

  return (
    <dialog
      ref={dialog}
      className="ba-challenge-panel ba-challenge-dialog"
      aria-labelledby={`${uid}-title`}
      data-challenge-part="panel"
    >
      <div className="ba-challenge-panel__head">
        <h2 id={`${uid}-title`}>{t.panelTitle(title)}</h2>
        <button type="button" className="ba-button" onClick={shut} aria-label={t.closeNamed(title)}>
          {t.close}
        </button>
      </div>
      <p>{t.panelIntro}</p>
      {readouts.length === 0 ? <p>{t.noReadouts}</p> : null}
      {readouts.length > 0
        ? goals.map((g, i) => (
            <fieldset key={i} data-goal={i + 1}>
              <legend>{t.goalLegend(i + 1)}</legend>
              <label>
                {t.readout}
                <select value={g.key} onChange={(e) => setGoal(i, { key: e.target.value })}>
                  {i > 0 ? <option value="">{t.noGoal}</option> : null}
                  {readouts.map((r) => (
                    <option key={r.key} value={r.key}>
                      {r.label}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t.comparison}
                <select value={g.cmp} onChange={(e) => setGoal(i, { cmp: e.target.value as Comparison })}>
                  <option value=">=">{t.atLeast}</option>
                  <option value="<=">{t.atMost}</option>
                </select>
              </label>
              <label>
                {t.value}
                <input
                  type="text"
                  inputMode="decimal"
                  value={g.value}
                  onChange={(e) => setGoal(i, { value: e.target.value })}
                />
              </label>
            </fieldset>
          ))
        : null}
      <fieldset>
        <legend>{t.hideLegend}</legend>
        {controls.length === 0 ? <p>{t.noControls}</p> : null}
        {controls.map((c) => (
          <label key={c} className="ba-challenge-check">
            <input
              type="checkbox"
              checked={hide.includes(c)}
              onChange={(e) => setHide((h) => (e.target.checked ? [...h, c] : h.filter((x) => x !== c)))}
            />
            <span>{c}</span>
          </label>
        ))}
      </fieldset>
      <label>
        {t.titleField}
        <input type="text" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      </label>
      <div>
        <button type="button" className="ba-button" onClick={make} disabled={readouts.length === 0}>
          {t.makeLink}
        </button>
      </div>
      {problem ? <p role="alert">{problem}</p> : null}
      {link !== null ? (
        <div className="ba-challenge-panel__link">
          <label htmlFor={`${uid}-link`}>{t.link}</label>
          <input
            id={`${uid}-link`}
            ref={linkField}
            type="text"
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" className="ba-button" onClick={() => void copy()}>
            {t.copy}
          </button>
          <span role="status">{copyStatus}</span>
        </div>
      ) : null}
    </dialog>
  );
}
