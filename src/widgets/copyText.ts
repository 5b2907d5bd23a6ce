/**
 * Copying text to the clipboard. `navigator.clipboard` may be missing (an
 * insecure context, an old browser) or the browser may refuse; the caller
 * shows the text for copying by hand in either case.
 */

/** The part of the Clipboard API used here. */
export interface ClipboardLike {
  writeText(text: string): Promise<void>;
}

function defaultClipboard(): ClipboardLike | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.clipboard;
}

/** Copies `text`; resolves true when the clipboard took it, false when it is unavailable or refused. */
export async function copyText(
  text: string,
  clipboard: ClipboardLike | undefined = defaultClipboard(),
): Promise<boolean> {
  if (!clipboard || typeof clipboard.writeText !== 'function') return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
