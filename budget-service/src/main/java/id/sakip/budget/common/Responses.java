package id.sakip.budget.common;

import id.sakip.commons.http.ETags;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** The single-year / multi-year answer of the read endpoints, with ETag and If-None-Match. */
public final class Responses {

    private Responses() {
    }

    public static <T> Response yearOrSeries(YearRange range, List<T> views, EntityTag tag, String ifNoneMatch) {
        if (ETags.notModified(ifNoneMatch, tag)) {
            return Response.notModified(tag).build();
        }
        Object body = range.single() ? views.get(0) : views;
        return Response.ok(body).tag(tag).build();
    }
}
