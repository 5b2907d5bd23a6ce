/**
 * Two lanes of workers: interactive entries (small synthetic scenes, one
 * box or one pose) run on a light worker, photo-sized and corpus-sized work
 * (image-quality photos, depth maps, COCO evaluation, feature statistics) on
 * a heavy one. Each lane has its own worker and its own stall threshold, so
 * a light figure never waits behind, or dies with, a hung heavy request.
 */
import type { DoorId } from './door';
import type { MetricClient, Outcome } from './client';

/** The lane of a request. */
export type Lane = 'light' | 'heavy';

/** Entries whose one request may run for seconds (photos, depth maps, COCO, feature statistics). */
const HEAVY_IDS: ReadonlySet<string> = new Set<DoorId>([
  'depth_scene',
  'depth',
  'image_quality_copy',
  'image_quality_match_noise',
  'image_quality_ssim_map',
  'image_quality_ssim_pixel',
  'image_quality_pair',
  'image_quality_feature_table',
  'image_quality_implementations',
  'feature_distance_demo',
  'coco_eval',
  'fid_features',
  'generative_small_samples',
  'frechet_distance',
  'inception_score',
  'clip_score',
  'lpips_features',
  'mse',
  'psnr',
  'ssim',
]);

/** The lane an entry id runs on (unknown ids run on the light lane and get its error). */
export function laneOf(id: string): Lane {
  return HEAVY_IDS.has(id) ? 'heavy' : 'light';
}

/** Routes each request to the client of its entry's lane; channels are unique page-wide. */
export class LanedClient {
  constructor(private readonly lanes: Readonly<Record<Lane, MetricClient>>) {}

  /** Requests `metricId(args)` on `channel` of the entry's lane (latest wins per channel). */
  request(channel: string, metricId: string, args: Record<string, unknown>): Promise<Outcome> {
    return this.lanes[laneOf(metricId)].request(channel, metricId, args);
  }

  /** Forgets `channel` in every lane. */
  dispose(channel: string): void {
    this.lanes.light.dispose(channel);
    this.lanes.heavy.dispose(channel);
  }
}
