package id.sakip.gateway.proxy;

import java.net.URI;
import java.util.List;

/** One downstream service as the gateway sees it: address, owned path prefixes and its own endpoints. */
public record ServiceRoute(String name, URI url, String host, int port, boolean ssl, List<String> prefixes,
                           String healthPath, String openapiPath) {
}
