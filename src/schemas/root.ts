/** Where the collections live. BUURKRACHT_CONTENT lets tests build fixture content instead. */
export const contentRoot = process.env.BUURKRACHT_CONTENT ?? './content';
