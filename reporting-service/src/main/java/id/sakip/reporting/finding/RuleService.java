package id.sakip.reporting.finding;

import id.sakip.commons.audit.AuditLog;
import id.sakip.commons.http.ETags;
import id.sakip.commons.problem.FieldError;
import id.sakip.commons.problem.ProblemException;
import id.sakip.reporting.finding.dto.RuleDto;
import id.sakip.reporting.finding.dto.RuleInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Administration of validation rules (role admin); every change audited. */
@ApplicationScoped
public class RuleService {

    private static final Set<String> OPERATORS = Set.of("EQ", "NE", "LT", "LE", "GT", "GE");
    private static final Set<String> IMPORTANCE = Set.of("HIGH", "MEDIUM", "LOW");

    private final RuleRepository rules;
    private final AuditLog audit;

    public RuleService(RuleRepository rules, AuditLog audit) {
        this.rules = rules;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RuleDto> list() {
        return rules.all().stream().map(RuleDto::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RuleDto get(String code) {
        return RuleDto.of(find(code));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RuleSpec> enabledSpecs() {
        return rules.enabled().stream().map(ValidationRule::spec).toList();
    }

    @Transactional
    public RuleDto create(RuleInput input) {
        validate(input);
        if (rules.findByCode(input.code()).isPresent()) {
            throw ProblemException.conflict("A rule with code " + input.code() + " exists already");
        }
        ValidationRule r = new ValidationRule();
        apply(r, input);
        rules.persistAndFlush(r);
        RuleDto after = RuleDto.of(r);
        audit.record("validation_rule", r.code, "CREATE", null, after);
        return after;
    }

    @Transactional
    public RuleDto replace(String code, RuleInput input, String ifMatch) {
        ValidationRule r = find(code);
        ETags.requireMatch(ifMatch, r.version);
        if (input != null && input.code() != null && !input.code().equals(code)) {
            throw ProblemException.validation(List.of(new FieldError("/code", "must be " + code + " (the code in the path)")));
        }
        RuleInput effective = input == null ? null : new RuleInput(code, input.name(), input.scope(), input.left(),
                input.operator(), input.right(), input.importance(), input.tolerance(), input.message(), input.rootCause(),
                input.location(), input.minorDifference(), input.enabled());
        validate(effective);
        RuleDto before = RuleDto.of(r);
        apply(r, effective);
        rules.flush();
        RuleDto after = RuleDto.of(r);
        audit.record("validation_rule", code, "UPDATE", before, after);
        return after;
    }

    @Transactional
    public void delete(String code, String ifMatch) {
        ValidationRule r = find(code);
        ETags.requireMatch(ifMatch, r.version);
        RuleDto before = RuleDto.of(r);
        rules.delete(r);
        audit.record("validation_rule", code, "DELETE", before, null);
    }

    private ValidationRule find(String code) {
        return rules.findByCode(code).orElseThrow(() -> ProblemException.notFound("No validation rule " + code));
    }

    private static void apply(ValidationRule r, RuleInput in) {
        r.code = in.code();
        r.name = in.name().trim();
        r.scope = in.scope() == null || in.scope().isBlank() ? null : in.scope().trim();
        r.left = in.left().trim();
        r.operator = in.operator();
        r.right = in.right().trim();
        r.importance = in.importance();
        r.tolerance = in.tolerance() == null ? BigDecimal.ZERO : in.tolerance();
        r.message = in.message().trim();
        r.rootCause = in.rootCause() == null || in.rootCause().isBlank() ? null : in.rootCause().trim();
        r.location = in.location() == null || in.location().isBlank() ? null : in.location().trim();
        r.minorDifference = in.minorDifference();
        r.enabled = in.enabled() == null || in.enabled();
    }

    static void validate(RuleInput in) {
        if (in == null) {
            throw ProblemException.badRequest("A rule body is required");
        }
        List<FieldError> errors = new ArrayList<>();
        if (in.code() == null || !in.code().matches("[A-Z][A-Z0-9_]{1,99}")) {
            errors.add(new FieldError("/code", "required: upper-case letters, digits and underscores, e.g. SUM_EQUALS_TOTAL"));
        }
        required(errors, "/name", in.name(), 300);
        required(errors, "/message", in.message(), 1000);
        if (in.scope() != null && !in.scope().isBlank()) {
            try {
                Expression.parseScope(in.scope());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("/scope", e.getMessage()));
            }
        }
        expression(errors, "/left", in.left());
        expression(errors, "/right", in.right());
        if (in.operator() == null || !OPERATORS.contains(in.operator())) {
            errors.add(new FieldError("/operator", "must be one of EQ, NE, LT, LE, GT, GE"));
        }
        if (in.importance() == null || !IMPORTANCE.contains(in.importance())) {
            errors.add(new FieldError("/importance", "must be one of HIGH, MEDIUM, LOW"));
        }
        if (in.tolerance() != null && in.tolerance().signum() < 0) {
            errors.add(new FieldError("/tolerance", "must not be negative"));
        }
        if (in.minorDifference() != null && in.minorDifference().signum() < 0) {
            errors.add(new FieldError("/minorDifference", "must not be negative"));
        }
        optional(errors, "/rootCause", in.rootCause(), 300);
        optional(errors, "/location", in.location(), 300);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
    }

    private static void required(List<FieldError> errors, String pointer, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(pointer, "required"));
        } else if (value.length() > max) {
            errors.add(new FieldError(pointer, "at most " + max + " characters"));
        }
    }

    private static void optional(List<FieldError> errors, String pointer, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(pointer, "at most " + max + " characters"));
        }
    }

    private static void expression(List<FieldError> errors, String pointer, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(pointer, "required"));
            return;
        }
        if (value.length() > 1000) {
            errors.add(new FieldError(pointer, "at most 1000 characters"));
            return;
        }
        try {
            Expression.parse(value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(pointer, e.getMessage()));
        }
    }
}
