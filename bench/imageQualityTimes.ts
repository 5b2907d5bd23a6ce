/**
 * `npx tsx bench/imageQualityTimes.ts [rounds]`: the image-quality tasks of
 * bench/imageQualityTasks.ts, "ours" and the pipeline before issue 13
 * interleaved in one process (one of each per round, same level), so the
 * ratio holds on a busy machine. Times are CPU time of the process
 * (process.cpuUsage), less sensitive than wall time to other work on the
 * machine. Prints one JSON line per task.
 */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
import { IQ_IMPLEMENTATIONS, astronaut } from './imageQualityTasks';

const rounds = Number(process.argv[2] ?? 15);
const image = astronaut();
const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)]!;
for (const [task, impl] of Object.entries(IQ_IMPLEMENTATIONS)) {
  const ours: number[] = [];
  const old: number[] = [];
  const ratios: number[] = [];
  let same = true;
  for (let k = 0; k < rounds + 2; k++) {
    let t = cpuMs();
    const a = impl.old(image, k);
    const to = cpuMs() - t;
    t = cpuMs();
    const b = impl.ours(image, k);
    const tn = cpuMs() - t;
    if (Math.abs(a - b) > 1e-9) same = false;
    if (k < 2) continue;
    old.push(to);
    ours.push(tn);
    ratios.push(to / tn);
  }
  console.log(
    JSON.stringify({
      task,
      before_ms: Number(median(old).toFixed(1)),
      after_ms: Number(median(ours).toFixed(1)),
      speedup: Number(median(ratios).toFixed(2)),
      same_values: same,
      rounds,
    }),
  );
}
