package org.mutualportal.app;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house rules of the architecture, checked on every module the WAR assembles: arrows point to the core
 * only. The core never names a module; a module never uses another module's classes (it asks the registry
 * whether that module is on and links to its pages).
 */
@AnalyzeClasses(packages = "org.mutualportal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theCoreNamesNoModule = noClasses()
            .that().resideInAPackage("org.mutualportal.core..")
            .should().dependOnClassesThat(resideInAPackage("org.mutualportal..")
                    .and(not(resideInAPackage("org.mutualportal.core.."))))
            .as("the core depends on no module");

    @ArchTest
    static final ArchRule modulesDoNotUseEachOther = slices()
            .matching("org.mutualportal.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(), resideInAPackage("org.mutualportal.core.."))
            .as("modules depend on the core only, never on each other");
}
