import console from 'node:console';
import process from 'node:process';

/**
 * What a fuzz run did, printed at its end: cases, how they ended (imported,
 * refused and why), wall time and CPU time. CPU time is the honest figure on
 * a shared machine, where wall time depends on what else runs.
 */
/** Outcomes named in the report; the rarer ones are summed. */
const MAX_LISTED = 12;

export class FuzzFigures {
  private readonly outcomes = new Map<string, number>();
  private cases = 0;
  private startedAt = 0;
  private cpuAt = process.cpuUsage();

  constructor(private readonly importer: string) {}

  start(): void {
    this.startedAt = performance.now();
    this.cpuAt = process.cpuUsage();
  }

  count(outcome: string): void {
    this.cases += 1;
    this.outcomes.set(outcome, (this.outcomes.get(outcome) ?? 0) + 1);
  }

  report(): void {
    const wall = (performance.now() - this.startedAt) / 1000;
    const cpu = process.cpuUsage(this.cpuAt);
    const sorted = [...this.outcomes].sort(([, a], [, b]) => b - a);
    const others = sorted.slice(MAX_LISTED).reduce((sum, [, n]) => sum + n, 0);
    const outcomes = sorted.slice(0, MAX_LISTED).map(([name, n]) => `${name} ${n}`);
    if (others > 0) outcomes.push(`${sorted.length - MAX_LISTED} other outcomes ${others}`);
    console.info(
      `${this.importer} fuzz: ${this.cases} cases in ${wall.toFixed(1)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s): ${outcomes.join(', ')}`,
    );
  }
}
