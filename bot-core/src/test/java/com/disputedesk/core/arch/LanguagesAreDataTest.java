package com.disputedesk.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.arch.fixture.PicksChinese;
import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.kernel.UiLanguage;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * No code outside the i18n package picks a team language by its constant ({@code lang == UiLanguage.ZH ? ...}):
 * texts come from bundles and playbook maps by language code, so a new language needs no branch anywhere.
 * English may be named, as the fallback ({@link UiLanguage#FALLBACK}).
 */
class LanguagesAreDataTest {
    private static final String I18N = Glossary.class.getPackageName();

    /** Every language constant but the fallback, by name. */
    private static final Set<String> NAMED_LANGUAGES = Arrays.stream(UiLanguage.values())
            .filter(l -> l != UiLanguage.FALLBACK).map(Enum::name).collect(Collectors.toSet());

    static final ArchRule NO_LANGUAGE_PICKED_BY_CONSTANT = noClasses()
            .that().resideOutsideOfPackage(I18N + "..")
            .and().doNotBelongToAnyOf(UiLanguage.class)
            .should().accessFieldWhere(DescribedPredicate.describe(
                    "a UiLanguage constant other than the fallback " + UiLanguage.FALLBACK,
                    (JavaFieldAccess access) -> access.getTarget().getOwner().isEquivalentTo(UiLanguage.class)
                            && NAMED_LANGUAGES.contains(access.getTarget().getName())))
            .because("a team language is data: bundle files and playbook texts, looked up by language code");

    @Test
    void theCoreOutsideI18nNamesNoLanguageButTheFallback() {
        JavaClasses core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.disputedesk.core");

        NO_LANGUAGE_PICKED_BY_CONSTANT.check(core);
    }

    @Test
    void theRuleCatchesABranchOnALanguage() {
        JavaClasses fixture = new ClassFileImporter().importPackagesOf(PicksChinese.class);

        assertThat(NO_LANGUAGE_PICKED_BY_CONSTANT.evaluate(fixture).hasViolation()).isTrue();
    }
}
