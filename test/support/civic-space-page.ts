// Loaded by a page in a frame: <joint-statement> there is the civic-space statement, so the
// frame helpers work on it as on the seed.
import { defineCivicSpace, loadCivicSpace } from './civic-space.js';

void loadCivicSpace().then((statement) => defineCivicSpace('joint-statement', statement));
