package london.scrutiny.tracker;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.mongodb.client.MongoCollection;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.repository.CrudRepository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
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
