package id.sakip.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/** Passes a body on until it exceeds a byte limit, then fails the stream (for bodies sent without a length). */
final class LimitedReadStream implements ReadStream<Buffer> {

    /** Raised into the pipe when the limit is passed. */
    static final class TooLarge extends RuntimeException {
        TooLarge(long limit) {
            super("Request body exceeds " + limit + " bytes", null, false, false);
        }
    }

    private final ReadStream<Buffer> delegate;
    private final long limit;
    private final Runnable onExceeded;
    private long seen;
    private boolean exceeded;
    private Handler<Throwable> exceptionHandler;

    LimitedReadStream(ReadStream<Buffer> delegate, long limit, Runnable onExceeded) {
        this.delegate = delegate;
        this.limit = limit;
        this.onExceeded = onExceeded;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        delegate.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            delegate.handler(null);
            return this;
        }
        delegate.handler(buffer -> {
            if (exceeded) {
                return;
            }
            seen += buffer.length();
            if (seen > limit) {
                exceeded = true;
                onExceeded.run();
                if (exceptionHandler != null) {
                    exceptionHandler.handle(new TooLarge(limit));
                }
                return;
            }
            handler.handle(buffer);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        delegate.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        delegate.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        delegate.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        delegate.endHandler(endHandler == null ? null : v -> {
            if (!exceeded) {
                endHandler.handle(v);
            }
        });
        return this;
    }
}
