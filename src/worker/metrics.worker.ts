/**
 * The metrics Web Worker: exposes the registry through comlink. All
 * photo-sized pixel work runs here, off the main thread.
 */
import * as Comlink from 'comlink';
import { getMetric, metricIds } from '../metrics/registry';
import { createWorkerApi } from './api';

Comlink.expose(createWorkerApi(getMetric, metricIds));
