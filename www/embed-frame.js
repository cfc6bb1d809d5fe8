// The iframe page's script: reads the widget's settings from the URL hash
// (embed.html#dataset=pm-vs-po&mode=explore&theme=dark) and reports the page height to the
// host, both as role-explainer's own message and in AMP's embed-size form.
import './role-explainer.js';

const SETTINGS = ['dataset', 'mode', 'attributes', 'lang', 'theme', 'header', 'presenting', 'print'];
const widget = document.querySelector('role-explainer');

// Opened on its own, the page has a main landmark and a heading. Inside a host's frame the
// host page owns those: a main in every frame would repeat the host's own.
if (window.parent !== window) {
  const main = document.querySelector('main');
  main?.replaceWith(...main.childNodes);
}

function applyHash() {
  let params;
  try {
    params = new URLSearchParams(location.hash.slice(1));
  } catch {
    params = new URLSearchParams();
  }
  for (const name of SETTINGS) {
    const value = params.get(name);
    if (value === null) widget.removeAttribute(name);
    else if (widget.getAttribute(name) !== value) widget.setAttribute(name, value.slice(0, 2000));
  }
  const oembed = document.querySelector('link[type="application/json+oembed"]');
  const dataset = params.get('dataset');
  if (oembed && dataset && /^[a-z0-9_-]+$/.test(dataset)) oembed.href = `oembed/${dataset}.json`;
}

let lastHeight = -1;
function postHeight() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight || window.parent === window) return;
  lastHeight = height;
  window.parent.postMessage({ type: 'role-explainer:height', height }, '*');
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
}

applyHash();
window.addEventListener('hashchange', applyHash);
new ResizeObserver(postHeight).observe(document.body);
window.addEventListener('load', postHeight);
