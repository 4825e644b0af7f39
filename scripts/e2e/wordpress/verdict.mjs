// One row's verdict: what a reader gets, and what is wrong with it.

const base = (lang) => lang?.split('-')[0].toLowerCase();

/**
 * @param {{ who: string, plugin: boolean, hydrates?: boolean, lang: string, level: string, preview: number, script?: RegExp }} row
 * @param {ReturnType<typeof import('./check-page.mjs').checkPage> extends Promise<infer T> ? T : never} facts
 * @returns {{ gets: string, problems: string[] }}
 */
export function judge(row, facts) {
  const problems = [];
  if (facts.junk) problems.push(`prints code as text: "${facts.junk.trim()}"`);
  if (facts.copies > 1) problems.push(`the statement ${facts.copies} times`);
  if (facts.errors.length) problems.push(`errors: ${facts.errors.join('; ')}`);
  if (facts.external.length) problems.push(`requests off the site: ${facts.external.join(', ')}`);
  if (facts.scripts.length > 1) problems.push(`script loaded ${facts.scripts.length} times`);
  if (row.script && !(facts.scripts.length === 1 && row.script.test(facts.scripts[0]))) {
    problems.push(`script from ${facts.scripts.join(', ') || 'nowhere'}, not ${row.script.source}`);
  }
  // The plugin pins its script on every theme (the e2e's theme is a block theme).
  for (const tag of row.plugin ? facts.scriptTags : []) {
    if (tag.integrity !== row.integrity || tag.crossorigin !== 'anonymous' || !tag.defer) {
      problems.push(`script printed without its pin: ${JSON.stringify(tag)}`);
    }
  }
  if (row.plugin && facts.scriptTags.length !== 1) problems.push(`${facts.scriptTags.length} script tags for the widget`);

  if (facts.upgraded) {
    if (!facts.styled) problems.push('the widget is unstyled');
    if (facts.widgetArticles !== 1) problems.push(`the widget shows ${facts.widgetArticles} articles`);
    if (row.hydrates && !facts.serverRendered) problems.push('the pre-rendered widget did not reach the page');
    else if (row.hydrates && !facts.adopted) problems.push('the pre-rendered widget was drawn again, not hydrated');
    if (base(facts.widgetLang) !== base(row.lang)) problems.push(`shows ${facts.widgetLang}, not ${row.lang}`);
    if (facts.widgetTitleLevel !== row.level) problems.push(`title is ${facts.widgetTitleLevel}, not ${row.level}`);
    if (facts.previewShown !== row.preview) problems.push(`${facts.previewShown} signatories before expanding, not ${row.preview}`);
    if (!facts.switched) problems.push('language switch does nothing');
    if (!facts.expanded) problems.push('list does not expand');
    const works = facts.switched && facts.expanded ? ', switches language, expands' : '';
    let gets = `widget (${facts.widgetLang})${row.hydrates && facts.adopted ? ', hydrated' : ''}${works}`;
    if (facts.withoutScript) {
      const without = facts.withoutScript;
      if (without.fallback !== 'full text') problems.push(`without JavaScript: ${without.fallback ?? 'nothing'}`);
      else if (base(without.fallbackLang) !== base(row.lang)) problems.push(`without JavaScript: ${row.lang} text marked as lang=${without.fallbackLang}`);
      if (without.junk) problems.push(`without JavaScript, prints "${without.junk.trim()}"`);
      gets += `; without JavaScript: ${without.fallback ?? 'nothing'} (lang=${without.fallbackLang})`;
    }
    return { gets, problems };
  }

  // Administrators may paste the script, and the plugin writes it: both must give the widget.
  // An author's pasted snippet loses its script to kses; a clean fallback is then the best case.
  if (row.who === 'administrator' || row.plugin) problems.push('no widget');
  if (!facts.fallback) {
    problems.push('nothing readable');
    return { gets: 'no statement', problems };
  }
  if (base(facts.fallbackLang) !== base(row.lang)) problems.push(`${row.lang} text marked as lang=${facts.fallbackLang}`);
  return { gets: `${facts.fallback} only, no script (lang=${facts.fallbackLang})`, problems };
}
