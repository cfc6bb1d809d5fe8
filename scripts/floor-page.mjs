// The no-script floor that `make bench` and `make lighthouse` measure beside the widget: the
// same blog post with its fallback tables and no script at all.
export function floorPage(blogHtml) {
  return blogHtml
    .replace(/<script[\s\S]*?<\/script>\s*/g, '')
    .replace(/<link rel="(modulepreload|preload)"[^>]*>\s*/g, '');
}
