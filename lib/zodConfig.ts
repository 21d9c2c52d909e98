// zod, configured once for the extension: jitless, so parsing never compiles code with the
// Function constructor (Firefox's add-on rules treat it as eval, and extension pages' CSP forbids
// it anyway). Schema modules import `z` from here, never from 'zod' directly.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
