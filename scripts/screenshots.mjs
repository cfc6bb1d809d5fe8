// `make screenshots`: the widget as readers see it, for a person to look at (tests read the
// DOM; they do not see colours, wrapping or overlap). Each view (compare with reasons, explore
// with picks, a checked quiz, the shortcut help) in each theme (light, dark, contrast) at a
// phone (360 px), desktop (1280 px) and projector (1920 px) width, plus a print PDF, into
// target/screenshots/.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, SCREENSHOTS } from '../tests/e2e/harness.mjs';

const page = (mode, theme) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/page.css">
<script type="module" src="/role-explainer.js"></script></head>
<body${theme === 'dark' ? ' style="background:#111;color:#eee"' : ''}><main class="page">
<role-explainer eager dataset="pm-vs-po" mode="${mode}" theme="${theme}" presenting="on"></role-explainer>
</main></body></html>`;

const modes = ['compare', 'explore', 'quiz'];
const themes = ['light', 'dark', 'contrast'];
const pages = {};
for (const mode of modes) for (const theme of themes) pages[`/shot-${mode}-${theme}.html`] = page(mode, theme);

await mkdir(SCREENSHOTS, { recursive: true });
const server = await serve({ pages });
const browser = await launch();
for (const [width, height] of [[360, 800], [1280, 900], [1920, 1080]]) {
  for (const theme of themes) {
    for (const mode of modes) {
      const tab = await browser.newPage({ viewport: { width, height }, colorScheme: theme === 'dark' ? 'dark' : 'light' });
      await tab.goto(`${server.url}/shot-${mode}-${theme}.html`);
      const widget = tab.locator('role-explainer');
      await widget.getByRole('tablist').waitFor();
      if (mode === 'compare') {
        // On a phone the "why" lines sit behind the Reasons toggle; wider, they always show.
        const reasons = widget.getByRole('button', { name: 'Reasons' });
        if (await reasons.isVisible()) await reasons.click();
      } else if (mode === 'explore') {
        // The first trait of each of the first four attributes.
        const groups = widget.locator('.rx-picker').getByRole('group');
        for (let i = 0; i < 4; i += 1) await groups.nth(i).getByRole('button').nth(i % 2).click();
      } else {
        const cards = widget.locator('.answers');
        for (let i = 0; i < 3; i += 1) await cards.nth(i).getByRole('button').nth(i % 2).click();
        await widget.getByRole('button', { name: 'Check' }).click();
      }
      // One screen, as a reader sees it, from the view tabs down.
      await widget.getByRole('tablist').evaluate((tabs) => tabs.scrollIntoView());
      await tab.waitForTimeout(300);
      await tab.screenshot({ path: join(SCREENSHOTS, `${mode}-${theme}-${width}.png`) });
      if (mode === 'compare') {
        // The shortcut help, opened as a presenter would.
        await widget.getByRole('button', { name: 'Keyboard shortcuts' }).click();
        await widget.getByRole('dialog').waitFor();
        await tab.screenshot({ path: join(SCREENSHOTS, `help-${theme}-${width}.png`) });
        await widget.getByRole('button', { name: 'Close' }).click();
      }
      if (width === 1280 && theme === 'light' && mode === 'compare') {
        await tab.pdf({ path: join(SCREENSHOTS, 'print-compare.pdf'), format: 'A4' });
      }
      await tab.close();
    }
  }
}
await browser.close();
await server.close();
console.log(`screenshots: ${(modes.length + 1) * themes.length * 3} pictures and a PDF in ${SCREENSHOTS}`);
