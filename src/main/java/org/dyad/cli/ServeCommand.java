package org.dyad.cli;

import org.dyad.store.EventStore;
import org.dyad.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code dyad serve}: a web page over the event store, until stopped with Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a web page over the event store: pick a dyad, see its timeline (events per PLOVER type,",
                "cooperation-conflict score), its events with their evidence and articles, and quotes of both sides.",
                "JSON API under /api/ (docs/WEB.md). Stop with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to bind. Default ${DEFAULT-VALUE} (this machine only); 0.0.0.0 for every interface.")
    String host;

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) throw new IllegalStateException("--port must be 0..65535, not " + port);
        EventStore s = EventStore.openReadOnly(store.db());
        s.denyExternalAccess(); // the server reads the store and nothing else on this machine
        WebServer server;
        try {
            server = WebServer.start(s, host, port);
        } catch (RuntimeException e) {
            s.close();
            throw new IllegalStateException("cannot serve on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            s.close();
            stopped.countDown();
        }, "dyad-serve-stop"));
        spec.commandLine().getOut().println("dyad: serving " + s.path() + " at http://" + host + ":" + server.port() + "/  (Ctrl-C stops)");
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }
}
