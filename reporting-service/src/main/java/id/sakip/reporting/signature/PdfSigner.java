package id.sakip.reporting.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Signs a published PDF with the office's certificate as a PAdES baseline-B signature: an incremental update with
 * a detached CMS signature (ETSI.CAdES.detached) that carries the signing certificate and its ESS
 * signing-certificate-v2 attribute, over every byte of the file except the signature itself. PDF/A-3 stays PDF/A-3.
 */
@ApplicationScoped
public class PdfSigner {

    /** Room for the CMS signature in the file (a 4096-bit RSA signature with a certificate chain fits easily). */
    private static final int SIGNATURE_SIZE = 24_000;

    private final Optional<Key> key;

    @Inject
    public PdfSigner(SigningConfig config) {
        this.key = config.keystore().map(path -> load(path, config.password().orElse(""), config.alias()));
    }

    PdfSigner(Key key) {
        this.key = Optional.of(key);
    }

    /** A private key with its certificate chain (signer first). */
    public record Key(PrivateKey privateKey, List<X509Certificate> chain) {
    }

    public boolean enabled() {
        return key.isPresent();
    }

    /** The signed PDF, or the PDF as it is when no certificate is configured. */
    public byte[] sign(byte[] pdf, String signerName, String reason, String location, Calendar when) {
        if (key.isEmpty()) {
            return pdf;
        }
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream();
             SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signerName);
            signature.setReason(reason);
            signature.setLocation(location);
            signature.setSignDate(when);
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            doc.addSignature(signature, content -> cms(content, key.get()), options);
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not sign the PDF", e);
        }
    }

    private static byte[] cms(InputStream content, Key key) throws IOException {
        try {
            X509Certificate cert = key.chain().get(0);
            String algorithm = key.privateKey().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            ContentSigner signer = new JcaContentSignerBuilder(algorithm).build(key.privateKey());
            ESSCertIDv2 certId = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                    MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()));
            Attribute signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[]{certId})));
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(
                            new AttributeTable(new DERSet(signingCertificate))))
                    .build(signer, cert));
            gen.addCertificates(new JcaCertStore(key.chain()));
            CMSSignedData signed = gen.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
            return signed.getEncoded();
        } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException
                 | org.bouncycastle.cms.CMSException e) {
            throw new IOException("Could not make the CMS signature", e);
        }
    }

    static Key load(java.nio.file.Path path, String password, Optional<String> alias) {
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password.toCharArray());
            String name = alias.orElseGet(() -> Collections.list(aliases(ks)).stream().filter(a -> isKey(ks, a)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("The keystore " + path + " holds no private key")));
            PrivateKey pk = (PrivateKey) ks.getKey(name, password.toCharArray());
            Certificate[] chain = ks.getCertificateChain(name);
            if (pk == null || chain == null) {
                throw new IllegalStateException("The keystore " + path + " has no key entry '" + name + "'");
            }
            return new Key(pk, Arrays.stream(chain).map(c -> (X509Certificate) c).toList());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the signing keystore " + path + ": " + e.getMessage(), e);
        }
    }

    private static java.util.Enumeration<String> aliases(KeyStore ks) {
        try {
            return ks.aliases();
        } catch (java.security.KeyStoreException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isKey(KeyStore ks, String alias) {
        try {
            return ks.isKeyEntry(alias);
        } catch (java.security.KeyStoreException e) {
            return false;
        }
    }
}
