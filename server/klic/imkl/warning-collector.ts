import type { ReadWarning, WarningCode } from './imkl-model.ts';

const maxExamples = 5;

/** Counts what was odd in a delivery, with a few examples each; never fatal. */
export class WarningCollector {
  private readonly byCode = new Map<WarningCode, ReadWarning>();

  add(code: WarningCode, example: string): void {
    let warning = this.byCode.get(code);
    if (!warning) {
      warning = { code, count: 0, examples: [] };
      this.byCode.set(code, warning);
    }
    warning.count++;
    if (warning.examples.length < maxExamples && !warning.examples.includes(example)) {
      warning.examples.push(example.slice(0, 200));
    }
  }

  list(): ReadWarning[] {
    return [...this.byCode.values()];
  }
}
