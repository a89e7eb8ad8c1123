package org.mutualportal.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.strayed.StrayedModuleService;

/**
 * The architecture rules can fail: a module class that uses a core type or the core's persistence unit is
 * refused, while one that keeps to the module API passes. Without this, a rule that matched nothing (a package
 * renamed, a predicate inverted) would pass forever.
 */
class ModuleApiRuleTest {

    @Test
    void aModuleClassUsingACoreTypeIsRefused() {
        JavaClasses classes = new ClassFileImporter().importClasses(StrayedModuleService.class);

        EvaluationResult result = ArchitectureTest.modulesUseTheCoreOnlyThroughTheApi.evaluate(classes);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("MemberScope"));
    }

    @Test
    void aModuleFieldOnTheCoresPersistenceUnitIsRefused() {
        JavaClasses classes = new ClassFileImporter().importClasses(StrayedModuleService.class);

        EvaluationResult result = ArchitectureTest.modulesKeepOutOfTheCoresTables.evaluate(classes);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("StrayedModuleService.em"));
    }

    @Test
    void aModuleClassUsingTheApiPasses() {
        JavaClasses classes = new ClassFileImporter().importClasses(ApiOnly.class, MemberContext.class);

        assertThat(ArchitectureTest.modulesUseTheCoreOnlyThroughTheApi.evaluate(classes).hasViolation()).isFalse();
    }

    /** Stands for a module class that keeps to the API. */
    static class ApiOnly {
        MemberContext context;
    }
}
