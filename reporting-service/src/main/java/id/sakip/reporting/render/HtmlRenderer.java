package id.sakip.reporting.render;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;

/** The report as XHTML (Qute template {@code report.html}); also the input of the PDF renderer. */
@ApplicationScoped
public class HtmlRenderer {

    private final Template report;

    public HtmlRenderer(@Location("report.html") Template report) {
        this.report = report;
    }

    public String render(Doc.Document doc) {
        return report.data("doc", doc).render();
    }
}
