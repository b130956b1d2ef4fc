/**
 * The data page's table, enhanced: a filter box (rows whose text contains every
 * typed word stay) and sorting by a column heading (click again to reverse).
 * The table is complete without this script. The tools need it, so CSS shows them only
 * under html.js (set before the first paint): they hold their place from the start and
 * nothing below them moves when this runs.
 */
export function enhanceTable(doc: Document = document): void {
  const table = doc.querySelector<HTMLTableElement>('[data-table]');
  const input = doc.querySelector<HTMLInputElement>('[data-table-filter]');
  const count = doc.querySelector<HTMLElement>('[data-table-count]');
  if (!table || !input) return;
  const body = table.tBodies[0]!;
  const rows = [...body.rows];
  const text = new Map(rows.map((r) => [r, (r.textContent ?? '').toLowerCase()]));

  // "显示 0 / 43 行" → fill in the shown count without another string table.
  const template = count?.dataset['template'] ?? '';
  const showCount = (n: number): void => {
    if (count) count.textContent = template.replace(/\b0\b/, String(n));
  };
  const filter = (): void => {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const r of rows) {
      const keep = words.every((w) => text.get(r)!.includes(w));
      r.hidden = !keep;
      if (keep) shown += 1;
    }
    showCount(shown);
  };
  input.addEventListener('input', filter);
  // The box is usable from the first paint: apply what was typed before this ran, or what back/forward restored.
  if (input.value) filter();

  const heads = [...table.tHead!.rows[0]!.cells];
  heads.forEach((th, col) => {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'data-table__sort';
    button.textContent = th.textContent;
    th.textContent = '';
    th.append(button);
    th.setAttribute('aria-sort', 'none');
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const h of heads) h.setAttribute('aria-sort', 'none');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const key = (r: HTMLTableRowElement): string => r.cells[col]?.dataset['sort'] ?? r.cells[col]?.textContent ?? '';
      const numeric = rows.every((r) => key(r) === '' || !Number.isNaN(Number(key(r))));
      const sorted = [...rows].sort((a, b) => {
        const x = key(a),
          y = key(b);
        const d = numeric ? Number(x) - Number(y) : x.localeCompare(y, doc.documentElement.lang);
        return ascending ? d : -d;
      });
      body.append(...sorted);
    });
  });
}
