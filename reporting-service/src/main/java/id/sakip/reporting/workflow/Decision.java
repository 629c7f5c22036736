package id.sakip.reporting.workflow;

import jakarta.validation.constraints.Size;

/**
 * A workflow action's text: the head's justification when approving despite findings of high importance, or the
 * comments when returning a report.
 */
public record Decision(@Size(max = 5000) String comment, @Size(max = 5000) String justification) {
}
