package id.sakip.indicators.content.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's organisation profile for one year (LKjIP Bab I): background (A), tasks and functions (Tabel I.1),
 * organisation units with their functions (Tabel I.2), staff composition (Tabel I.3), work area, checkpoints and
 * service points, strategic aspects (D), strategic issues (E) and facilities. Texts are Markdown.
 */
public record OrganisationProfile(
        @Size(max = 20000) String background,
        @Valid @Size(max = 50) List<TaskFunctions> tasks,
        @Valid @Size(max = 50) List<OrganisationUnit> organisationUnits,
        @Valid StaffComposition staff,
        @Valid WorkArea workArea,
        @Valid @Size(max = 50) List<ServicePoint> servicePoints,
        @Size(max = 5000) String strategicAspectsIntro,
        @Size(max = 50) List<@NotBlank @Size(max = 5000) String> strategicAspects,
        @Valid @Size(max = 50) List<StrategicIssue> strategicIssues,
        @Valid @Size(max = 100) List<Facility> facilities) {

    /** One task of the unit and the functions that carry it out (a row of Tabel I.1). */
    public record TaskFunctions(@NotBlank @Size(max = 2000) String task,
                                @Size(max = 50) List<@NotBlank @Size(max = 2000) String> functions) {
    }

    /** A section or sub-division of the unit and its functions (a row of Tabel I.2). */
    public record OrganisationUnit(@NotBlank @Size(max = 300) String name, @Size(max = 50) String abbreviation,
                                   @Size(max = 5000) String description,
                                   @Size(max = 50) List<@NotBlank @Size(max = 2000) String> functions) {
    }

    /** Staff on a date, counted three ways; each way should add up to the same total. */
    public record StaffComposition(LocalDate asOf,
                                   @Valid @Size(max = 30) List<Count> byRankGroup,
                                   @Valid @Size(max = 30) List<Count> byEducation,
                                   @Valid @Size(max = 30) List<Count> byPosition) {
    }

    /** A labelled head count. */
    public record Count(@NotBlank @Size(max = 200) String label, @NotNull @PositiveOrZero Integer count) {
    }

    /** The area the unit serves: a description and its administrative areas with their parts. */
    public record WorkArea(@Size(max = 5000) String description, @Valid @Size(max = 50) List<Area> areas) {
    }

    /** An administrative area (city, regency) and its parts (districts). */
    public record Area(@NotBlank @Size(max = 200) String name,
                       @Size(max = 100) List<@NotBlank @Size(max = 200) String> parts) {
    }

    /** An immigration checkpoint (TPI) or a service point outside the office. */
    public record ServicePoint(@NotBlank @Size(max = 300) String name, @NotNull ServicePointKind kind,
                               @Size(max = 5000) String description) {
    }

    /** What a service point is. */
    public enum ServicePointKind { SEA_CHECKPOINT, AIR_CHECKPOINT, LAND_CHECKPOINT, SERVICE_POINT }

    /** A strategic issue of the year (Bab I E). */
    public record StrategicIssue(@NotBlank @Size(max = 300) String title,
                                 @NotBlank @Size(max = 10000) String description) {
    }

    /** A kind of facility and how many the unit has. */
    public record Facility(@NotBlank @Size(max = 300) String name, @NotNull @PositiveOrZero Integer count) {
    }
}
