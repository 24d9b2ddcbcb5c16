/**
 * What the dossier screen loads, with a dynamic `import()`, when the user asks for the draft as a Word file: the
 * writer (and with it the `docx` library, its own lazy chunk) and the read-back check.
 */
export { readBackDocx } from './read-back-docx';
export { writeDossierDocx } from './write-dossier-docx';
