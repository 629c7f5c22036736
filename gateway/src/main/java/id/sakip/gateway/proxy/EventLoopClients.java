package id.sakip.gateway.proxy;

import java.util.ArrayList;
import java.util.List;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.EventExecutor;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.impl.ContextInternal;

/**
 * The HTTP clients to one service, one per Vert.x event loop, so that a proxied exchange stays on the event loop
 * that received it.
 * <p>
 * One client shared by every event loop keeps one connection pool, and Vert.x hands out its most recently used
 * idle connection whatever event loop owns it. Every step of such an exchange (request head, response head, each
 * body chunk, the end) then passes between two threads as a task and wakes the other thread: in a profile that was
 * about a quarter of the gateway's CPU per request. A client used only from one event loop opens its connections
 * on that loop. The connections per service stay at most {@code maxConnections}, split between the event loops.
 */
final class EventLoopClients {

    private final EventLoop[] loops;
    private final HttpClient[] clients;

    EventLoopClients(Vertx vertx, HttpClientOptions options, int maxConnections) {
        List<EventLoop> found = new ArrayList<>();
        for (EventExecutor executor : vertx.nettyEventLoopGroup()) {
            if (executor instanceof EventLoop loop) {
                found.add(loop);
            }
        }
        int count = Math.max(1, found.size());
        int perLoop = connectionsPerLoop(maxConnections, count);
        this.loops = found.toArray(new EventLoop[0]);
        this.clients = new HttpClient[count];
        for (int i = 0; i < count; i++) {
            clients[i] = vertx.createHttpClient(new HttpClientOptions(options).setMaxPoolSize(perLoop));
        }
    }

    /**
     * The client of the calling thread's event loop. A caller on no event loop (a worker thread, a test) gets the
     * first client: it still works, only without the benefit.
     */
    HttpClient current() {
        Context context = Vertx.currentContext();
        if (context instanceof ContextInternal internal) {
            EventLoop loop = internal.nettyEventLoop();
            for (int i = 0; i < loops.length; i++) {
                if (loops[i] == loop) {
                    return clients[i];
                }
            }
        }
        return clients[0];
    }

    /** Every client, e.g. for closing them. */
    List<HttpClient> all() {
        return List.of(clients);
    }

    /** At least one connection per event loop; together never more than the total unless it is below the loops. */
    static int connectionsPerLoop(int maxConnections, int loops) {
        return Math.max(1, maxConnections / loops);
    }
}
