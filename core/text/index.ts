// Vietnamese text rules, pure: shared by core and the renderer.
export * from './abbreviations.ts';
export * from './collate.ts';
export * from './dates.ts';
export * from './fold.ts';
export * from './normalize.ts';
export * from './numbers.ts';
export * from './typed-date.ts';
export * from './upper.ts';
