/**
 * The letter importer's parsing half: from a response letter's text (as converted from
 * its PDF) to a {@link london.scrutiny.tracker.importer.LetterDraft} of structured
 * records for a clerk to check. Nothing here stores anything or needs Spring:
 * {@link london.scrutiny.tracker.importer.LetterParser} is plain Java,
 * {@link london.scrutiny.tracker.importer.ImportCli} prints a draft as JSON.
 * <p>
 * The parser knows the genre, not the corpus: the shapes committee asks take in an
 * answering letter, the issuers' letterhead, how money and periods are written. Every
 * quote it gives is cut from the input, so a clerk can find it in the letter.
 */
package london.scrutiny.tracker.importer;
