package id.sakip.localstack;

/**
 * What the import of one demo dataset answered: HTTP status ({@code -1} when there was no answer)
 * and the start of the body.
 */
public record DemoDataResult(String file, String url, int status, String body) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The endpoint does not exist (yet): the service does not implement that import. */
    public boolean endpointMissing() {
        return status == 404;
    }

    @Override
    public String toString() {
        return file + " -> POST " + url + ": " + (status < 0 ? "no answer" : "HTTP " + status) + " " + body;
    }
}
