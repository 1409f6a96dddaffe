/**
 * Samples the process's resident memory while `work` runs and reports the peak growth over the start. No
 * forced garbage collection first: V8 then shrinks its heap and collects far more often during the work,
 * which made parsing three times slower than in a running app.
 */
export async function measurePeakGrowth<T>(
  work: () => Promise<T>,
): Promise<{ result: T; peakGrowthMb: number; peakHeapMb: number; ms: number }> {
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  let peakHeap = process.memoryUsage().heapUsed;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage.rss());
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };
  const timer = setInterval(sample, 10);
  const started = performance.now();
  try {
    const result = await work();
    sample();
    return {
      result,
      peakGrowthMb: (peak - baseline) / 1024 ** 2,
      peakHeapMb: peakHeap / 1024 ** 2,
      ms: performance.now() - started,
    };
  } finally {
    clearInterval(timer);
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}
