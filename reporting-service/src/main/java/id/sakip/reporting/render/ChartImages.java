package id.sakip.reporting.render;

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;

/**
 * The SVG of a chart as a PNG (Batik), for formats that cannot hold SVG (DOCX). The report's own DejaVu fonts are
 * registered with AWT first, so the picture uses the same letters as the PDF on a server without fonts installed.
 */
public final class ChartImages {

    /** Pixels per SVG unit: 640 units wide → 1600 px, sharp when printed 16 cm wide (≈ 250 dpi). */
    static final float SCALE = 2.5f;

    static {
        System.setProperty("java.awt.headless", "true");
        for (String file : new String[]{"fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf"}) {
            try (InputStream in = ChartImages.class.getClassLoader().getResourceAsStream(file)) {
                if (in != null) {
                    GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
                }
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("Cannot load the report font " + file, e);
            }
        }
    }

    private ChartImages() {
    }

    /** The PNG of an SVG drawing whose root has width/height attributes. */
    public static byte[] png(String svg, int width) {
        PNGTranscoder t = new PNGTranscoder();
        t.addTranscodingHint(PNGTranscoder.KEY_WIDTH, width * SCALE);
        t.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            t.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new UncheckedIOException(new IOException("Cannot draw the chart as PNG", e));
        }
        return out.toByteArray();
    }

    /** The width and height attributes of the SVG root, in SVG units. */
    static int[] size(String svg) {
        return new int[]{attribute(svg, "width"), attribute(svg, "height")};
    }

    private static int attribute(String svg, String name) {
        int i = svg.indexOf(' ' + name + "=\"");
        int start = i + name.length() + 3;
        return Integer.parseInt(svg.substring(start, svg.indexOf('"', start)));
    }
}
