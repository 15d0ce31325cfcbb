package london.scrutiny.tracker.importer;

/**
 * The unit of a drafted figure, in the vocabulary of the curated evidence
 * (mongo-init/seed/FORMAT.md).
 */
public enum FigureUnit {

	GBP, COUNT, PERCENT, PEOPLE, YEARS, MONTHS, DAYS

}
