// Entry of the one-file bundle: registers the element and exports nothing, so the IIFE
// needs no global name (which would need `this`, undefined in a module script).
import './joint-statement-define.js';
