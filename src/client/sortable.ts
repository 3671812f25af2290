// Sortable tables: a column header with data-sort gets a button; clicking it sorts the rows.
for (const table of document.querySelectorAll<HTMLTableElement>('table.sortable')) {
  const headers = [...table.tHead!.rows[0]!.cells];
  headers.forEach((th, column) => {
    const kind = th.dataset.sort;
    if (!kind) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = th.textContent;
    th.textContent = '';
    th.append(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      headers.forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const body = table.tBodies[0]!;
      const key = (row: HTMLTableRowElement) => {
        const cell = row.cells[column]!;
        return cell.dataset.value ?? cell.textContent ?? '';
      };
      const rows = [...body.rows].sort((a, b) => {
        const x = key(a);
        const y = key(b);
        let order: number;
        if (kind === 'number') {
          // Rows with no number go last whichever way the column is sorted.
          if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
          order = Number(x) - Number(y);
        } else {
          order = x.localeCompare(y, 'zh-CN');
        }
        return ascending ? order : -order;
      });
      body.append(...rows);
    });
  });
}
