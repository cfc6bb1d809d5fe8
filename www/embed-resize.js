// Put this script on a page with role-explainer iframes: it keeps each frame exactly as tall
// as its content. It only trusts messages from the frames' own windows.
(function () {
  if (window.__roleExplainerResize) return;
  window.__roleExplainerResize = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'role-explainer:height') return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 0 || height > 100000) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
      }
    }
  });
})();
