package id.sakip.budget.common;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A work unit code as a parameter or request field: fits the columns (50), no control characters. */
@Size(max = FieldReader.WORK_UNIT_MAX)
@Pattern(regexp = Texts.NO_CONTROL_CHARACTERS)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface WorkUnitCode {

    String message() default "must be a work unit code: at most " + FieldReader.WORK_UNIT_MAX
            + " characters, no control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
