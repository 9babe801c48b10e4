/**
 * The visual editor for browser tests: npm run redactie on a throwaway copy of content/, and the steps
 * an editor takes in its forms. Decap names its inputs "<field>-field-<n>"; the tests find them so.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const editorUrl = 'http://127.0.0.1:4509/admin/';

export interface Editor {
  contentDir: string;
  stop: () => void;
}

/** Starts npm run redactie (ports 4509 and 4510) on a copy of content/; stop() ends it and removes the copy. */
export async function startEditor(): Promise<Editor> {
  // One fixed folder, emptied first: Astro keys its content cache by the content folder's path, and a
  // cache filled from another path points at images that are gone (the build then stops on them).
  const scratch = join(tmpdir(), 'buurkracht-editor-test');
  rmSync(scratch, { recursive: true, force: true });
  const contentDir = join(scratch, 'content');
  cpSync(join(repoRoot, 'content'), contentDir, { recursive: true });
  const child: ChildProcess = spawn(process.execPath, [join(repoRoot, 'scripts/redactie.mjs'), '--no-open'], {
    cwd: repoRoot,
    env: { ...process.env, BUURKRACHT_CONTENT: contentDir, PATH: `${join(repoRoot, 'node_modules/.bin')}${delimiter}${process.env.PATH}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`npm run redactie did not start:\n${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      if (output.includes('De redactie draait')) {
        clearTimeout(timer);
        ok();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', () => fail(new Error(`npm run redactie stopped:\n${output}`)));
  });
  return {
    contentDir,
    stop: () => {
      child.kill('SIGTERM');
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

/** Decap's input for a field, optionally inside another field's box. */
export const field = (scope: Page | Locator, name: string) => scope.locator(`[id^="${name}-field-"]`).first();

/** Chooses an option in a pick-list (a reference or a select) by its visible name. */
export async function choose(page: Page, name: string, option: string) {
  const input = field(page, name);
  await input.click();
  await input.fill(option);
  await page.getByRole('option', { name: option, exact: true }).first().click();
}

/** Logs in to the local backend (one button) and opens the form for a new entry. */
export async function newEntry(page: Page, collection: string) {
  await page.goto(editorUrl);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.goto(`${editorUrl}#/collections/${collection}/new`);
  await field(page, 'title').waitFor();
}

/** Uploads a photo through an image field's media library and uses it. */
export async function uploadPhoto(page: Page, scope: Locator, file: string) {
  await scope.getByRole('button', { name: 'Kies een afbeelding' }).click();
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByRole('button', { name: 'Gebruik selectie' }).click();
}

/** Saves the entry: the save button's menu, "Nu opslaan". */
export async function save(page: Page) {
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await page.getByText('Nu opslaan').click();
}
