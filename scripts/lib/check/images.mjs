// Images: the file exists, is a JPEG, PNG or WebP that decodes, at most 8,000 px a side and 20 MB, and
// carries alt text (and, for a photo, a credit). The same test serves frontmatter images and the
// images in an MDX body (![…](…) and <Foto src="…">).
import { existsSync, statSync } from 'node:fs';
import { dirname, extname, relative, resolve, sep } from 'node:path';
import sharp from 'sharp';
import { altText, fieldsOf, formatPath, imageExtensions, imageLimits, photoFolder, walkFields } from '../../../src/model/index.ts';
import { found } from '../../../src/schemas/plain.ts';
import { lineOf } from '../entries.mjs';

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
const cache = new Map();

/**
 * What is wrong with the image `src` as written in `file`, as { expected, found, todo }, or undefined.
 * Remote images are refused: the site ships every image itself.
 */
export function imageProblem(file, src) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
    return {
      expected: 'een beeldbestand in de site zelf, relatief aan dit bestand',
      found: src,
      todo: `zet het beeld in content/${photoFolder}/ en verwijs ernaar als ../${photoFolder}/naam.jpg.`,
    };
  }
  const path = resolve(dirname(file), src);
  let known = cache.get(path);
  if (!known) {
    known = inspect(path);
    cache.set(path, known);
  }
  return known.then((p) => p && { ...p, found: `${src} (${p.found})` });
}

async function inspect(path) {
  const shown = relative(process.cwd(), path);
  if (!existsSync(path)) {
    return {
      expected: 'een bestaand beeldbestand, relatief aan dit bestand',
      found: `niet gevonden: ${shown}`,
      todo: 'controleer de naam en de map (../photos/ of ../illustrations/), of draai npm run illustrate voor een tijdelijke illustratie.',
    };
  }
  if (!imageExtensions.includes(extname(path).toLowerCase())) {
    return {
      expected: `een beeld als ${imageExtensions.join(', ')}`,
      found: extname(path) || 'geen extensie',
      todo: 'sla het beeld op als JPEG (foto) of PNG (illustratie).',
    };
  }
  const { size } = statSync(path);
  if (size > imageLimits.maxBytes) {
    return {
      expected: `een beeld van hoogstens ${mb(imageLimits.maxBytes)}`,
      found: mb(size),
      todo: 'sla het beeld kleiner op (langste zijde 3000 px is ruim genoeg).',
    };
  }
  try {
    // The header alone, without sharp's pixel limit, so a giant image is reported by its size.
    const { width = 0, height = 0 } = await sharp(path, { limitInputPixels: false }).metadata();
    if (Math.max(width, height) > imageLimits.maxSide) {
      return {
        expected: `een beeld van hoogstens ${imageLimits.maxSide.toLocaleString('nl-NL')} px aan elke kant`,
        found: `${width} × ${height} px`,
        todo: 'verklein het beeld (langste zijde 3000 px is ruim genoeg) en sla het opnieuw op.',
      };
    }
    // Decoding the whole image (cheaply, to a thumbnail) finds truncated and damaged files the header hides.
    await sharp(path).resize(32).toBuffer();
  } catch (error) {
    return {
      expected: 'een beeldbestand dat te openen is',
      found: `kapot of geen beeld: ${error.message}`,
      todo: 'exporteer het beeld opnieuw als JPEG of PNG.',
    };
  }
  return undefined;
}

/** A photo lives in content/photos/ and needs a credit; an illustration does not. */
export const isPhoto = (file, src) => resolve(dirname(file), String(src)).split(sep).includes(photoFolder);

/** Alt text and credit of one image, as problems (without file and line). */
export function describedProblems(file, src, alt, credit, needsCredit = isPhoto(file, src)) {
  const out = [];
  const text = typeof alt === 'string' ? alt.trim() : '';
  if (text.length < altText.min) {
    out.push({
      field: 'alt',
      expected: `een alt-tekst van minstens ${altText.min} tekens die beschrijft wat er te zien is`,
      found: found(alt),
      todo: 'beschrijf wat er op het beeld te zien is, voor wie het niet kan zien ("Drie bewoners bij een warmtecamera").',
    });
  }
  if (needsCredit && !(typeof credit === 'string' && credit.trim().length >= 2)) {
    out.push({
      field: 'credit',
      expected: 'de naam van de fotograaf of de bron: elke foto heeft er een',
      found: found(credit),
      todo: 'vraag de redactie wie de foto maakte en zet die naam bij credit.',
    });
  }
  return out;
}

/** Every image field in the frontmatter or data of every entry. */
export async function checkDataImages(content, findings) {
  const jobs = [];
  for (const [name, entries] of Object.entries(content)) {
    for (const entry of entries) {
      if (!entry.data) continue;
      const key = entry.data.kind;
      for (const { path, field, value } of walkFields(fieldsOf(name, key), entry.data)) {
        if (field.type !== 'image' || !value || typeof value !== 'object' || typeof value.src !== 'string') continue;
        const at = (sub) => ({ file: entry.file, line: lineOf(entry, [...path, sub]), field: formatPath([...path, sub]) });
        // An illustration field (hero) has no room for a credit: a photo there belongs under `photo`.
        if (!('credit' in field.fields) && isPhoto(entry.file, value.src)) {
          findings.error({
            ...at('src'),
            expected: 'een getekende illustratie uit content/illustrations/',
            found: `een foto: ${value.src}`,
            todo: 'zet de foto onder photo: met alt en credit (zie de redactiegids), en laat dit veld naar de illustratie wijzen.',
          });
        }
        for (const p of describedProblems(entry.file, value.src, value.alt, value.credit)) {
          // alt is the schema's too; say it once, in the words of whichever check comes first.
          if (!findings.has(entry.file, at(p.field).field)) findings.error({ ...p, ...at(p.field) });
        }
        jobs.push(
          Promise.resolve(imageProblem(entry.file, value.src)).then((p) => {
            if (p) findings.error({ ...at('src'), ...p });
          }),
        );
      }
    }
  }
  await Promise.all(jobs);
}
