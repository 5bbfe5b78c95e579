// The gradient-check table body: one row per parameter, the relative-error cell coloured by
// verdict. Drawing only: rows come in ready-made (gradient-check-table.js).

/** @param {number} v */
function scientific(v) {
  if (Number.isNaN(v)) return 'NaN';
  if (v === 0) return '0';
  return v.toExponential(6);
}

/**
 * Replaces the body's rows. Builds a fragment so the table reflows once.
 * @param {HTMLTableSectionElement} tbody
 * @param {import('../labs/network/panels/gradient-check-table.js').CheckRow[]} rows
 * @param {(row: object) => string} label the parameter's name
 * @param {string} [kinkTitle] the tooltip of a kink's cell (why it is not judged)
 */
export function renderCheckRows(tbody, rows, label, kinkTitle) {
  const fragment = document.createDocumentFragment();
  for (const row of rows) {
    const tr = document.createElement('tr');
    tr.dataset.verdict = row.verdict;
    const cells = [
      label(row),
      scientific(row.analytic),
      scientific(row.numeric),
      row.relativeError.toExponential(2),
    ];
    cells.forEach((text, i) => {
      const td = document.createElement('td');
      td.textContent = text;
      if (i === 3) td.className = `verdict-${row.verdict}`;
      if (i === 3 && kinkTitle && row.verdict === 'kink') td.title = kinkTitle;
      tr.append(td);
    });
    fragment.append(tr);
  }
  tbody.replaceChildren(fragment);
}
