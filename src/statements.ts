import type { Statement } from './content-model.js';
// Written by `npm run content` from content/<id>/ (or STATEMENTS_DIR): edit the content, not the JSON.
import compiled from './generated/statements.json' with { type: 'json' };

/** Every statement of the build, in id order, validated by the content step against the model it is typed with. */
export const statements = compiled as Statement[];
