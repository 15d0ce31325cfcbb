package london.scrutiny.tracker.importer;

import java.util.List;

/** A programme the tracker already knows, by the names a letter may call it. */
public record KnownProgramme(String id, String name, List<String> aliases) {

	public KnownProgramme {
		aliases = (aliases == null) ? List.of() : List.copyOf(aliases);
	}

}
