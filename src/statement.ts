import type { Statement } from './content-model.js';
// Written by `npm run content` from content/ (or CONTENT_DIR): edit the content, not the JSON.
import compiled from './generated/statement.json' with { type: 'json' };

/** The compiled statement, validated by the content step against the model it is typed with. */
export default compiled as Statement;
