import { type ComponentType, useEffect, useState } from 'react';

type ViewState<P> = { View: ComponentType<P> | null; error: Error | null };

/**
 * Loads a big component on demand (e.g. the maps with OpenLayers) once: later calls share the download,
 * and a failed one (offline, or a chunk replaced by a new release) may be tried again.
 */
export function lazyLoader<P>(
  importView: () => Promise<{ default: ComponentType<P> }>,
): () => Promise<ComponentType<P>> {
  let loading: Promise<ComponentType<P>> | undefined;
  return () => {
    if (!loading) {
      loading = importView().then((module) => module.default);
      loading.catch(() => {
        loading = undefined;
      });
    }
    return loading;
  };
}

/**
 * The component once `load` has it. Deliberately not React.lazy + Suspense: React holds back content that
 * resolves shortly after a fallback for up to 300 ms, which a map would spend waiting.
 */
export function useLazyView<P>(load: () => Promise<ComponentType<P>>): ViewState<P> {
  const [state, setState] = useState<ViewState<P>>({ View: null, error: null });
  useEffect(() => {
    let active = true;
    load().then(
      (View) => active && setState({ View, error: null }),
      (error: unknown) =>
        active && setState({ View: null, error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      active = false;
    };
  }, [load]);
  return state;
}
