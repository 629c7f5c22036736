package id.sakip.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Renders each overlay of deploy/kubernetes as {@code kubectl apply -k} would and checks what a cluster would only
 * reveal at the worst moment: fields the API does not know (a typo is silently dropped), pods without probes or
 * limits, Services and autoscalers that point at nothing, network paths to the services that bypass the gateway.
 * Needs {@code kubectl} on the PATH (it carries Kustomize); without it the test is skipped, saying so.
 */
class KubernetesManifestsTest {

    private static final Path DEPLOY = Path.of("..", "deploy", "kubernetes").toAbsolutePath().normalize();
    private static final Set<String> SERVICES = Set.of("indicators-service", "budget-service", "reporting-service");
    private static final String NAME = "app.kubernetes.io/name";

    private final KubernetesSerialization serialization = new KubernetesSerialization();

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyObjectIsKnownToTheApiWithNoUnknownField(String overlay) throws Exception {
        List<HasMetadata> objects = render(overlay);
        Set<String> kinds = objects.stream().map(HasMetadata::getKind).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(Set.of("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget",
                "NetworkPolicy", "Ingress", "ConfigMap", "Cluster", "Database", "Keycloak", "KeycloakRealmImport")), kinds.toString());
        for (HasMetadata o : objects) {
            if (!(o instanceof GenericKubernetesResource)) {
                List<String> unknown = new ArrayList<>();
                unknownFields(o, o.getKind() + "/" + o.getMetadata().getName(), unknown, new IdentityHashMap<>());
                assertTrue(unknown.isEmpty(), "fields the Kubernetes API does not know: " + unknown);
            }
            assertEquals("sakip", o.getMetadata().getNamespace() == null && o.getKind().equals("Namespace")
                    ? "sakip" : o.getMetadata().getNamespace(), o.getKind() + " " + o.getMetadata().getName() + " namespace");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyDeploymentHasProbesLimitsAServiceAnAutoscalerAndADisruptionBudget(String overlay) throws Exception {
        List<HasMetadata> objects = render(overlay);
        List<Deployment> deployments = of(objects, Deployment.class);
        assertEquals(Set.of("gateway", "indicators-service", "budget-service", "reporting-service"),
                deployments.stream().map(d -> d.getMetadata().getName()).collect(Collectors.toSet()));
        for (Deployment d : deployments) {
            String name = d.getMetadata().getName();
            Map<String, String> podLabels = d.getSpec().getTemplate().getMetadata().getLabels();
            assertTrue(podLabels.entrySet().containsAll(d.getSpec().getSelector().getMatchLabels().entrySet()),
                    name + ": the selector does not select its own pods");
            for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                assertNotNull(c.getStartupProbe(), name + " startup probe");
                assertEquals("/q/health/ready", c.getReadinessProbe().getHttpGet().getPath(), name + " readiness");
                assertEquals("/q/health/live", c.getLivenessProbe().getHttpGet().getPath(), name + " liveness");
                assertTrue(c.getResources().getLimits().keySet().containsAll(Set.of("cpu", "memory")), name + " limits");
                assertTrue(c.getResources().getRequests().keySet().containsAll(Set.of("cpu", "memory")), name + " requests");
            }
            assertTrue(of(objects, Service.class).stream().anyMatch(s -> selects(s.getSpec().getSelector(), podLabels)),
                    name + " has no Service");
            assertTrue(of(objects, HorizontalPodAutoscaler.class).stream()
                    .anyMatch(h -> h.getSpec().getScaleTargetRef().getName().equals(name)), name + " has no autoscaler");
            assertTrue(of(objects, PodDisruptionBudget.class).stream()
                    .anyMatch(p -> selects(p.getSpec().getSelector().getMatchLabels(), podLabels)), name + " has no PDB");
        }
        for (Service s : of(objects, Service.class)) {
            assertTrue(deployments.stream().anyMatch(d -> selects(s.getSpec().getSelector(),
                    d.getSpec().getTemplate().getMetadata().getLabels())), "Service " + s.getMetadata().getName() + " selects nothing");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void onlyTheGatewayAndTheServicesThemselvesReachAService(String overlay) throws Exception {
        List<NetworkPolicy> policies = of(render(overlay), NetworkPolicy.class);
        assertTrue(policies.stream().anyMatch(p -> isEmpty(p.getSpec().getPodSelector().getMatchLabels())
                && isEmpty(p.getSpec().getPodSelector().getMatchExpressions()) && isEmpty(p.getSpec().getIngress())
                && p.getSpec().getPolicyTypes().contains("Ingress")), "no default-deny ingress policy");
        Set<String> allowedCallers = Set.of("gateway", "indicators-service", "budget-service", "reporting-service");
        for (String service : SERVICES) {
            List<NetworkPolicy> selecting = policies.stream().filter(p -> p.getSpec().getPodSelector().getMatchLabels() != null
                    && service.equals(p.getSpec().getPodSelector().getMatchLabels().get(NAME))).toList();
            assertFalse(selecting.isEmpty(), service + " has no policy");
            for (NetworkPolicy p : selecting) {
                p.getSpec().getIngress().forEach(rule -> {
                    assertFalse(rule.getFrom() == null || rule.getFrom().isEmpty(), p.getMetadata().getName() + " admits anyone");
                    for (NetworkPolicyPeer peer : rule.getFrom()) {
                        assertTrue(peer.getNamespaceSelector() == null && peer.getIpBlock() == null && peer.getPodSelector() != null
                                        && allowedCallers.contains(peer.getPodSelector().getMatchLabels().get(NAME)),
                                p.getMetadata().getName() + " admits " + peer);
                    }
                });
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void theRealmImportFollowsTheRealmFile(String overlay) throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode realm = json.readTree(DEPLOY.resolve("../../keycloak/realm-sakip.json").toFile());
        GenericKubernetesResource imp = of(render(overlay), GenericKubernetesResource.class).stream()
                .filter(o -> o.getKind().equals("KeycloakRealmImport")).findFirst().orElseThrow();
        JsonNode imported = json.valueToTree(imp.getAdditionalProperties().get("spec")).get("realm");
        assertEquals(realm.get("roles"), imported.get("roles"), "roles: run deploy/kubernetes/make-realm-imports.py");
        assertEquals(realm.get("clients").size(), imported.get("clients").size(), "clients");
        if (overlay.equals("local")) {
            assertEquals(realm, imported, "run deploy/kubernetes/make-realm-imports.py");
        } else {
            imported.get("users").forEach(u -> assertTrue(u.get("username").asText().startsWith("service-account-"),
                    "a person in the production realm: " + u.get("username")));
            imported.get("clients").forEach(c -> assertFalse(c.has("secret"), "a client secret in git: " + c.get("clientId")));
        }
    }

    private static boolean isEmpty(Object mapOrCollection) {
        return mapOrCollection == null || (mapOrCollection instanceof Map<?, ?> m ? m.isEmpty() : ((Collection<?>) mapOrCollection).isEmpty());
    }

    private static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }

    private static <T> List<T> of(List<HasMetadata> objects, Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private List<HasMetadata> render(String overlay) throws IOException, InterruptedException {
        Assumptions.assumeTrue(onPath("kubectl"), "kubectl is not on the PATH: the manifests were not rendered");
        Process p = new ProcessBuilder("kubectl", "kustomize", DEPLOY.resolve("overlays").resolve(overlay).toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String yaml = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "kubectl kustomize " + overlay + " failed");
        List<HasMetadata> out = new ArrayList<>();
        for (String doc : yaml.split("(?m)^---$")) {
            if (!doc.isBlank()) {
                out.add(serialization.unmarshal(doc, HasMetadata.class));
            }
        }
        return out;
    }

    private static boolean onPath(String command) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    /** Collects the fields that the fabric8 model kept in an "additionalProperties" map: the API does not know them. */
    private static void unknownFields(Object o, String path, List<String> out, Map<Object, Boolean> seen) throws Exception {
        if (o == null || seen.put(o, true) != null) {
            return;
        }
        if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object e : c) {
                unknownFields(e, path + "[" + i++ + "]", out, seen);
            }
            return;
        }
        if (o instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                unknownFields(e.getValue(), path + "." + e.getKey(), out, seen);
            }
            return;
        }
        if (!o.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || !m.getName().startsWith("get") || m.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value = m.invoke(o);
            if (m.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    out.add(path + " " + extra.keySet());
                }
            } else {
                unknownFields(value, path + "." + m.getName().substring(3), out, seen);
            }
        }
    }
}
