/**
 * The link between a presentation window and its notes window
 * (`#/present/<slug>/notes`, same origin): a BroadcastChannel per section.
 * The presentation posts the current slide whenever it changes and when a
 * notes window says hello; the notes window may ask it to change slides.
 * Messages are checked with a schema (another tab of the same site may post
 * anything on the channel).
 */
import * as v from 'valibot';

/** The current slide, as the notes window shows it. */
const SlideMessage = v.object({
  type: v.literal('slide'),
  n: v.number(),
  total: v.number(),
  headline: v.string(),
  notes: v.optional(v.string()),
  next: v.nullable(v.string()),
});

const Message = v.variant('type', [
  SlideMessage,
  v.object({ type: v.literal('hello') }),
  v.object({ type: v.literal('go'), action: v.picklist(['next', 'previous', 'first', 'last']) }),
]);

/** A message on the notes channel. */
export type NotesMessage = v.InferOutput<typeof Message>;
/** The slide state a presentation window posts. */
export type NotesSlide = v.InferOutput<typeof SlideMessage>;
/** What a notes window may ask the presentation to do. */
export type NotesGo = Extract<NotesMessage, { type: 'go' }>['action'];

/** The notes window's route for a section. */
export function notesHash(slug: string): string {
  return `#/present/${slug}/notes`;
}

/**
 * Opens the channel of a section's presentation and calls `onMessage` with
 * every valid message from the other windows. Returns `post` and `close`;
 * null where BroadcastChannel is missing.
 */
export function openNotesChannel(
  slug: string,
  onMessage: (message: NotesMessage) => void,
): { post: (message: NotesMessage) => void; close: () => void } | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(`beyond-accuracy-present:${slug}`);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const parsed = v.safeParse(Message, event.data);
    if (parsed.success) onMessage(parsed.output);
  };
  return {
    post: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
}
