/**
 * The words of one prompt as the embedding read them: the concept words it
 * used, and the words it ignored with the reason (number, relation,
 * unknown). Marked in words and by underline or strike-through, never by
 * colour alone. `data-words` names the prompt (`prompt-a`, `prompt-b`).
 */
import type { PromptWord } from '../../../../scenes/text-to-image/concepts';
import { textToImageText } from '../../../../i18n/textToImage';

const t = textToImageText.composer;

/** Props of PromptWords. */
export interface PromptWordsProps {
  subject: string;
  /** The worker's reading of the prompt; undefined while it is computing. */
  words: readonly PromptWord[] | undefined;
}

/** Used and ignored words of one prompt. */
export function PromptWords({ subject, words }: PromptWordsProps) {
  const used = words?.filter((w) => w.role === 'concept') ?? [];
  const ignored = words?.filter((w) => w.role !== 'concept') ?? [];
  return (
    <div className="text-sm" data-words={subject} aria-busy={words === undefined ? 'true' : undefined}>
      <p className="m-0">
        <span className="font-semibold">{t.used}</span>{' '}
        <span data-role="used">
          {used.length === 0
            ? t.none
            : used.map((w, i) => (
                <span key={i}>
                  {i > 0 ? ', ' : ''}
                  <span className="t2i-word-used">{w.text}</span>
                </span>
              ))}
        </span>
      </p>
      <p className="m-0">
        <span className="font-semibold">{t.ignored}</span>{' '}
        <span data-role="ignored">
          {ignored.length === 0
            ? t.none
            : ignored.map((w, i) => (
                <span key={i}>
                  {i > 0 ? ', ' : ''}
                  <span className="t2i-word-ignored">{w.text}</span>
                  {w.role !== 'other' ? ` (${t.roles[w.role]})` : ''}
                </span>
              ))}
        </span>
      </p>
    </div>
  );
}
