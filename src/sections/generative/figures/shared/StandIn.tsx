/** The plain on-screen label of the stand-in features: "Toy 2-D features, not Inception-v3". */
import { generativeText } from '../../../../i18n/generative';

/** A visible badge naming the stand-in. */
export function StandIn() {
  return (
    <p className="ba-gen-standin m-0 self-start rounded border border-slate-400 px-2 py-0.5 text-sm font-semibold dark:border-slate-500">
      {generativeText.standIn}
    </p>
  );
}
