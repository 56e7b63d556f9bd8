import { rgb, type PDFPage } from 'pdf-lib';
import { bundleLabels, formatBundleDate, localDateOf } from './bundleLabels';
import type { BundlePlan } from './bundleTypes';
import { FlowWriter, type GeneratedFonts } from './pageWriter';

const GREY = rgb(0.35, 0.35, 0.35);

/** The cover: what the case is, who is in it, when and by whom the bundle was made. */
export function writeCover(
  plan: BundlePlan,
  totals: { documents: number; pages: number },
  fonts: GeneratedFonts,
  /** null: only count the pages. */
  newPage: (() => PDFPage) | null,
): FlowWriter {
  const labels = bundleLabels(plan.language);
  const writer = new FlowWriter(newPage);
  const field = (label: string, value: string | null) => {
    if (value === null || value.trim() === '') return;
    writer.paragraph(label, { font: fonts.regular, size: 10, color: GREY });
    writer.paragraph(value, { font: fonts.bold, size: 12.5, after: 8 });
  };
  writer.space(60);
  writer.paragraph(labels.coverHeading, { font: fonts.regular, size: 14, color: GREY, after: 6 });
  writer.paragraph(plan.case.title, { font: fonts.bold, size: 22, after: 24 });
  field(labels.caseNumber, plan.case.number);
  field(labels.court, plan.case.court);
  field(labels.judge, plan.case.judge);
  if (plan.case.parties.length > 0) {
    writer.paragraph(labels.parties, { font: fonts.regular, size: 10, color: GREY });
    for (const party of plan.case.parties) {
      const role = labels.roles[party.role] ?? party.role;
      writer.paragraph(`${party.name} — ${role}`, { font: fonts.regular, size: 12, after: 2 });
    }
    writer.space(8);
  }
  field(labels.documentCount, String(totals.documents));
  field(labels.pageCount, String(totals.pages));
  field(labels.exportedOn, formatBundleDate(localDateOf(plan.generatedAt), plan.language));
  field(labels.preparedBy, plan.preparedBy);
  writer.space(16);
  writer.paragraph(labels.generatedBy(plan.appVersion), {
    font: fonts.regular,
    size: 8,
    color: GREY,
  });
  return writer;
}
