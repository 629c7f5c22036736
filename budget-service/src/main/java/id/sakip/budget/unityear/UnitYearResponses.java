package id.sakip.budget.unityear;

import com.fasterxml.jackson.databind.JsonNode;
import id.sakip.budget.common.Change;
import id.sakip.budget.common.FieldReader;
import id.sakip.budget.common.Responses;
import id.sakip.budget.common.YearRange;
import id.sakip.commons.http.ETags;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** The GET (one year or a series, with ETag) and PUT (parse, replace, 201/200) steps of a unit-year resource. */
public final class UnitYearResponses {

    private UnitYearResponses() {
    }

    /** Reads a body at a JSON pointer into the document's data, noting problems in the reader. */
    @FunctionalInterface
    public interface Parser<D> {
        D parse(FieldReader in, JsonNode node, String pointer);
    }

    public static <V extends UnitYearView> Response read(UnitYearService<?, ?, V> service, String workUnit,
                                                         Integer year, Integer fromYear, Integer toYear,
                                                         String ifNoneMatch) {
        YearRange range = YearRange.of(workUnit, year, fromYear, toYear);
        List<V> views = service.read(range);
        EntityTag tag = range.single() ? ETags.of(views.get(0).version())
                : ETags.ofContent(views.stream().map(v -> v.year() + ":" + v.version()).toList().toString());
        return Responses.yearOrSeries(range, views, tag, ifNoneMatch);
    }

    public static <D extends UnitYearData, V extends UnitYearView> Response replace(
            UnitYearService<?, D, V> service, Parser<D> parser, String workUnit, int year, String ifMatch,
            JsonNode body) {
        FieldReader in = new FieldReader();
        if (body == null || !body.isObject()) {
            in.error("", "must be a JSON object");
            in.throwIfAny();
        }
        D data = parser.parse(in, body, "");
        in.throwIfAny();
        UnitYearService.Stored<V> stored = service.replace(workUnit, year, ifMatch, data);
        return Response.status(stored.change() == Change.CREATED ? 201 : 200).entity(stored.view())
                .tag(ETags.of(stored.view().version())).build();
    }
}
