/**
 * `#/embed/<widget id>` (issue 16, item 3): one figure for an iframe, with no
 * app chrome. It finds the section that owns the widget (widgetCatalogue),
 * applies the `?s=` share state of this navigation to that section's widgets,
 * renders the section page and shows only the figure (isolateFigure), under
 * it an "Open in Beyond Accuracy" link to the same figure and state. It tells
 * the parent page its height on every size change (useParentHeight).
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { embedText } from '../../i18n/embed';
import type { HashLocation } from '../../state/location';
import { appStore, useAppStore } from '../../state/store';
import { shareLinkFor } from '../../state/urlSync';
import { resetWidgetState } from '../../state/useWidgetState';
import { FigureHostContext, type FigureHost } from '../../widgets/figureHost';
import { openSharedLink } from '../linkNotices';
import { NoticeArea } from '../NoticeArea';
import { loadSection } from '../sectionLoader';
import { SectionBody } from '../SectionBody';
import { sections, type SectionDef } from '../sections';
import { loadWidgetCatalogue, type WidgetCatalogue } from '../widgetCatalogue';
import { addressBase, ownerOf } from '../../widgets/figureMenu/export/embedLinks';
import { isolateFigure } from './isolateFigure';
import { useParentHeight } from './useParentHeight';
import './embed.css';

/** Props of EmbedPage. */
export interface EmbedPageProps {
  widgetId: string;
  location: HashLocation;
}

/** The owning section: undefined while the catalogue loads, null when no section owns the id. */
function useOwner(widgetId: string): SectionDef | null | undefined {
  const [owner, setOwner] = useState<{ id: string; section: SectionDef | null } | null>(null);
  useEffect(() => {
    let live = true;
    const none: WidgetCatalogue = { sectionWidgetIds: () => new Set() };
    void loadWidgetCatalogue()
      .catch(() => none)
      .then((catalogue) => {
        if (live)
          setOwner({ id: widgetId, section: ownerOf(widgetId, sections, catalogue.sectionWidgetIds) });
      });
    return () => {
      live = false;
    };
  }, [widgetId]);
  return owner?.id === widgetId ? owner.section : undefined;
}

/** Applies the navigation's share state to the owner's widgets once; true while it is not applied yet. */
function useSharedState(owner: SectionDef | null | undefined, location: HashLocation): boolean {
  const shared = location.query.s;
  const navigation = location.key;
  const [applied, setApplied] = useState(-1);
  useEffect(() => {
    if (!owner || shared === undefined) return;
    let live = true;
    const pageLoad = loadSection(owner).catch(() => null);
    const catalogue = loadWidgetCatalogue().catch(() => null);
    void Promise.all([catalogue, pageLoad]).then(([loaded]) => {
      if (!live) return;
      if (appStore.getState().claimLinkApply(navigation)) {
        const own = loaded?.sectionWidgetIds(owner.id) ?? new Set<string>();
        openSharedLink(appStore, shared, (id) => own.has(id));
      }
      setApplied(navigation);
    });
    return () => {
      live = false;
    };
  }, [owner, shared, navigation]);
  return shared !== undefined && applied !== navigation;
}

/** A plain status line (loading). */
function Status({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="ba-embed__message">
      {children}
    </p>
  );
}

/** The unknown-widget message. */
function Unknown({ widgetId }: { widgetId: string }) {
  return (
    <div className="ba-embed__message">
      <h1 className="ba-figure__title">{embedText.unknownTitle}</h1>
      <p>{embedText.unknown(widgetId)}</p>
    </div>
  );
}

/**
 * "Open in Beyond Accuracy": the section page at this figure, with the current
 * states (its own component, so widget changes re-render only the link).
 */
function OpenInApp({ widgetId, sectionAddress }: { widgetId: string; sectionAddress: string }) {
  const widgets = useAppStore((s) => s.widgets);
  const mounted = useAppStore((s) => s.mounted);
  const href = useMemo(
    () => shareLinkFor(widgetId, sectionAddress, { widgets, mounted }),
    [widgetId, sectionAddress, widgets, mounted],
  );
  return (
    <p className="ba-embed__footer">
      <a href={href} target="_blank" rel="noopener">
        {embedText.openInApp} <span className="sr-only">{embedText.opensNewTab}</span>
      </a>
    </p>
  );
}

/** The section page with only the figure shown, and the link to the app. */
function EmbeddedFigure({ section, widgetId }: { section: SectionDef; widgetId: string }) {
  const pageRoot = useRef<HTMLDivElement>(null);
  const [found, setFound] = useState<boolean | null>(null);
  const [title, setTitle] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const sectionAddress = `${addressBase(window.location.href)}#/${section.slug}`;
  const host = useMemo<FigureHost>(
    () => ({
      target: null,
      reset: (id) => resetWidgetState(appStore, id),
      shareLink: (id) => shareLinkFor(id, sectionAddress, appStore.getState()),
    }),
    [sectionAddress],
  );

  useEffect(() => {
    const root = pageRoot.current;
    if (!root) return;
    let figure: HTMLElement | null = null;
    const mark = () => {
      if (figure?.isConnected && figure.hasAttribute('data-embed-figure')) return;
      figure = isolateFigure(root, widgetId);
      if (figure) {
        setFound(true);
        setTitle(figure.querySelector('.ba-figure__title')?.textContent ?? null);
      } else if (root.querySelector('[data-widget]')) setFound(false);
    };
    mark();
    const observer = new MutationObserver(mark);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [widgetId, attempt]);

  useEffect(() => {
    if (title) document.title = embedText.documentTitle(title);
  }, [title]);

  return (
    <FigureHostContext.Provider value={host}>
      {found === false ? <Unknown widgetId={widgetId} /> : null}
      {found === null ? <Status>{embedText.loading}</Status> : null}
      <div className="ba-embed__page" ref={pageRoot} data-found={found === false ? 'false' : undefined}>
        <SectionBody
          section={section}
          attempt={attempt}
          onRetry={() => setAttempt((n) => n + 1)}
          fallback={null}
        />
      </div>
      {found ? <OpenInApp widgetId={widgetId} sectionAddress={sectionAddress} /> : null}
    </FigureHostContext.Provider>
  );
}

/** The embed route's page. */
export function EmbedPage({ widgetId, location }: EmbedPageProps) {
  const root = useRef<HTMLElement>(null);
  const owner = useOwner(widgetId);
  const waiting = useSharedState(owner, location);
  useParentHeight(root);
  let body: ReactNode;
  if (owner === undefined || waiting) body = <Status>{embedText.loading}</Status>;
  else if (owner === null) body = <Unknown widgetId={widgetId} />;
  else body = <EmbeddedFigure key={`${widgetId}-${location.key}`} section={owner} widgetId={widgetId} />;
  return (
    <main ref={root} className="ba-embed" data-embed={widgetId}>
      <NoticeArea />
      {body}
    </main>
  );
}
