package com.disputedesk.app.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.disputedesk.core.kernel.UiLanguage;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How the modules may lean on each other: adapters reach the core only through its public entry points (the bot,
 * the chat records, the command declarations, the kernel's value types, the message bundles and the delivery
 * ledger port), only the core's store package and the composition root speak JDBC, and no module picks a team
 * language by its constant.
 */
class ModuleBoundariesTest {
    /** The core packages an adapter may use; every other core package is the engine's own business. */
    private static final String[] CORE_ENTRY_POINTS = {
        "com.disputedesk.core.bot..", "com.disputedesk.core.chat..", "com.disputedesk.core.kernel..",
        "com.disputedesk.core.i18n..", "com.disputedesk.core.delivery..", "com.disputedesk.core.text.."};

    private static JavaClasses all;

    @BeforeAll
    static void importModules() {
        all = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // The adapters' test kits reach bot-app as test jars, which the option above does not know.
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("com.disputedesk");
    }

    @Test
    void adaptersUseOnlyTheCoresEntryPoints() {
        noClasses().that().resideInAnyPackage("com.disputedesk.telegram..", "com.disputedesk.discord..")
                .should().dependOnClassesThat(resideInAPackage("com.disputedesk.core..")
                        .and(resideOutsideOfPackages(CORE_ENTRY_POINTS)))
                .check(all);
    }

    @Test
    void onlyTheStoreAndTheCompositionRootSpeakJdbc() {
        noClasses().that().resideOutsideOfPackages("com.disputedesk.core.store..", "com.disputedesk.app..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.flywaydb..",
                        "com.zaxxer.hikari..", "org.sqlite..", "org.postgresql..")
                .check(all);
    }

    @Test
    void noAdapterKnowsAnotherAdapter() {
        noClasses().that().resideInAPackage("com.disputedesk.telegram..")
                .should().dependOnClassesThat().resideInAPackage("com.disputedesk.discord..")
                .check(all);
        noClasses().that().resideInAPackage("com.disputedesk.discord..")
                .should().dependOnClassesThat().resideInAPackage("com.disputedesk.telegram..")
                .check(all);
    }

    @Test
    void noModuleOutsideTheLanguageTypesPicksATeamLanguageByConstant() {
        noClasses().that().resideOutsideOfPackage("com.disputedesk.core.i18n..")
                .and().doNotBelongToAnyOf(UiLanguage.class)
                .should().accessFieldWhere(DescribedPredicate.describe(
                        "a UiLanguage constant other than the fallback " + UiLanguage.FALLBACK,
                        (JavaFieldAccess access) -> access.getTarget().getOwner().isEquivalentTo(UiLanguage.class)
                                && !access.getTarget().getName().equals("FALLBACK")
                                && !access.getTarget().getName().equals(UiLanguage.FALLBACK.name())
                                && access.getTarget().getRawType().isEquivalentTo(UiLanguage.class)))
                .because("a team language is data: bundle files and playbook texts, looked up by language code")
                .check(all);
    }
}
