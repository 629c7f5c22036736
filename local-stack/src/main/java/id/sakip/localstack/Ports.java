package id.sakip.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks that the ports of the stack are free before anything starts. */
final class Ports {

    private Ports() {
    }

    /** Throws a {@link StackException} naming the first port (by its purpose) that something else holds. */
    static void requireFree(Map<String, Integer> portsByPurpose) {
        Map<Integer, String> seen = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> entry : portsByPurpose.entrySet()) {
            String other = seen.putIfAbsent(entry.getValue(), entry.getKey());
            if (other != null) {
                throw new StackException("port " + entry.getValue() + " is configured for both " + other
                        + " and " + entry.getKey());
            }
        }
        for (Map.Entry<String, Integer> entry : portsByPurpose.entrySet()) {
            if (!isFree(entry.getValue())) {
                throw new StackException("port " + entry.getValue() + " (" + entry.getKey()
                        + ") is already in use; stop what uses it (e.g. an earlier stack: `ss -ltnp | grep "
                        + entry.getValue() + "`) or choose other ports (--help)");
            }
        }
    }

    static boolean isFree(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 300);
            return false;
        } catch (IOException expected) {
            // nothing answers on localhost: also check that we may bind it on every interface
        }
        try (ServerSocket server = new ServerSocket()) {
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
