package org.dyad.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layering DESIGN.md asks for: stages never import each other; CoreNLP stays in annotate. */
class ArchitectureTest {
    private static final JavaClasses DYAD = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.dyad");

    private static final String[] STAGES = {"clean", "annotate", "dates", "actors", "events", "factuality", "quotes", "locations"};

    @Test
    void stagePackagesDoNotDependOnEachOther() {
        for (String a : STAGES) {
            for (String b : STAGES) {
                if (a.equals(b)) continue;
                noClasses().that().resideInAPackage("org.dyad." + a + "..")
                        .should().dependOnClassesThat().resideInAPackage("org.dyad." + b + "..")
                        .because("stages meet only in org.dyad.pipeline").check(DYAD);
            }
        }
    }

    @Test
    void onlyTheAnnotateStageImportsCoreNlp() {
        noClasses().that().resideOutsideOfPackage("org.dyad.annotate..")
                .should().dependOnClassesThat().resideInAPackage("edu.stanford.nlp..")
                .check(DYAD);
    }

    @Test
    void articleRecordsDependOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("org.dyad.article..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.dyad.article..", "java..")
                .check(DYAD);
    }

    @Test
    void knowledgeDependsOnNothingButTheJdkAndWordNet() {
        noClasses().that().resideInAPackage("org.dyad.knowledge..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.dyad.knowledge..", "java..", "net.sf.extjwnl..")
                .because("every stage reads knowledge, so knowledge reads no stage (WordNet, a lexical database, is knowledge)").check(DYAD);
    }

    @Test
    void clauseViewDependsOnlyOnArticleAndKnowledge() {
        noClasses().that().resideInAPackage("org.dyad.clause..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.dyad.clause..", "org.dyad.article..",
                        "org.dyad.knowledge..", "java..")
                .because("events, factuality and dates all read the clause view, so it reads no stage").check(DYAD);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.dyad.(*)..").should().beFreeOfCycles().check(DYAD);
    }
}
