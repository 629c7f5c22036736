package id.sakip.reporting.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkdownTest {

    @Test
    void paragraphsListsAndEmphasisBecomeWellFormedXhtml() {
        assertEquals("<p>Capaian <strong>112,03%</strong> &lt;baik&gt;</p><ol><li>Satu</li><li><em>Dua</em></li></ol>",
                Markdown.toHtml("Capaian **112,03%** <baik>\n\n1. Satu\n2. *Dua*"));
    }

    @Test
    void percentagesAndMoneyUseTheIndonesianLocale() {
        assertEquals("111,11%", Fmt.pct(new java.math.BigDecimal("111.111")));
        assertEquals("Rp 26.855.838.000", Fmt.rp(26855838000L));
        assertEquals("3,1 (Indeks)", Fmt.inUnit(new java.math.BigDecimal("3.10"), "INDEX"));
        assertEquals("90%", Fmt.inUnit(new java.math.BigDecimal("90"), "PERCENT"));
    }
}
