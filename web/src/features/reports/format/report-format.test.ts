import { describe, expect, it } from 'vitest';
import { formatCount, periodLabel } from './period-label';
import { projectLabel } from './report-cells';
import { defaultFilters, reportQuery } from './report-query';

const week = ({ week, year }: { week: number; year: string }) => `week ${week} ${year}`;

describe('report formatting', () => {
  it('names months in the reader’s language and weeks by number', () => {
    expect(periodLabel('2026-03', 'nl', week)).toBe('maart 2026');
    expect(periodLabel('2026-03', 'en', week)).toBe('March 2026');
    expect(periodLabel('2026-W02', 'nl', week)).toBe('week 2 2026');
  });

  it('writes numbers the Dutch way', () => {
    expect(formatCount(12345, 'nl')).toBe('12.345');
    expect(formatCount(12345, 'en')).toBe('12,345');
  });

  it('sends each report only the filters it takes', () => {
    const filters = { ...defaultFilters(new Date(2026, 10, 22)), regionId: 'r1', withinWorkdays: ' 7 ' };
    expect(filters.from).toBe('2025-12-01');
    expect(filters.to).toBe('2026-11-22');
    expect(reportQuery('klic-status', filters)).toBe(
      'from=2025-12-01&to=2026-11-22&regionId=r1&groupBy=month&basis=melding',
    );
    expect(reportQuery('klic-expiry', filters)).toBe('regionId=r1&withinWorkdays=7');
    expect(reportQuery('open-evs', { ...filters, regionId: '' })).toBe('');
  });

  it('names a project as the lists show it', () => {
    expect(projectLabel({ projectNumber: 'P-1', projectDescription: 'Dorpsstraat' })).toBe(
      'P-1 – Dorpsstraat',
    );
    expect(projectLabel({ projectNumber: 'P-1', projectDescription: '' })).toBe('P-1');
    expect(projectLabel({ projectNumber: null, projectDescription: null })).toBe('–');
  });
});
