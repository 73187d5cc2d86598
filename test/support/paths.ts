// Where the built bundles are (npm test builds them first; jest's global setup builds them otherwise).
import { join } from 'node:path';

export const ROOT = join(__dirname, '../..');
/** The production bundle: exactly what `clasp push` ships. */
export const DIST = join(ROOT, 'dist');
/** The development bundle: the same code, accepting loopback MiniCRM hosts. */
export const DIST_DEV = join(ROOT, 'dist-dev');
