/**
 * Buttons that save a Lab result as CSV and JSON files made in the page
 * (downloads.ts): nothing is sent anywhere.
 */
import { labText } from '../../../../i18n/lab';
import './labWidgets.css';
import { downloadCsv, downloadJson, type CsvRows } from './downloads';

/** Props of DownloadButtons. */
export interface DownloadButtonsProps {
  /** What is saved, for the buttons' names: "per-category table". */
  what: string;
  /** File name without extension: "coco-per-category". */
  fileName: string;
  /** The rows of the CSV file (omit for JSON only); a function is called at click time. */
  csv?: CsvRows | (() => CsvRows);
  /** The value of the JSON file (omit for CSV only); a function is called at click time. */
  json?: unknown;
}

/** "Download … (CSV)" and "Download … (JSON)" buttons. */
export function DownloadButtons({ what, fileName, csv, json }: DownloadButtonsProps) {
  const t = labText.download;
  return (
    <span className="ba-lab-downloads">
      {csv !== undefined ? (
        <button
          type="button"
          className="ba-button"
          onClick={() => downloadCsv(`${fileName}.csv`, typeof csv === 'function' ? csv() : csv)}
        >
          {t.csv(what)}
        </button>
      ) : null}
      {json !== undefined ? (
        <button
          type="button"
          className="ba-button"
          onClick={() =>
            downloadJson(`${fileName}.json`, typeof json === 'function' ? (json as () => unknown)() : json)
          }
        >
          {t.json(what)}
        </button>
      ) : null}
    </span>
  );
}
