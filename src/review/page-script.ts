// The review page's behaviour, inlined into every page. It reads only ids and classes the page
// generator wrote (value ids "v12", line ids "L34", section ids "n-p1.2"), never source text, and
// changes the page through classList and attributes only: no innerHTML, no eval. Without it the page
// still works as plain links (#L34).

export const PAGE_SCRIPT = `(() => {
  'use strict';
  const source = document.getElementById('source');
  const outline = document.getElementById('outline');
  if (!source || !outline) return;
  let lit = [];
  let chosen = null;
  let selectedLine = null;
  let selectedNode = null;

  function light(elements) {
    for (const element of lit) element.classList.remove('lit', 'flash');
    lit = elements;
    if (elements.length === 0) return;
    void source.offsetWidth;
    for (const element of elements) element.classList.add('lit', 'flash');
    elements[0].scrollIntoView({ block: 'center' });
  }

  function lineElement(number) {
    return number ? document.getElementById('L' + number) : null;
  }

  function showValue(link) {
    const id = link.getAttribute('data-v');
    let marks = id && /^v[0-9]+$/.test(id) ? Array.from(source.querySelectorAll('mark[data-v~="' + id + '"]')) : [];
    if (marks.length === 0) {
      const line = lineElement(link.getAttribute('data-line'));
      marks = line ? [line] : [];
    }
    light(marks);
    if (chosen) chosen.classList.remove('chosen');
    chosen = link;
    link.classList.add('chosen');
  }

  function openTo(element) {
    for (let at = element; at && at !== outline; at = at.parentElement) {
      if (at.tagName === 'DETAILS') at.open = true;
    }
  }

  function selectNode(sectionId, valueId) {
    const node = sectionId ? document.getElementById('n-' + sectionId) : null;
    if (selectedNode) selectedNode.classList.remove('sel');
    selectedNode = node;
    if (!node) return;
    node.classList.add('sel');
    openTo(node);
    const link = valueId ? node.querySelector('a[data-v="' + valueId + '"]') : null;
    if (chosen) chosen.classList.remove('chosen');
    chosen = link;
    if (link) link.classList.add('chosen');
    (link || node).scrollIntoView({ block: 'nearest' });
  }

  outline.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const value = target && target.closest('a[data-v]');
    if (value) {
      event.preventDefault();
      showValue(value);
      return;
    }
    const jump = target && target.closest('a[data-line]');
    if (jump) {
      event.preventDefault();
      const line = lineElement(jump.getAttribute('data-line'));
      if (line) light([line]);
      selectNode(jump.getAttribute('data-section'), null);
    }
  });

  source.addEventListener('click', (event) => {
    const selection = window.getSelection && window.getSelection();
    if (selection && String(selection).length > 0) return;
    const target = event.target instanceof Element ? event.target : null;
    const line = target && target.closest('.ln');
    if (!line) return;
    if (selectedLine) selectedLine.classList.remove('sel');
    selectedLine = line;
    line.classList.add('sel');
    const mark = target.closest('mark[data-v]');
    const valueId = mark ? (mark.getAttribute('data-v') || '').split(' ')[0] : null;
    selectNode(line.getAttribute('data-section'), valueId);
  });

  for (const button of document.querySelectorAll('button[data-filter]')) {
    button.addEventListener('click', () => {
      const on = document.body.classList.toggle('f-' + button.getAttribute('data-filter'));
      button.setAttribute('aria-pressed', on ? 'true' : 'false');
    });
  }
  for (const button of document.querySelectorAll('button[data-open]')) {
    button.addEventListener('click', () => {
      const open = button.getAttribute('data-open') === 'all';
      for (const details of outline.querySelectorAll('.node > details')) details.open = open;
    });
  }
})();
`;

/** The index page's behaviour: click a column heading to sort the rows by it (numbers as numbers). */
export const INDEX_SCRIPT = `(() => {
  'use strict';
  const table = document.querySelector('table.files');
  if (!table || !table.tBodies[0]) return;
  const body = table.tBodies[0];
  const headers = Array.from(table.tHead.rows[0].cells);
  headers.forEach((header, column) => {
    const button = header.querySelector('button');
    if (!button) return;
    button.addEventListener('click', () => {
      const ascending = header.getAttribute('aria-sort') !== 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const key = (row) => row.cells[column].getAttribute('data-sort') || '';
      const numeric = header.hasAttribute('data-numeric');
      const rows = Array.from(body.rows).sort((a, b) => {
        const order = numeric ? Number(key(a)) - Number(key(b)) : key(a).localeCompare(key(b), 'zh');
        return ascending ? order : -order;
      });
      for (const row of rows) body.appendChild(row);
    });
  });
})();
`;
