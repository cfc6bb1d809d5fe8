// What a person sees, measured in the page: words broken across lines, sideways scrolling,
// controls cut off, and text colours against paper. Shared by the layout and print tests.

/**
 * Layout problems on the page, as readable strings (empty when there are none):
 * - a text node inside a widget that takes more lines than it has words (a word was broken);
 * - the page scrolling sideways;
 * - a visible control sticking out of its widget (clipped without a cue).
 */
export function layoutProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    if (document.documentElement.scrollWidth > window.innerWidth) {
      problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
    }
    for (const host of document.querySelectorAll('role-explainer')) {
      const root = host.shadowRoot;
      if (!root) continue;
      const box = host.getBoundingClientRect();
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const words = node.textContent.trim().split(/\s+/).filter(Boolean).length;
        if (words === 0) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const tops = [];
        for (const rect of range.getClientRects()) {
          if (rect.width === 0 || rect.height === 0) continue;
          // Pieces of one line can differ by a pixel or two (mixed fonts, baselines).
          if (!tops.some((top) => Math.abs(top - rect.top) < rect.height / 2)) tops.push(rect.top);
        }
        if (tops.length > words) {
          problems.push(`"${node.textContent.trim().slice(0, 60)}" takes ${tops.length} lines for ${words} word(s)`);
        }
      }
      for (const control of root.querySelectorAll('button, [role="tab"], a[href]')) {
        const r = control.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        if (r.left < box.left - 1 || r.right > box.right + 1) {
          problems.push(`control "${control.textContent.trim().slice(0, 40)}" is cut off: ${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(box.left)}–${Math.round(box.right)}`);
        }
      }
    }
    return problems;
  });
}

/**
 * Every visible text inside the widgets whose colour is below `min` contrast on white paper:
 * `[{ text, colour, ratio }]`.
 */
export function lowContrastOnWhite(page, min = 4.5) {
  return page.evaluate((min) => {
    const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    // The browser resolves any CSS colour (rgb, color-mix, oklch...) into pixels for us.
    const rgba = (colour) => {
      canvas.clearRect(0, 0, 1, 1);
      canvas.fillStyle = '#ffffff';
      canvas.fillRect(0, 0, 1, 1);
      canvas.fillStyle = colour;
      canvas.fillRect(0, 0, 1, 1);
      return canvas.getImageData(0, 0, 1, 1).data;
    };
    const luminance = ([r, g, b]) => {
      const c = [r, g, b].map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    const low = [];
    for (const host of document.querySelectorAll('role-explainer')) {
      const root = host.shadowRoot;
      if (!root) continue;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent.trim();
        const element = node.parentElement;
        if (!text || !element || element.getClientRects().length === 0) continue;
        const style = getComputedStyle(element);
        if (style.visibility === 'hidden' || style.clipPath === 'inset(50%)') continue;
        const colour = style.color;
        const ratio = (1.05) / (luminance(rgba(colour)) + 0.05);
        if (ratio < min) low.push({ text: text.slice(0, 40), colour, ratio: Math.round(ratio * 100) / 100 });
      }
    }
    return low;
  }, min);
}
