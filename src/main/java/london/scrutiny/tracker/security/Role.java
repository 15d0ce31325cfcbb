package london.scrutiny.tracker.security;

/** What a token may do; each role includes the ones before it. */
public enum Role {

	/** Records letters, responses and assessments. */
	CLERK,
	/** Also records reports, asks, deadline revisions, programmes and evidence. */
	EDITOR,
	/** Also manages tokens and reads the audit trail. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
