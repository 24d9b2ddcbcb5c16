import { z } from 'zod';

// zod probes `new Function` to decide whether to compile parsers; under the CSP (no 'unsafe-eval') that probe is a
// reported violation. Interpreted parsing is fast enough here.
z.config({ jitless: true });
