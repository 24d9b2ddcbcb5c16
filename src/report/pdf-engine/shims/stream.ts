/**
 * The part of Node's `stream` that pdfkit uses: its PDFDocument extends `Readable` and `push`es each chunk of the
 * file, then `null`. Chunks pushed before anyone listens (pdfkit writes the header in its constructor) are kept
 * and handed to the first 'data' listener, as a Node stream in paused mode would.
 */
import { EventEmitter } from 'events';

export class Readable extends EventEmitter {
  private pending: unknown[] = [];
  private isFlowing = false;

  override on(event: string | symbol, listener: (...args: unknown[]) => void): this {
    super.on(event, listener);
    if (event === 'data' && !this.isFlowing) {
      this.isFlowing = true;
      const pending = this.pending;
      this.pending = [];
      for (const chunk of pending) this.emit('data', chunk);
    }
    return this;
  }

  push(chunk: unknown): boolean {
    if (chunk === null) this.emit('end');
    else if (this.isFlowing) this.emit('data', chunk);
    else this.pending.push(chunk);
    return true;
  }
}

export default { Readable };
