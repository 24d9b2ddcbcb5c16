/** pdfkit and fontkit expect Node's global `Buffer`; evaluated before they are. */
import { Buffer } from 'buffer';

const scope = globalThis as { Buffer?: typeof Buffer };
scope.Buffer ??= Buffer;
