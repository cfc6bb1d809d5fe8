// The studio page's loader: starts the studio's own wasm (studio-pkg/, never loaded by an
// embed). The page also loads role-explainer.js for the live preview.
import init from './studio-pkg/studio.js';

init({ module_or_path: new URL('studio-pkg/studio_bg.wasm', import.meta.url) }).catch((error) => {
  const message = document.createElement('p');
  message.className = 'studio-noscript';
  message.setAttribute('role', 'alert');
  message.textContent = `The studio could not start: ${error.message || error}`;
  document.getElementById('studio').replaceChildren(message);
});
