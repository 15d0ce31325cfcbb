package london.scrutiny.tracker.importer;

import java.util.List;

import london.scrutiny.tracker.programme.Programmes;

import org.springframework.stereotype.Component;

/**
 * The programmes the store knows, with their aliases, for the reader to match mentions
 * against.
 */
@Component
class KnownProgrammes {

	private final Programmes programmes;

	KnownProgrammes(Programmes programmes) {
		this.programmes = programmes;
	}

	/** Read per draft, so a programme recorded a minute ago is matched too. */
	List<KnownProgramme> all() {
		return this.programmes.all().stream().map((p) -> new KnownProgramme(p.id(), p.name(), p.aliases())).toList();
	}

}
