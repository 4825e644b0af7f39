// The snippet format, the product's side of every snippet a partner pastes: the build, the
// generator, the WordPress run, the bench and the tests import it from here.
export { DESTINATIONS, DELIVERIES } from './destinations.js';
export { escapeHtml } from './escape-html.js';
export { everySnippet } from './every-snippet.js';
export { KINDS, declarativeRootOf, everyPartFile, partFiles, withHeadingLevel } from './kinds.js';
export { DEFAULT_OPTIONS, HEADING_LEVELS, isHexColour } from './options.js';
export { fallbackLang, partsFrom, snippetFor } from './snippet.js';
export { followRange, isSelfHostedUrl, releaseUrl, selfHostedFileName } from './urls.js';
