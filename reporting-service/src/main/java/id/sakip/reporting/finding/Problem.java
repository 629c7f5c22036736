package id.sakip.reporting.finding;

import java.util.List;

/**
 * Findings with one root cause, counted once: the same wrong figure checked by several rules (PNBP in the executive
 * summary, as amount and as percentage) or one register discrepancy seen by several checks.
 */
public record Problem(String key, String importance, String location, String message, List<String> rules,
                      int findings) {
}
