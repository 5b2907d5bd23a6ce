/**
 * The React side of widget states: `useWidgetState(descriptor)` returns
 * `[state, setState, reset]` like `useState`, backed by the app store so that
 * share links see every widget. The store-level functions are exported for
 * tests and for code outside React.
 */
import { useCallback, useEffect } from 'react';
import { appStore, useAppStore, type AppStore } from './store';
import {
  isDefaultState,
  nextWidgetState,
  type WidgetStateDescriptor,
  type WidgetUpdate,
} from './widgetState';

/** Reads a widget's current state from a store (its defaults when untouched). */
export function readWidgetState<T extends object>(store: AppStore, descriptor: WidgetStateDescriptor<T>): T {
  return (store.getState().widgets[descriptor.id] as T | undefined) ?? descriptor.defaults;
}

/**
 * Applies `update` (a partial state or an updater) to a widget's state in the
 * store. A result equal to the defaults is removed from the store, so links
 * stay short. Throws WidgetStateError when the result breaks the schema.
 */
export function updateWidgetState<T extends object>(
  store: AppStore,
  descriptor: WidgetStateDescriptor<T>,
  update: WidgetUpdate<T>,
): void {
  const next = nextWidgetState(descriptor, readWidgetState(store, descriptor), update);
  store.getState().putWidget(descriptor.id, isDefaultState(descriptor.defaults, next) ? null : next);
}

/** Puts a widget back to its defaults. */
export function resetWidgetState(store: AppStore, id: string): void {
  store.getState().putWidget(id, null);
}

/**
 * A widget's state as `[state, setState, reset]`: `setState` takes a partial
 * state or an updater `(prev) => partial` and validates the result with the
 * widget's schema; `reset` restores the defaults. While mounted, the widget
 * counts as "on the page", so its non-default state goes into share links.
 */
export function useWidgetState<T extends object>(
  descriptor: WidgetStateDescriptor<T>,
): [state: T, setState: (update: WidgetUpdate<T>) => void, reset: () => void] {
  const stored = useAppStore((s) => s.widgets[descriptor.id]) as T | undefined;
  const { id } = descriptor;
  useEffect(() => {
    appStore.getState().mountWidget(id);
    return () => appStore.getState().unmountWidget(id);
  }, [id]);
  const setState = useCallback(
    (update: WidgetUpdate<T>) => updateWidgetState(appStore, descriptor, update),
    [descriptor],
  );
  const reset = useCallback(() => resetWidgetState(appStore, id), [id]);
  return [stored ?? descriptor.defaults, setState, reset];
}
