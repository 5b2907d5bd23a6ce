/**
 * The figure menu's Download PNG and Download SVG actions (issue 16, item 6):
 * the figure's drawing with a caption of its title, current readouts and
 * share link, saved as `<widget id>.svg` or `<widget id>.png` (export/).
 */
import { useState } from 'react';
import { exportText } from '../../i18n/export';
import { useFigureHost } from '../figureHost';
import { figureSvg, saveBlob, svgToPng } from './export/figureExport';
import type { FigureMenuItemProps } from './FigureMenu';
import { startPrintTheme } from './export/printTheme';

// Every section page has figures, so this runs wherever a page can be printed.
startPrintTheme();

type Kind = 'png' | 'svg';

/** The Download items of a figure's More menu. */
export function DownloadMenuItems({ figureId, title, figure, close }: FigureMenuItemProps) {
  const host = useFigureHost();
  const [status, setStatus] = useState<'idle' | 'busy' | 'failed'>('idle');

  const download = async (kind: Kind) => {
    const el = figure.current;
    if (!el) return;
    setStatus('busy');
    try {
      const svg = await figureSvg(el, title, host.shareLink(figureId), exportText.linkLabel);
      const blob = kind === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg);
      saveBlob(blob, `${figureId}.${kind}`);
      setStatus('idle');
      close();
    } catch {
      setStatus('failed');
    }
  };

  return (
    <>
      <li>
        <button
          type="button"
          className="ba-button"
          aria-label={exportText.pngNamed(title)}
          disabled={status === 'busy'}
          onClick={() => void download('png')}
        >
          {exportText.png}
        </button>
      </li>
      <li>
        <button
          type="button"
          className="ba-button"
          aria-label={exportText.svgNamed(title)}
          disabled={status === 'busy'}
          onClick={() => void download('svg')}
        >
          {exportText.svg}
        </button>
      </li>
      <li className="ba-figure-menu__status">
        <span role="status">
          {status === 'busy' ? exportText.preparing : status === 'failed' ? exportText.failed : ''}
        </span>
      </li>
    </>
  );
}
