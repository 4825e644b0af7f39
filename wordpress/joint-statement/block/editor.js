// The block's editor side, without a build step: a preview rendered by the server (the same PHP
// as on the page) and the element's options in the sidebar. The statements and the values offered
// come from the build (window.jointStatementEditor, printed by includes/block.php).
(function (wp, options) {
  const { createElement: h } = wp.element;
  const { __ } = wp.i18n;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, Placeholder, SelectControl, TextControl } = wp.components;
  const ServerSideRender = wp.serverSideRender;

  const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const several = options.statements.length > 1;

  // A new preview for each set of options: WordPress 6.1's ServerSideRender drops a pending
  // (debounced) request whenever it re-renders, e.g. when the previous preview arrives, so the
  // preview could keep showing older options. A fresh one asks the server at once.
  const Preview = ({ attributes }) => h(ServerSideRender, { key: JSON.stringify(attributes), block: 'joint-statement/statement', attributes });

  // With several statements the block names one; never a guess (the page would show one
  // statement's words where the author meant another).
  const statementPicker = (attributes, setAttributes) =>
    h(SelectControl, {
      label: __('Statement', 'joint-statement'),
      value: attributes.statement,
      options: [{ value: '', label: __('Choose a statement', 'joint-statement') }].concat(
        options.statements.map(({ id, title }) => ({ value: id, label: title })),
      ),
      onChange: (statement) => {
        const chosen = options.statements.find(({ id }) => id === statement);
        // A language the new statement lacks would fall back anyway: say so in the control.
        const keepLang = chosen && chosen.languages.some(({ lang }) => lang === attributes.lang);
        setAttributes({ statement, lang: keepLang ? attributes.lang : '' });
      },
    });

  function edit({ attributes, setAttributes }) {
    const { headingLevel, previewCount, theme } = options.attributes;
    const statement = several ? options.statements.find(({ id }) => id === attributes.statement) : options.statements[0];
    if (!statement) {
      return h(
        'div',
        useBlockProps(),
        h(
          Placeholder,
          { icon: 'megaphone', label: __('Joint statement', 'joint-statement'), instructions: __('Which statement goes here?', 'joint-statement') },
          statementPicker(attributes, setAttributes),
        ),
      );
    }
    const controls = h(
      PanelBody,
      { title: __('Statement', 'joint-statement') },
      several && statementPicker(attributes, setAttributes),
      h(SelectControl, {
        label: __('Language', 'joint-statement'),
        value: attributes.lang,
        options: [{ value: '', label: __('The page’s language', 'joint-statement') }].concat(
          statement.languages.map(({ lang, name }) => ({ value: lang, label: name })),
        ),
        onChange: (lang) => setAttributes({ lang }),
      }),
      h(SelectControl, {
        label: __('Heading level', 'joint-statement'),
        value: String(attributes.headingLevel ?? headingLevel.default),
        options: range(headingLevel.min, headingLevel.max).map((level) => ({ value: String(level), label: `H${level}` })),
        onChange: (level) => setAttributes({ headingLevel: Number(level) }),
      }),
      h(TextControl, {
        type: 'number',
        min: previewCount.min,
        max: statement.signatories,
        label: __('Signatories shown before “Show all”', 'joint-statement'),
        value: String(attributes.previewCount ?? previewCount.default),
        onChange: (count) => setAttributes({ previewCount: count === '' ? undefined : Number(count) }),
      }),
      h(SelectControl, {
        label: __('Colours', 'joint-statement'),
        value: attributes.theme || theme.default,
        options: theme.values.map((value) => ({ value, label: value })),
        onChange: (value) => setAttributes({ theme: value }),
      }),
    );
    return h('div', useBlockProps(), h(InspectorControls, null, controls), h(Preview, { attributes }));
  }

  wp.blocks.registerBlockType('joint-statement/statement', { edit, save: () => null });
})(window.wp, window.jointStatementEditor);
