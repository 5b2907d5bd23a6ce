/**
 * Reading a figure's state as a person would share it: press its "Copy link"
 * button, read the "Share link" field, and decode the link's `s` value
 * (DESIGN.md, "Share links") here, independently of the app.
 */
import { inflateSync } from 'fflate';
import { expect, type Locator } from '@playwright/test';

/** The `{widgetId: state}` object a share link carries. */
export function decodeLink(url: string): Record<string, unknown> {
  const s = /[?&]s=(\d+)\.([A-Za-z0-9_-]*)/.exec(url);
  if (!s) throw new Error(`no share state in ${url}`);
  const json = new TextDecoder().decode(inflateSync(Buffer.from(s[2] ?? '', 'base64url')));
  return JSON.parse(json) as Record<string, unknown>;
}

/** The state of the figure's widget in the link its "Copy link" button gives (undefined = defaults). */
export async function sharedState(figure: Locator): Promise<Record<string, unknown> | undefined> {
  const id = await figure.getAttribute('data-widget');
  await figure.getByRole('button', { name: /^copy link/i }).click();
  const field = figure.getByRole('textbox', { name: 'Share link' });
  await expect(field).toHaveValue(/[?&]s=1\./);
  return decodeLink(await field.inputValue())[id ?? ''] as Record<string, unknown> | undefined;
}
