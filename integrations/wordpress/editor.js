// The block's editor side, in plain JavaScript on WordPress's own globals (no build step).
// The sidebar (InspectorControls) sets the element's attributes. The block saves only a plain
// table (the `fallback` attribute, read back from the saved HTML); the plugin's PHP renders
// the widget around it for visitors, so what an author saves is just the block comment with
// its settings and a table, both of which survive WordPress's filtering for every role.
(function (wp, settings) {
  const { registerBlockType } = wp.blocks;
  const { createElement: el, Fragment, RawHTML } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, TextControl } = wp.components;
  const { __ } = wp.i18n;

  // { datasets: [{ id, title }], fallbacks: { "pm-vs-po": "<table…>", "pm-vs-po.de": … } },
  // written by the plugin from the tables the snippet command made when the zip was built.
  const datasets = settings.datasets || [];
  const fallbacks = settings.fallbacks || {};

  /** The built-in table for these settings: the translation if there is one, else the dataset's own. */
  function fallbackFor(attributes) {
    const lang = attributes.lang || '';
    return fallbacks[`${attributes.dataset}.${lang}`] || fallbacks[attributes.dataset] || '';
  }

  const choice = (value, label) => ({ value, label });

  function Edit({ attributes, setAttributes }) {
    const set = (name) => (value) => {
      const next = { ...attributes, [name]: value };
      setAttributes({ [name]: value, fallback: fallbackFor(next) });
    };
    const blockProps = useBlockProps();
    const table = attributes.fallback || fallbackFor(attributes);
    return el(Fragment, null,
      el(InspectorControls, null,
        el(PanelBody, { title: __('Role explainer', 'role-explainer') },
          el(SelectControl, {
            label: __('Dataset', 'role-explainer'),
            value: attributes.dataset,
            options: datasets.map((d) => choice(d.id, d.title)),
            onChange: set('dataset'),
          }),
          el(SelectControl, {
            label: __('Mode', 'role-explainer'),
            value: attributes.mode,
            options: [
              choice('compare', __('Compare (the table)', 'role-explainer')),
              choice('explore', __('Explore (pick traits)', 'role-explainer')),
              choice('quiz', __('Quiz', 'role-explainer')),
            ],
            onChange: set('mode'),
          }),
          el(TextControl, {
            label: __('Attributes', 'role-explainer'),
            help: __('Comma-separated attribute ids to show, e.g. horizon,focus,metrics. Empty: all.', 'role-explainer'),
            value: attributes.attributes,
            onChange: set('attributes'),
          }),
          el(SelectControl, {
            label: __('Theme', 'role-explainer'),
            value: attributes.theme,
            options: ['auto', 'light', 'dark', 'contrast'].map((t) => choice(t, t)),
            onChange: set('theme'),
          }),
          el(SelectControl, {
            label: __('Language', 'role-explainer'),
            value: attributes.lang,
            options: [choice('', __('The dataset’s', 'role-explainer'))]
              .concat(['en', 'de', 'es', 'fr', 'ar'].map((l) => choice(l, l))),
            onChange: set('lang'),
          }),
          el(SelectControl, {
            label: __('Title and intro', 'role-explainer'),
            value: attributes.header,
            options: [choice('show', __('Show', 'role-explainer')), choice('hide', __('Hide', 'role-explainer'))],
            onChange: set('header'),
          }),
        ),
      ),
      // The editor shows the table readers without JavaScript get; the widget runs on the post.
      el('div', blockProps, el(RawHTML, null, table)),
    );
  }

  registerBlockType('role-explainer/widget', {
    edit: Edit,
    save({ attributes }) {
      return el('div', useBlockProps.save(), el(RawHTML, null, attributes.fallback || fallbackFor(attributes)));
    },
  });
})(window.wp, window.roleExplainerBlock || {});
