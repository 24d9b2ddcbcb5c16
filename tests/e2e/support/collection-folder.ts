/**
 * For the collection's benchmarks: a folder of `count` generated assessment files (scripts/generate-collection.mjs),
 * made once and kept in the temporary folder for the next run, shared by every benchmark that needs that many.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');

export function collectionFolder(count: number): string {
  const folder = path.join(tmpdir(), `egov-collection-benchmark-${count}`);
  const present = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.json')).length : 0;
  if (present !== count) {
    execFileSync('node', ['scripts/generate-collection.mjs', '--count', String(count), '--out', folder, '--force'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  return folder;
}
