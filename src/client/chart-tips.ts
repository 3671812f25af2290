// Hover and focus details for build-time SVG charts: shows an element's data-tip beside it.
const tip = document.createElement('div');
tip.className = 'chart-tip';
tip.hidden = true;
tip.setAttribute('role', 'status');
document.body.append(tip);

function show(target: Element, x: number, y: number): void {
  const text = target.closest('[data-tip]')?.getAttribute('data-tip');
  if (!text) return;
  tip.textContent = text;
  tip.hidden = false;
  tip.style.left = `${x + 12 + window.scrollX}px`;
  tip.style.top = `${y + 12 + window.scrollY}px`;
}

for (const chart of document.querySelectorAll('.chart svg')) {
  chart.addEventListener('mousemove', (e) => {
    const m = e as MouseEvent;
    if (m.target instanceof Element && m.target.closest('[data-tip]')) show(m.target, m.clientX, m.clientY);
    else tip.hidden = true;
  });
  chart.addEventListener('mouseleave', () => { tip.hidden = true; });
  chart.addEventListener('focusin', (e) => {
    const el = e.target as Element;
    const box = el.getBoundingClientRect();
    show(el, box.right, box.top);
  });
  chart.addEventListener('focusout', () => { tip.hidden = true; });
}
