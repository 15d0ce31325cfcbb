package london.scrutiny.tracker;

import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceRule;
import com.tngtech.archunit.core.importer.ImportOption;
import com.mongodb.client.MongoCollection;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Rules of the code's shape that keep its promises true as it grows. */
class ArchitectureTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("london.scrutiny.tracker");

	private static final Set<String> WRITES = Set.of("insert", "insertAll", "insertMany", "insertOne", "save",
			"saveAll", "updateFirst", "updateMulti", "upsert", "findAndModify", "findAndReplace", "replaceOne",
			"updateOne", "updateMany", "remove", "delete", "deleteAll", "deleteById", "deleteOne", "deleteMany",
			"bulkWrite", "dropCollection");

	/**
	 * Every write is audited and made durable: features write only through the store's
	 * write path. The store itself, the audit trail and the token store are where writing
	 * is implemented.
	 */
	@Test
	void onlyTheWritePathWritesToMongoDb() {
		noClasses().that()
			.resideOutsideOfPackages("..tracker.store..", "..tracker.audit..", "..tracker.security..")
			.should()
			.callMethodWhere(DescribedPredicate.describe("a MongoDB write",
					(JavaMethodCall call) -> WRITES.contains(call.getName())
							&& (call.getTargetOwner().isAssignableTo(MongoTemplate.class)
									|| call.getTargetOwner().isAssignableTo(MongoCollection.class)
									|| call.getTargetOwner().isAssignableTo(CrudRepository.class))))
			.because("writes must go through store.Writes, which audits them and commits them before acknowledging")
			.check(MAIN);
	}

	/**
	 * A feature's repositories are its own storage: other features read it through the
	 * feature's one public lookup ({@code Asks}, {@code Responses}, {@code Documents},
	 * {@code EvidenceService}, {@code Organisations}, {@code Programmes}), so what it
	 * stores and how can change without them.
	 */
	@Test
	void aFeaturesRepositoriesAreUsedByThatFeatureOnly() {
		classes().should(new ArchCondition<JavaClass>("use only their own feature's repositories") {
			@Override
			public void check(JavaClass user, ConditionEvents events) {
				for (Dependency dependency : user.getDirectDependenciesFromSelf()) {
					JavaClass target = dependency.getTargetClass();
					String feature = target.getPackageName();
					boolean own = user.getPackageName().equals(feature)
							|| user.getPackageName().startsWith(feature + ".");
					if (isRepository(target) && feature.startsWith("london.scrutiny.tracker") && !own) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}
		}).check(MAIN);
	}

	private static boolean isRepository(JavaClass type) {
		return type.isInterface()
				&& type.getAllRawInterfaces().stream().anyMatch((i) -> i.getName().equals(Repository.class.getName()));
	}

	/** The shared support package serves every feature and depends on none. */
	@Test
	void supportDependsOnNoFeature() {
		classes().that()
			.resideInAPackage("..tracker.support..")
			.should()
			.onlyDependOnClassesThat()
			.resideOutsideOfPackages("..tracker.report..", "..tracker.ask..", "..tracker.letter..",
					"..tracker.response..", "..tracker.programme..", "..tracker.evidence..", "..tracker.ask..",
					"..tracker.search..", "..tracker.actions..", "..tracker.importer..", "..tracker.security..",
					"..tracker.audit..", "..tracker.organisation..", "..tracker.document..", "..tracker.store..")
			.check(MAIN);
	}

	/**
	 * Feature packages form no dependency cycle, except through the edges below, each a
	 * link the domain really has in both directions (a GraphQL field from one feature's
	 * type to another's, or a record that belongs to both). A new cycle fails the build
	 * until it is removed or listed here with its reason.
	 */
	private static final Map<String, String> ALLOWED_BACK_EDGES = Map.of(
			// The audit trail names who wrote (security.Actor); token writes are audited.
			"security->audit", "token writes are audited, and ADMINs read the trail through the security API",
			// Themes and organisations are the shared vocabulary; Theme's GraphQL fields
			// list the
			// asks and documents filed under it.
			"organisation->ask", "the Theme type's recommendations field", "organisation->document",
			"the Theme type's documents field",
			// An ask's state is made of its answers (response) and is shown with the
			// programmes
			// and figures they cite.
			"ask->response", "an ask's status and timeline are folded from its answers (AsOfView)", "ask->programme",
			"the Recommendation type's programmes field", "ask->evidence", "the Recommendation type's evidence field",
			// Answers cite programmes and figures; programmes list the answers and
			// figures that
			// name them.
			"response->programme", "the Response type's programmes field", "response->evidence",
			"the Response type's evidence field", "programme->evidence", "the Programme type's evidence field");

	@Test
	void featurePackagesFormNoCycleBeyondTheListedEdges() {
		SliceRule rule = slices().matching("london.scrutiny.tracker.(*)..").should().beFreeOfCycles();
		for (String edge : ALLOWED_BACK_EDGES.keySet()) {
			String[] ends = edge.split("->");
			rule = rule.ignoreDependency(JavaClass.Predicates.resideInAPackage("..tracker." + ends[0] + ".."),
					JavaClass.Predicates.resideInAPackage("..tracker." + ends[1] + ".."));
		}
		rule.check(MAIN);
	}

	/** Controllers are entry points: nothing in the application calls one. */
	@Test
	void noClassDependsOnAController() {
		noClasses().should()
			.dependOnClassesThat(DescribedPredicate.describe("controllers",
					(JavaClass type) -> !type.isAnnotation()
							&& type.isMetaAnnotatedWith(org.springframework.stereotype.Controller.class)))
			.check(MAIN);
	}

}
