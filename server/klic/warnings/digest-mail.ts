import { escapeHtml } from '../../accounts/users/invitation-mail.ts';
import type { Language } from '../../infra/i18n/language.ts';
import { digestTexts, dutchDate } from './digest-texts.ts';
import { type KlicWarnings, warningKinds } from './warning-model.ts';

export type DigestMailInput = {
  warnings: KlicWarnings;
  recipientName: string;
  language: Language;
  publicUrl: string;
};

type Section = { heading: string; items: { text: string; link: string | null }[]; more: string | null };

/** The daily digest for one recipient: the warnings grouped by kind, each with a link to its project's KLICs. */
export function digestMail(input: DigestMailInput): { subject: string; text: string; html: string } {
  const t = digestTexts[input.language];
  const { warnings, counts, today } = input.warnings;
  const base = input.publicUrl.replace(/\/+$/, '');
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const sections: Section[] = warningKinds
    .filter((kind) => counts[kind] > 0)
    .map((kind) => {
      const ofKind = warnings.filter((w) => w.kind === kind);
      return {
        heading: `${t.heading[kind]} (${counts[kind]})`,
        items: ofKind.map((w) => ({
          text: `${t.klic(w)}: ${t.line[kind](w)}`,
          link: w.projectId ? `${base}/klic/projecten/${w.projectId}/klics` : null,
        })),
        more: counts[kind] > ofKind.length ? t.more(counts[kind] - ofKind.length) : null,
      };
    });
  const allLink = `${base}/klic/waarschuwingen`;
  const date = dutchDate(today);

  const text = [
    t.greeting(input.recipientName),
    t.intro(date),
    ...sections.map((s) =>
      [
        s.heading,
        ...s.items.map((item) => `- ${item.text}${item.link ? `\n  ${item.link}` : ''}`),
        ...(s.more ? [s.more] : []),
      ].join('\n'),
    ),
    `${t.all}: ${allLink}`,
    t.why,
  ].join('\n\n');

  const e = escapeHtml;
  const html = [
    `<!doctype html><html lang="${input.language}"><body style="font-family: Arial, sans-serif; line-height: 1.5">`,
    `<p>${e(t.greeting(input.recipientName))}</p>`,
    `<p>${e(t.intro(date))}</p>`,
    ...sections.map(
      (s) =>
        `<h3>${e(s.heading)}</h3><ul>${s.items
          .map(
            (item) =>
              `<li>${e(item.text)}${item.link ? ` <a href="${e(item.link)}">${e(item.link)}</a>` : ''}</li>`,
          )
          .join('')}</ul>${s.more ? `<p>${e(s.more)}</p>` : ''}`,
    ),
    `<p><a href="${e(allLink)}">${e(t.all)}</a></p>`,
    `<p style="color: #666">${e(t.why)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: t.subject(total, date), text, html };
}
