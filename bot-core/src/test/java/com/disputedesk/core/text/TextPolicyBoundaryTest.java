package com.disputedesk.core.text;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The text policy stands alone, so any parser (a dialog step, a command argument) can call it. */
class TextPolicyBoundaryTest {

    @Test
    void textPolicyDependsOnNothingElseInTheCore() {
        classes().that().resideInAPackage("com.disputedesk.core.text..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("com.disputedesk.core.text..", "java..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("com.disputedesk.core.text"));
    }
}
