package id.sakip.reporting.signature;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A PAdES signature made with the test office's certificate verifies, and no longer does after any change. */
class PdfSignerTest {

    private static final PdfSigner SIGNER = new PdfSigner(PdfSigner.load(Path.of("src/test/resources/signing/test-office.p12"),
            "test-only", Optional.empty()));

    private static byte[] signed() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return SIGNER.sign(out.toByteArray(), "Kantor Imigrasi", "Penerbitan LKjIP", "Tanjungpinang",
                    new GregorianCalendar(2025, 0, 15, 10, 0));
        }
    }

    @Test
    void aSignedReportVerifiesWithItsSignerTimeAndPlace() throws Exception {
        List<SignatureVerifier.Result> results = SignatureVerifier.verify(signed());
        assertEquals(1, results.size());
        SignatureVerifier.Result r = results.get(0);
        assertTrue(r.valid(), r.problems().toString());
        assertTrue(r.coversWholeFile());
        assertTrue(r.signer().contains("CN=Kantor Imigrasi Kelas I TPI Tanjungpinang (UJI)"), r.signer());
        assertEquals("Tanjungpinang", r.location());
        assertEquals(64, r.certificateSha256().length());
    }

    @Test
    void changingOneSignedByteBreaksTheSignature() throws Exception {
        byte[] pdf = signed();
        // a byte of the original content (the page dictionary at the start of the file), inside the signed range
        int at = indexOf(pdf, "/MediaBox".getBytes()) + 2;
        byte[] tampered = Arrays.copyOf(pdf, pdf.length);
        tampered[at] ^= 0x01;
        SignatureVerifier.Result r = SignatureVerifier.verify(tampered).get(0);
        assertFalse(r.valid());
        assertFalse(r.problems().isEmpty());
    }

    @Test
    void bytesAppendedAfterSigningAreDetected() throws Exception {
        byte[] pdf = signed();
        byte[] longer = Arrays.copyOf(pdf, pdf.length + 10);
        SignatureVerifier.Result r = SignatureVerifier.verify(longer).get(0);
        assertFalse(r.coversWholeFile());
        assertFalse(r.valid());
    }

    @Test
    void anUnsignedPdfHasNoSignature() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            assertTrue(SignatureVerifier.verify(out.toByteArray()).isEmpty());
        }
    }

    private static int indexOf(byte[] data, byte[] what) {
        outer:
        for (int i = 0; i <= data.length - what.length; i++) {
            for (int k = 0; k < what.length; k++) {
                if (data[i + k] != what[k]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
