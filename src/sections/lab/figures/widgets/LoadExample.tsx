/**
 * The "Load an example" button every Lab panel offers, so a first-time
 * reader sees results without files of their own; the line beside it says
 * what the example is.
 */
import { labText } from '../../../../i18n/lab';
import './labWidgets.css';

/** Props of LoadExample. */
export interface LoadExampleProps {
  /** What the example is: "two COCO images with six boxes". */
  description: string;
  /** Loads it (and usually runs the job). */
  onLoad: () => void;
  disabled?: boolean;
}

/** A "Load an example" button with its description. */
export function LoadExample({ description, onLoad, disabled }: LoadExampleProps) {
  return (
    <p className="ba-lab-example">
      <button type="button" className="ba-button" onClick={onLoad} disabled={disabled}>
        {labText.example.button}
      </button>
      <span className="ba-lab-example__what">{description}</span>
    </p>
  );
}
