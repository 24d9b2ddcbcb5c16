import { z } from 'zod';

// zod probes `new Function` to decide whether to compile parsers; under the CSP (no 'unsafe-eval') that probe is a
// reported violation. Interpreted parsing is fast enough here. Every module that builds a schema imports this file
// first, so the setting is in place before any schema exists, whatever order the bundler's chunks run in.
z.config({ jitless: true });
