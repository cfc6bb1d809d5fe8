// The standalone demo page, driven the way a reader drives it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, screenshot, widgetReady } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await serve({
    pages: {
      '/test/broken.html': `<!doctype html><html lang="en"><title>broken</title>
        <script type="module" src="/role-explainer.js"></script>
        <role-explainer id="broken"><script type="application/json">
          {"version": 1, "id": "broken", "title": "Broken", "lang": "en", "source": "A test",
           "roles": [{"id": "pm", "name": "PM", "short": "PM", "description": "d"},
                     {"id": "po", "name": "PO", "short": "PO", "description": "d"}],
           "attributes": [
             {"id": "a0", "name": "A0", "values": {"pm": {"text": "t", "why": "w"}, "po": {"text": "t", "why": "w"}}},
             {"id": "a1", "name": "A1", "values": {"pm": {"text": "t", "why": "w"}, "po": {"text": "t", "why": "w"}}},
             {"id": "a2", "name": "A2", "values": {"pm": {"text": "t", "why": "w"}, "po": {"text": "t", "why": "w"}}},
             {"id": "a3", "name": "A3", "values": {"pm": {"text": "t", "why": "w"}}}]}
        </script></role-explainer>
        <role-explainer id="unknown" dataset="no-such-dataset"></role-explainer>
        <role-explainer id="missing" dataset="/nowhere/data.json"></role-explainer>`,
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const width of [360, 1280]) {
  test(`compare and explore views work at ${width} px`, async () => {
    const { page, errors, context } = await openPage(browser, { viewport: { width, height: 900 } });
    await page.goto(`${server.url}/index.html`);
    const widget = page.locator('role-explainer');
    await widgetReady(widget);

    // Compare view: the table the article promised.
    const compareTab = page.getByRole('tab', { name: 'Compare' });
    assert.equal(await compareTab.getAttribute('aria-selected'), 'true');
    const horizonRow = page.getByRole('row', { name: /Time horizon/ });
    await horizonRow.waitFor();
    const rowText = await horizonRow.innerText();
    assert.match(rowText, /The next 1–3 years/);
    assert.match(rowText, /The next 1–3 sprints/);
    assert.equal(await page.getByRole('rowheader').count(), 13); // 12 attributes + 1 shared trait

    if (width < 600) {
      // On a phone the chips fold behind one button that says how many rows show.
      const rows = page.getByRole('button', { name: /Show attributes/ });
      assert.match(await rows.innerText(), /12\/12/);
      await rows.click();
    }
    const chip = page.getByRole('button', { name: 'Time horizon' });
    assert.equal(await chip.getAttribute('aria-pressed'), 'true');
    await chip.click();
    assert.equal(await chip.getAttribute('aria-pressed'), 'false');
    await horizonRow.waitFor({ state: 'detached' });
    assert.equal(await page.getByRole('status').innerText(), 'Showing 11 of 12 attributes');
    await page.getByRole('button', { name: 'None', exact: true }).click();
    assert.match(await page.getByText('No attributes shown').innerText(), /Pick some above/);
    assert.equal(await page.getByRole('row').count(), 0);
    await page.getByRole('button', { name: 'All', exact: true }).click();
    assert.equal(await page.getByRole('rowheader').count(), 13);
    await screenshot(page, `compare-${width}`);

    // Explore view: pick traits, read the badges and the verdict.
    await page.getByRole('tab', { name: 'Which role?' }).click();
    const horizon = page.getByRole('group', { name: /Time horizon/ });
    assert.match(await horizon.innerText(), /Not picked/);
    await horizon.getByRole('button', { name: 'The next 1–3 sprints' }).click();
    assert.equal(await horizon.getByRole('button', { name: 'The next 1–3 sprints' }).getAttribute('aria-pressed'), 'true');
    assert.match(await horizon.innerText(), /PO\s*Product Owner/);
    assert.match(await horizon.innerText(), /highly tactical/);

    const picks = [
      ['Owned artifacts', 'The backlog, its user stories, sometimes epics'],
      ['Success metrics', 'Burndown and the definition of done'],
      ['Place in the team', 'Part of the scrum team; grooms the backlog'],
      ['Toward customers', 'The face customers deal with'],
      ['Focus', 'The long-term vision'],
    ];
    for (const [attribute, trait] of picks) {
      await page.getByRole('group', { name: new RegExp(attribute) }).getByRole('button', { name: trait }).click();
    }
    const customers = page.getByRole('group', { name: /Toward customers/ });
    assert.match(await customers.innerText(), /PM\s*Product Manager/);
    const verdict = '4 of 6 traits: Product Owner';
    assert.equal(await page.locator('.verdict-sentence').innerText(), verdict);
    assert.equal(await page.getByRole('status').innerText(), verdict);
    const poMeter = page.getByRole('meter', { name: 'Product Owner: 4 of 6 traits' });
    assert.equal(await poMeter.getAttribute('value'), '4');
    assert.equal(await page.getByRole('meter', { name: 'Product Manager: 2 of 6 traits' }).count(), 1);
    await screenshot(page, `explore-${width}`);

    // Un-pick by pressing again.
    await customers.getByRole('button', { name: 'The face customers deal with' }).click();
    assert.equal(await page.getByRole('status').innerText(), '4 of 5 traits: Product Owner');

    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('tabs, chips and picks work from the keyboard alone', async () => {
  const { page, errors, context } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}/index.html`);
  await widgetReady(page.locator('role-explainer'));
  await page.getByRole('tab', { name: 'Compare' }).focus();
  await page.keyboard.press('ArrowRight');
  const explore = page.getByRole('tab', { name: 'Which role?' });
  assert.equal(await explore.getAttribute('aria-selected'), 'true');
  assert.equal(await explore.evaluate((el) => el.getRootNode().activeElement === el), true);
  // Past the tools (Copy link, Keyboard shortcuts, Full screen) into the first trait button.
  for (let i = 0; i < 5; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.getByRole('button', { name: 'The next 1–3 years' }).evaluate((el) => el.getRootNode().activeElement === el)) break;
  }
  await page.keyboard.press('Enter');
  assert.equal(await page.getByRole('status').innerText(), '1 of 1 trait: Product Manager');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  assert.equal(await page.getByRole('status').innerText(), '1 of 1 trait: Product Owner');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a broken dataset shows an error panel quoting the validation message', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(`${server.url}/test/broken.html`);
  const broken = page.locator('#broken');
  await widgetReady(broken);
  const alert = broken.getByRole('alert');
  assert.match(await alert.innerText(), /This explainer could not load/);
  assert.match(await alert.innerText(), /attributes\[3\]\.values\.po: missing trait/);

  const unknown = page.locator('#unknown');
  await widgetReady(unknown);
  assert.match(await unknown.getByRole('alert').innerText(), /unknown built-in dataset "no-such-dataset" \(built-in: pm-vs-po, pm-vs-po\.de, project-vs-product-vs-owner\)/);

  const missing = page.locator('#missing');
  await widgetReady(missing);
  assert.match(await missing.getByRole('alert').innerText(), /could not load .*\/nowhere\/data\.json \(HTTP 404\)/);
  await context.close();
});
