import { rgb, type PDFPage } from 'pdf-lib';
import { bundleLabels } from './bundleLabels';
import type { BundlePlan } from './bundleTypes';
import { FlowWriter, type GeneratedFonts } from './pageWriter';

const GREY = rgb(0.35, 0.35, 0.35);

/** The chronology of facts as pages: date, statement, then source, status and importance. */
export function writeChronology(
  plan: BundlePlan,
  fonts: GeneratedFonts,
  newPage: () => PDFPage,
): PDFPage[] {
  const labels = bundleLabels(plan.language);
  const writer = new FlowWriter(newPage);
  writer.paragraph(labels.chronology, { font: fonts.bold, size: 16, after: 12 });
  for (const fact of plan.chronology) {
    writer.paragraph(fact.date, { font: fonts.bold, size: 10.5 });
    writer.paragraph(fact.statement, { font: fonts.regular, size: 10.5, indent: 12 });
    const details = [
      fact.source ? `${labels.chronologySource}: ${fact.source}` : null,
      fact.status,
      fact.importance,
    ].filter((part): part is string => part !== null && part.trim() !== '');
    if (details.length > 0) {
      writer.paragraph(details.join(' · '), {
        font: fonts.regular,
        size: 8.5,
        color: GREY,
        indent: 12,
      });
    }
    writer.space(8);
  }
  return writer.pages;
}

/** The case's notes as pages, one after another under their titles. */
export function writeNotes(
  plan: BundlePlan,
  fonts: GeneratedFonts,
  newPage: () => PDFPage,
): PDFPage[] {
  const labels = bundleLabels(plan.language);
  const writer = new FlowWriter(newPage);
  writer.paragraph(labels.notes, { font: fonts.bold, size: 16, after: 12 });
  for (const note of plan.notes) {
    writer.paragraph(note.title, { font: fonts.bold, size: 12, after: 4 });
    writer.paragraph(note.text, { font: fonts.regular, size: 10.5, after: 14 });
  }
  return writer.pages;
}
