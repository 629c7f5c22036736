package id.sakip.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.netty.channel.EventLoop;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.net.impl.ConnectionBase;

class EventLoopClientsTest {

    private static final int LOOPS = 4;

    private Vertx vertx;
    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(LOOPS));
        server = await(vertx.createHttpServer().requestHandler(request -> request.response().end("ok")).listen(0));
    }

    @AfterEach
    void stop() throws Exception {
        await(vertx.close());
    }

    @Test
    void connectionsAreSplitBetweenTheEventLoops() {
        assertEquals(50, EventLoopClients.connectionsPerLoop(200, 4));
        assertEquals(66, EventLoopClients.connectionsPerLoop(200, 3));
        assertEquals(200, EventLoopClients.connectionsPerLoop(200, 1));
        assertEquals(1, EventLoopClients.connectionsPerLoop(2, 4));
    }

    @Test
    void eachEventLoopHasItsOwnClient() throws Exception {
        EventLoopClients clients = new EventLoopClients(vertx, new HttpClientOptions(), 200);
        assertEquals(LOOPS, clients.all().size());
        Set<HttpClient> seen = new HashSet<>();
        for (ContextInternal context : oneContextPerLoop()) {
            HttpClient first = onContext(context, clients::current);
            HttpClient again = onContext(context, clients::current);
            assertSame(first, again);
            seen.add(first);
        }
        assertEquals(LOOPS, seen.size());
        // Off any event loop (startup, tests) a client is still handed out.
        assertSame(clients.all().get(0), clients.current());
    }

    @Test
    void aRequestLeavesOverAConnectionOfTheEventLoopThatMadeIt() throws Exception {
        EventLoopClients clients = new EventLoopClients(vertx, new HttpClientOptions().setKeepAlive(true), 200);
        RequestOptions options = new RequestOptions().setPort(server.actualPort()).setHost("localhost");
        // One shared client would hand the second loop the idle connection the first loop opened.
        for (ContextInternal context : oneContextPerLoop()) {
            EventLoop loop = onContextAsync(context, () -> clients.current().request(options)
                    .compose(request -> request.send().compose(response -> response.body()
                            .map(body -> ((ConnectionBase) request.connection()).channel().eventLoop()))));
            assertSame(context.nettyEventLoop(), loop);
        }
    }

    private List<ContextInternal> oneContextPerLoop() {
        VertxInternal internal = (VertxInternal) vertx;
        List<ContextInternal> contexts = new ArrayList<>();
        Set<EventLoop> loops = new HashSet<>();
        while (contexts.size() < LOOPS) {
            ContextInternal context = internal.createEventLoopContext();
            if (loops.add(context.nettyEventLoop())) {
                contexts.add(context);
            }
        }
        assertNotSame(contexts.get(0).nettyEventLoop(), contexts.get(1).nettyEventLoop());
        return contexts;
    }

    private static <T> T onContext(ContextInternal context, java.util.function.Supplier<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        context.runOnContext(v -> result.complete(action.get()));
        return result.get(10, TimeUnit.SECONDS);
    }

    private static <T> T onContextAsync(ContextInternal context, java.util.function.Supplier<Future<T>> action)
            throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        context.runOnContext(v -> action.get().onComplete(ar -> {
            if (ar.succeeded()) {
                result.complete(ar.result());
            } else {
                result.completeExceptionally(ar.cause());
            }
        }));
        return result.get(10, TimeUnit.SECONDS);
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
