/**
 * The edition's figures as plain records for download (CSV/JSON): value in base
 * units, how the source writes it, and, for every language the edition lists
 * (edition.yaml `languages`), the label, period, text, measure, note and
 * derivation in that language (label_zh, label_en, …).
 */
import { allFigures, derivationText, formatFigure, getEdition, periodText } from './index.ts';
import type { Lang } from '../model/schema.ts';

/** Columns that exist once per edition language, suffixed _<lang>. */
const PER_LANGUAGE = ['label', 'period', 'text', 'measure', 'note', 'derivation'] as const;
type PerLanguage = `${(typeof PER_LANGUAGE)[number]}_${Lang}`;

export type FigureRecord = {
  id: string;
  value: number;
  unit: string;
  qualifier: string;
  derived: boolean;
  source_quote: string;
  /** The longer passage of the source that dates the figure, when the quote alone does not. */
  period_quote: string;
} & Partial<Record<PerLanguage, string>>;

export function figureRecords(edition: string): FigureRecord[] {
  const { languages } = getEdition(edition).edition;
  return allFigures(edition).map((f) => {
    const record: FigureRecord = {
      id: f.id,
      value: f.value,
      unit: f.unit,
      qualifier: f.qualifier?.meaning ?? '',
      derived: Boolean(f.derived),
      source_quote: f.quote ?? '',
      period_quote: f.periodQuote ?? '',
    };
    for (const lang of languages) {
      const texts: Record<(typeof PER_LANGUAGE)[number], string> = {
        label: f.label[lang],
        // As the source states it ("2021"), or "year not stated" with the source's own time word.
        period: periodText(f.period, lang),
        text: formatFigure(f, lang),
        measure: f.measure?.[lang] ?? '',
        note: f.note?.[lang] ?? '',
        derivation: derivationText(f, lang, edition) ?? '',
      };
      for (const key of PER_LANGUAGE) record[`${key}_${lang}`] = texts[key];
    }
    return record;
  });
}

/** RFC 4180 CSV with a UTF-8 BOM so spreadsheet programs open the Chinese text correctly. */
export function toCsv(records: FigureRecord[]): string {
  const columns = Object.keys(records[0] ?? {}) as (keyof FigureRecord)[];
  const cell = (v: unknown): string => {
    const s = String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return '\uFEFF' + [columns.join(','), ...records.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}

/**
 * An Excel workbook of the same records and columns as the CSV (one sheet,
 * "figures", a header row, values as numbers), written with exceljs: schools
 * and offices open Excel first.
 */
const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

export async function toXlsx(records: FigureRecord[]): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  // A fixed date keeps the file identical between builds of the same data.
  workbook.created = workbook.modified = FIXED_DATE;
  const sheet = workbook.addWorksheet('figures', { views: [{ state: 'frozen', ySplit: 1 }] });
  const columns = Object.keys(records[0] ?? {}) as (keyof FigureRecord)[];
  sheet.columns = columns.map((key) => ({ header: key, key, width: key.includes('quote') || key.startsWith('label') ? 40 : 14 }));
  sheet.getRow(1).font = { bold: true };
  for (const r of records) sheet.addRow(r);
  const buffer = await workbook.xlsx.writeBuffer();
  // exceljs stamps each zip entry with the time of writing: restamp them, so two builds of the same data give the same bytes.
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(buffer);
  zip.forEach((_path, entry) => {
    entry.date = FIXED_DATE;
  });
  return zip.generateAsync({ type: 'arraybuffer', compression: 'DEFLATE' });
}
