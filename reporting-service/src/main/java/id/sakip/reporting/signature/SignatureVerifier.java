package id.sakip.reporting.signature;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Checks the signatures of a PDF: the CMS signature over the signed byte ranges, and that those ranges cover the
 * whole file but the signature itself (so nothing was appended or changed after signing). It says who signed and
 * when; whether the certificate is trusted is for the reader to decide from its fingerprint.
 */
public final class SignatureVerifier {

    private SignatureVerifier() {
    }

    /** One signature of the file. */
    public record Result(String signer, String certificateSha256, Instant signedAt, String reason, String location,
                         boolean coversWholeFile, boolean valid, List<String> problems) {
    }

    public static List<Result> verify(byte[] pdf) {
        List<Result> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDSignature sig : doc.getSignatureDictionaries()) {
                out.add(verify(pdf, sig));
            }
        } catch (IOException e) {
            out.add(new Result(null, null, null, null, null, false, false, List.of("Berkas PDF tidak dapat dibaca: " + e.getMessage())));
        }
        return out;
    }

    private static Result verify(byte[] pdf, PDSignature sig) throws IOException {
        List<String> problems = new ArrayList<>();
        int[] range = sig.getByteRange();
        boolean whole = range.length == 4 && range[0] == 0 && range[2] + range[3] == pdf.length;
        if (!whole) {
            problems.add("Tanda tangan tidak mencakup seluruh berkas: ada perubahan setelah penandatanganan");
        }
        String signer = null;
        String fingerprint = null;
        boolean valid = false;
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(sig.getSignedContent(pdf)), sig.getContents(pdf));
            SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(info.getSID()).iterator().next();
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(holder);
            signer = cert.getSubjectX500Principal().getName();
            fingerprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()));
            valid = info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
            if (!valid) {
                problems.add("Isi berkas tidak cocok dengan tanda tangan");
            }
        } catch (CMSException | CertificateException | OperatorCreationException | NoSuchAlgorithmException
                 | RuntimeException e) {
            problems.add("Tanda tangan tidak dapat diverifikasi: " + e.getMessage());
        }
        return new Result(signer, fingerprint, sig.getSignDate() == null ? null : sig.getSignDate().toInstant(), sig.getReason(),
                sig.getLocation(), whole, valid && whole, problems);
    }
}
