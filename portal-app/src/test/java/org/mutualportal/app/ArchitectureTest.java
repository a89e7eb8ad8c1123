package org.mutualportal.app;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The house rules of the architecture, checked on every module the WAR assembles: arrows point to the module
 * API only. The core implements the API and names no module; a module uses the core only through the API
 * ({@code org.mutualportal.api}, {@code org.mutualportal.spi}) and never uses another module's classes (it
 * asks {@code Modules.isEnabled} and links to its pages). {@link ModuleApiRuleTest} shows each rule failing on a
 * class that breaks it.
 */
@AnalyzeClasses(packages = "org.mutualportal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String[] API = {"org.mutualportal.api..", "org.mutualportal.spi.."};
    static final String[] SHARED = {"org.mutualportal.api..", "org.mutualportal.spi..", "org.mutualportal.core.."};

    @ArchTest
    static final ArchRule theCoreNamesNoModule = noClasses()
            .that().resideInAPackage("org.mutualportal.core..")
            .should().dependOnClassesThat(resideInAPackage("org.mutualportal..")
                    .and(not(resideInAnyPackage(SHARED))))
            .as("the core depends on no module");

    @ArchTest
    static final ArchRule theApiNamesNeitherCoreNorModule = noClasses()
            .that().resideInAnyPackage(API)
            .should().dependOnClassesThat(resideInAPackage("org.mutualportal..").and(not(resideInAnyPackage(API))))
            .as("the module API depends on nothing of the portal but itself");

    @ArchTest
    static final ArchRule modulesUseTheCoreOnlyThroughTheApi = noClasses()
            .that().resideInAPackage("org.mutualportal..").and().resideOutsideOfPackages(SHARED)
            .should().dependOnClassesThat(resideInAPackage("org.mutualportal.core.."))
            .as("modules use the core only through the module API (org.mutualportal.api, org.mutualportal.spi)");

    @ArchTest
    static final ArchRule modulesKeepOutOfTheCoresTables = fields()
            .that().areDeclaredInClassesThat().resideOutsideOfPackages(SHARED)
            .and().areAnnotatedWith(PersistenceContext.class)
            .should(nameTheirOwnPersistenceUnit())
            .as("modules never open the core's persistence unit");

    @ArchTest
    static final ArchRule modulesDoNotUseEachOther = slices()
            .matching("org.mutualportal.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(alwaysTrue(), resideInAnyPackage(SHARED))
            .ignoreDependency(resideInAnyPackage(SHARED), alwaysTrue())
            .as("modules depend on the module API only, never on each other");

    private static ArchCondition<JavaField> nameTheirOwnPersistenceUnit() {
        return new ArchCondition<>("name a persistence unit other than the core's") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                String unit = field.getAnnotationOfType(PersistenceContext.class).unitName();
                if (unit.equals("core")) {
                    events.add(SimpleConditionEvent.violated(field, field.getFullName() + " opens the core's persistence unit"));
                }
            }
        };
    }

    /**
     * Session- and view-scoped beans live in the HTTP session, which a cluster replicates by serializing it
     * (docs/cluster.md): such a bean must be Serializable, and each of its fields must be serializable, transient,
     * or injected (Weld itself refuses, at deployment, an injected bean that cannot be passivated). Optional, for
     * one, is not serializable. ClusterIT proves the same on real sessions moving between instances.
     */
    @ArchTest
    static final ArchRule sessionStateIsSerializable = classes()
            .that().areAnnotatedWith("jakarta.enterprise.context.SessionScoped")
            .or().areAnnotatedWith("jakarta.faces.view.ViewScoped")
            .or().areAnnotatedWith("jakarta.enterprise.context.ConversationScoped")
            .or().areAnnotatedWith("jakarta.faces.flow.FlowScoped")
            .should().implement(Serializable.class)
            .andShould(haveOnlySerializableState())
            .as("session- and view-scoped beans are serializable, field by field");

    private static ArchCondition<JavaClass> haveOnlySerializableState() {
        return new ArchCondition<>("have only serializable, transient or injected fields") {
            @Override
            public void check(JavaClass bean, ConditionEvents events) {
                for (JavaField field : bean.getAllFields()) {
                    if (!field.getOwner().isAssignableTo(Serializable.class)
                            || field.getModifiers().contains(JavaModifier.STATIC)
                            || field.getModifiers().contains(JavaModifier.TRANSIENT)
                            || field.isAnnotatedWith("jakarta.inject.Inject")
                            || isSerializable(field.getRawType())) {
                        continue;
                    }
                    events.add(SimpleConditionEvent.violated(field, field.getFullName() + " of type "
                            + field.getRawType().getName() + " is neither serializable, transient nor injected"));
                }
            }
        };
    }

    /** Primitives, serializable classes and the collection interfaces (whose JDK implementations are serializable). */
    private static boolean isSerializable(JavaClass type) {
        return type.isPrimitive() || type.isArray() && isSerializable(type.getComponentType())
                || type.isAssignableTo(Serializable.class)
                || List.of(List.class, Set.class, Map.class, Collection.class).stream().anyMatch(type::isEquivalentTo);
    }
}
