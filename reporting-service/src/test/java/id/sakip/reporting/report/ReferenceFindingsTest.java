package id.sakip.reporting.report;

import id.sakip.reporting.finding.Finding;
import id.sakip.reporting.support.FakeServicesResource;
import id.sakip.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeServicesResource.class, restrictToAnnotatedClass = false)
class ReferenceFindingsTest {

    @Inject
    ReportAssembler assembler;
    @Inject
    ReportService reports;

    @Test
    void probe() {
        List<Finding> f = reports.evaluate(assembler.assemble("408103", 2024));
        for (Finding x : f) {
            System.out.println("PROBE " + x.rule() + " | " + x.importance() + " | " + x.where() + " | " + x.context() + " | " + x.message()
                + " | L=" + x.left().value() + " " + x.left().source() + " | R=" + x.right().value() + " " + x.right().source());
        }
    }
}
