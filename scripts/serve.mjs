// `make demo`: serves dist/ (the widget's pages and the studio, which is a second Trunk build
// that `trunk serve` would not include) at http://127.0.0.1:8080, brotli-compressed like a
// real static host. PORT=... picks another port.
import { serve } from '../tests/e2e/harness.mjs';

const port = Number(process.env.PORT ?? 8080);
const { url } = await serve({ compress: true, port });
console.log(`role-explainer demo: ${url}/  (the studio: ${url}/studio.html)  Ctrl-C stops it.`);
