/** Where images live and what the site accepts, for the schemas, the check and the scaffold. */

/** content/photos/: photographs, each with alt text and a credit. */
export const photoFolder = 'photos';
/** content/illustrations/: drawn (or generated) illustrations, the fallback when there is no photo. */
export const illustrationFolder = 'illustrations';

export const imageExtensions = ['.jpg', '.jpeg', '.png', '.webp'] as const;

/** Larger images are refused: phones cannot decode them and the build would ship the original. */
export const imageLimits = {
  maxSide: 8000,
  maxBytes: 20 * 1024 * 1024,
} as const;

/** Alt text lengths, for the schema and the hint. */
export const altText = { min: 10, max: 250 } as const;
