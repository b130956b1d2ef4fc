/** The edition's figures as plain records for download (CSV/JSON): value in base units plus how the source writes it. */
import { allFigures, derivationText, formatEn, formatZh, periodText } from './index.ts';

export interface FigureRecord {
  id: string;
  label_zh: string;
  label_en: string;
  /** As the source states it ("2021"), or 原文未注明年份 with the source's own time word. */
  period_zh: string;
  period_en: string;
  value: number;
  unit: string;
  text_zh: string;
  text_en: string;
  qualifier: string;
  derived: boolean;
  derivation: string;
  source_quote: string;
  /** The longer passage of the source that dates the figure, when the quote alone does not. */
  period_quote: string;
}

export function figureRecords(edition: string): FigureRecord[] {
  return allFigures(edition).map((f) => ({
    id: f.id,
    label_zh: f.label.zh,
    label_en: f.label.en,
    period_zh: periodText(f.period, 'zh'),
    period_en: periodText(f.period, 'en'),
    value: f.value,
    unit: f.unit === 'count' ? `${f.unit}:${f.measure?.en ?? ''}` : f.unit,
    text_zh: formatZh(f),
    text_en: formatEn(f),
    qualifier: f.qualifier?.meaning ?? '',
    derived: Boolean(f.derived),
    derivation: derivationText(f, 'zh', edition) ?? '',
    source_quote: f.quote ?? '',
    period_quote: f.periodQuote ?? '',
  }));
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
