package com.disputedesk.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.disputedesk.core.team.Team;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core knows no chat platform, reads time only from an injected clock, and is layered: a kernel of shared
 * value types, feature packages that never import each other in a circle, and one store package that alone
 * speaks JDBC.
 */
class CoreBoundariesTest {
    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.disputedesk.core");
    }

    @Test
    void coreDoesNotKnowTelegramOrDiscord() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.telegram..", "net.dv8tion..")
                .check(core);
    }

    @Test
    void coreDoesNotReadTheWallClock() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .check(core);
    }

    @Test
    void noPackageOfTheCoreDependsOnItselfInACircle() {
        slices().matching("com.disputedesk.core.(**)").should().beFreeOfCycles().check(core);
    }

    @Test
    void theKernelDependsOnNoOtherPartOfTheCore() {
        classes().that().resideInAPackage("com.disputedesk.core.kernel..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("com.disputedesk.core.kernel..", "java..")
                .check(core);
    }

    @Test
    void onlyTheStorePackageSpeaksJdbc() {
        noClasses().that().resideOutsideOfPackage("com.disputedesk.core.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.flywaydb..",
                        "com.zaxxer.hikari..", "org.sqlite..", "org.postgresql..")
                .check(core);
    }

    @Test
    void theTeamsZoneNowIsResolvedInOnePlace() {
        noClasses().that().resideOutsideOfPackage("com.disputedesk.core.team")
                .should().callMethod(Team.class, "zone")
                .because("a zone changed with /settings must reach every deadline: read TeamSettings.zone or Turn.zone")
                .check(core);
    }
}
