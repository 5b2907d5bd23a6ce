/**
 * The metrics Web Worker: exposes the metric and scene entries through comlink. All
 * photo-sized pixel work runs here, off the main thread. Requests of the
 * image-quality section get their photos decoded first (photoArgs.ts), and
 * their fresh RGBA pictures are transferred, not copied (photoTransfer.ts).
 */
import * as Comlink from 'comlink';
import { entryIds, lookupEntry } from './registry';
import { createWorkerApi } from './api';
import { needsPhotoArgs, preparePhotoArgs } from './photoArgs';
import { bitmapToRgb, cachedJpeg, loadPhoto } from './photoDecode';
import { pictureTransferables } from './photoTransfer';
import { STARTED_MESSAGE } from './protocol';

const decoders = { loadPhoto, bitmapToRgb, jpeg: cachedJpeg };

Comlink.expose(
  createWorkerApi(lookupEntry, entryIds, {
    started: () => self.postMessage(STARTED_MESSAGE),
    prepare: (id, args) => (needsPhotoArgs(id) ? preparePhotoArgs(args, decoders) : Promise.resolve(args)),
    send: (id, result) =>
      needsPhotoArgs(id) ? Comlink.transfer(result, pictureTransferables(result)) : result,
  }),
);
