// Where the partner pastes a snippet, and how the page gets its script: the generator's
// choices, with the words it shows for each.
import { followRange } from './urls.js';

/**
 * Where the partner pastes it, and the one line that says how. `shortcode`: the WordPress
 * plugin's shortcode instead of HTML; `plain`: the statement as plain HTML, with no script and
 * no element (sanitizers strip both); `file`: a file the partner saves in their site, holding
 * the snippet (`wrap` writes it), and `code` the line that places it in a post; `kinds`: the
 * snippet kinds it offers, when not all; `kindNote`, `deliveryNote`: why the generator's
 * choices of kind and delivery do not apply, when they do not.
 */
export const DESTINATIONS = {
  'wordpress-admin': {
    label: 'WordPress, as an administrator or editor',
    paste: 'Add a "Custom HTML" block where the statement should appear and paste the snippet into it.',
    css: 'Add this rule under "Additional CSS" (block themes: Appearance › Editor › Styles › ⋮ › Additional CSS, from WordPress 6.2; in 6.1, open /wp-admin/customize.php by its address, as the menu does not link it; classic themes: Appearance › Customize › Additional CSS):',
  },
  'wordpress-author': {
    label: 'WordPress, as an author or contributor',
    shortcode: true,
    kinds: ['full-text'],
    kindNote: 'The plugin decides how the statement is drawn.',
    deliveryNote:
      'The plugin loads the exact signed version itself (the file from the jsDelivr CDN, or its own copy if your administrator chose self-hosting).',
    paste:
      'Type this shortcode on a line of its own where the statement should appear (or add the "Joint statement" block). It needs the joint-statement plugin, which an administrator installs once; without it, ask an administrator to paste the "Custom HTML" snippet for you.',
    css: 'Ask an administrator to add this rule under "Additional CSS" (Appearance › Editor › Styles › ⋮ › Additional CSS; in WordPress 6.1 with a block theme, /wp-admin/customize.php):',
  },
  hugo: {
    label: 'Hugo',
    file: {
      path: 'layouts/shortcodes/joint-statement.html',
      // A Go template drops HTML comments, and with them a pre-rendered widget's hydration
      // markers: the snippet goes through as one raw string, unchanged.
      wrap: (html) => {
        if (html.includes('`')) throw new Error('a snippet with a backquote cannot be a Go raw string');
        return `{{- /* The joint statement, from the embed generator. */ -}}\n{{ \`${html}\` | safeHTML }}\n`;
      },
    },
    code: '{{< joint-statement >}}',
    paste:
      'Save the file below as layouts/shortcodes/joint-statement.html in your site, then type the shortcode in the post, on a line of its own, where the statement should appear (Hugo leaves out HTML pasted into Markdown).',
    css: "Add this rule to a stylesheet your site loads (your theme's, or a CSS file under assets/ or static/ that your layout links):",
  },
  jekyll: {
    label: 'Jekyll',
    file: { path: '_includes/joint-statement.html', wrap: (html) => `{% raw %}\n${html}\n{% endraw %}\n` },
    code: '{% include joint-statement.html %}',
    paste:
      'Save the file below as _includes/joint-statement.html in your site, then write this include in the post, on a line of its own, where the statement should appear (or paste the snippet itself there, with a blank line before and after).',
    css: "Add this rule to your site's stylesheet (with the default minima theme: assets/main.scss, after its @import line):",
  },
  markdown: {
    label: 'Eleventy or another Markdown site',
    paste:
      'Paste the snippet into the Markdown file where the statement should appear, with a blank line before and after it. Your Markdown must let HTML through (Eleventy and markdown-it do by default; Hugo needs the Hugo choice above).',
    css: "Add this rule to your site's stylesheet:",
  },
  newsletter: {
    label: 'Newsletter, email or RSS',
    plain: true,
    kinds: ['full-text'],
    kindNote: 'Email programs and feed readers run no scripts and strip unknown elements: the statement goes as plain text.',
    deliveryNote: 'No script: email programs and feed readers would not run it.',
    paste:
      'Paste this HTML where the statement should appear (in an HTML or code block of your newsletter tool, or your feed item). Email programs and feed readers run no scripts, so this is the statement as plain text, with its link.',
    css: '',
  },
  drupal: {
    label: 'Drupal',
    paste:
      'Choose the "Full HTML" text format, switch the editor to "Source" and paste the snippet where the statement should appear (the visual editor drops elements it does not know).',
    css: "Add this rule to your theme's stylesheet, or with a module that adds CSS, such as Asset Injector:",
  },
  cms: {
    label: 'Another CMS (Squarespace, Wix, …)',
    paste: 'Paste the snippet into an HTML or code block that keeps scripts (Squarespace: a Code block; Wix: an Embed HTML element).',
    css: "Add this rule to your site's custom CSS (Squarespace: Design › Custom CSS):",
  },
  html: {
    label: 'My own HTML page',
    paste: "Paste the snippet into your page's HTML where the statement should appear.",
    css: 'Add this rule to your stylesheet:',
  },
};

/** How the page gets the script: the partner's choice between a pinned file, updates, or their own copy. */
export const DELIVERIES = {
  pinned: {
    label: 'Exact signed version (pinned, integrity)',
    meaning: (version) =>
      `Your page shows version ${version} exactly as signed, and browsers refuse the file if one byte of it changes; signatories added later appear only when you paste a new snippet.`,
  },
  follow: {
    label: 'Follow updates to this statement (version range, no integrity)',
    meaning: (version) =>
      `Your page shows new signatories and corrections (releases ${followRange(version)}.x) within about a week of each release without you changing anything, but without an integrity hash browsers cannot check the file, so you trust jsDelivr to serve it unaltered.`,
  },
  self: {
    label: 'Host the file yourself (pinned, integrity)',
    meaning: (version) =>
      `Your page loads version ${version} from your own site, so no other server sees your readers; you copy the file there once, and again for each update you want.`,
  },
};
