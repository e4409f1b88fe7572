package nl.werkkracht.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Core depends on the JDK only (STYLE.md): no framework, no JDBC, no JSON, no database driver, no CLI
 * library, and none of the modules that depend on core.
 */
class CoreArchitectureTest {

    private static final ArchRule CORE_IS_PURE_JAVA = noClasses()
            .that()
            .resideInAPackage("nl.werkkracht.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "java.sql..",
                    "javax.sql..",
                    "com.fasterxml..",
                    "org.flywaydb..",
                    "jakarta..",
                    "javax.persistence..",
                    "org.h2..",
                    "org.postgresql..",
                    "com.zaxxer..",
                    "info.picocli..",
                    "nl.werkkracht.statdata..",
                    "nl.werkkracht.store..",
                    "nl.werkkracht.app..")
            .because("core is pure Java: app -> {statdata, store} -> core");

    @Test
    void shouldDependOnNoFrameworkDatabaseOrOuterModule() {
        JavaClasses core = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                // also when the build folder is not target/ (-Dwk.build.root)
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("nl.werkkracht.core");

        assertThat(core).isNotEmpty();
        CORE_IS_PURE_JAVA.check(core);
    }

    @Test
    void shouldCatchAClassThatUsesJdbc() {
        JavaClasses violating = new ClassFileImporter().importClasses(JdbcInCore.class);

        assertThat(CORE_IS_PURE_JAVA.evaluate(violating).hasViolation()).isTrue();
    }

    /** A test-only class in a core package that breaks the rule, to show the rule can fail. */
    static final class JdbcInCore {
        java.sql.Connection connection;
    }
}
