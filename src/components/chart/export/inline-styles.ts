const PRESENTATION_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;

/**
 * A copy of an on-screen SVG whose colours and fonts no longer depend on the page: each element's
 * computed styles (CSS variables, Tailwind classes) are written as presentation attributes, which a
 * strict CSP allows (a `style` attribute would not be). Hidden elements are dropped.
 */
export function cloneWithInlinedStyles(source: SVGSVGElement): SVGSVGElement {
  const clone = source.cloneNode(true) as SVGSVGElement;
  const originals = [source, ...source.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((original, index) => {
    const copy = copies[index];
    if (!copy) return;
    const computed = getComputedStyle(original);
    if (computed.display === 'none' || computed.visibility === 'hidden') {
      copy.remove();
      return;
    }
    for (const property of PRESENTATION_PROPERTIES) {
      const value = computed.getPropertyValue(property);
      if (value) copy.setAttribute(property, value);
    }
    copy.removeAttribute('class');
    copy.removeAttribute('style');
    copy.removeAttribute('tabindex');
  });
  return clone;
}
