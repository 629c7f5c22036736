package id.sakip.reporting.render;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.GregorianCalendar;
import java.util.Map;

/**
 * XHTML → PDF with openhtmltopdf: A4, page numbers, table of contents with page numbers, embedded DejaVu Sans.
 * The file is PDF/A-3b (archivable: fonts embedded, sRGB output intent, XMP metadata) and tagged for
 * accessibility (PDF/UA), and carries the report's data as an associated JSON file, so an archive keeps the
 * figures in machine-readable form inside the very document that was signed.
 */
@ApplicationScoped
public class PdfRenderer {

    /** A file carried inside the PDF (PDF/A-3 "associated file"). */
    public record Attachment(String name, String mimeType, String description, byte[] content) {
    }

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    public byte[] render(String xhtml) {
        return render(xhtml, null);
    }

    public byte[] render(String xhtml, Attachment attachment) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_B);
        builder.usePdfUaAccessibility(true);
        builder.useColorProfile(SRGB);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.useFont(() -> font("fonts/DejaVuSans.ttf"), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.withHtmlContent(xhtml, null);
        // Laid out and attached to in memory, written once.
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer(); PDDocument doc = renderer.createPDFKeepOpen();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (attachment != null) {
                attach(doc, attachment);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the PDF", e);
        }
    }

    private static void attach(PDDocument doc, Attachment a) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(a.content()));
        file.setSubtype(a.mimeType());
        file.setSize(a.content().length);
        GregorianCalendar now = new GregorianCalendar();
        file.setCreationDate(now);
        file.setModDate(now);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(a.name());
        spec.setFileUnicode(a.name());
        spec.setFileDescription(a.description());
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.getCOSObject().setItem(COSName.getPDFName("AFRelationship"), COSName.getPDFName("Data"));
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(a.name(), spec));
        PDDocumentNameDictionary names = catalog.getNames() == null ? new PDDocumentNameDictionary(catalog) : catalog.getNames();
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
        COSArray af = new COSArray();
        af.add(spec);
        catalog.getCOSObject().setItem(COSName.getPDFName("AF"), af);
    }

    private static InputStream font(String path) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Font " + path + " is missing from the application");
        }
        return in;
    }
}
