package id.sakip.reporting.support;

import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

/** veraPDF, the reference validator of the PDF Association: the rules a PDF breaks for a given standard. */
public final class PdfStandards {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfStandards() {
    }

    /** The failed rules of PDF/A-3b ({@code PDFA_3_B}) or PDF/UA-1 ({@code PDFUA_1}); empty when the file complies. */
    public static List<String> violations(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                    .distinct().collect(Collectors.toList());
        } catch (ValidationException e) {
            throw new IllegalStateException("veraPDF could not validate the file", e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
