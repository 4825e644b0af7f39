// Imported by the hydrating bundle's entry before the element is defined: defining it
// upgrades the elements already parsed, which then find their declarative roots.
import { declarativeRoots } from './declarative-root.js';

declarativeRoots.hydrate = true;
