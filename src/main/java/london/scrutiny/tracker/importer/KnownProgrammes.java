package london.scrutiny.tracker.importer;

import java.util.List;

import london.scrutiny.tracker.programme.ProgrammeRepository;

import org.springframework.stereotype.Component;

/**
 * The programmes the store knows, with their aliases, for the reader to match mentions
 * against.
 */
@Component
class KnownProgrammes {

	private final ProgrammeRepository programmes;

	KnownProgrammes(ProgrammeRepository programmes) {
		this.programmes = programmes;
	}

	/** Read per draft, so a programme recorded a minute ago is matched too. */
	List<KnownProgramme> all() {
		return this.programmes.findAll()
			.stream()
			.map((p) -> new KnownProgramme(p.id(), p.name(), p.aliases()))
			.toList();
	}

}
