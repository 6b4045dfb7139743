package io.pitstop;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No cluster runs where we build, so the manifests of {@code docker/k8s} are checked by reading: each document is read
 * into the Kubernetes API's typed model as strictly as the API server reads it (KubernetesModel), and what matters for
 * Pitstop is checked against the application's own configuration: the probes ask the management port for the health
 * checks Quarkus serves (KubernetesProbesTest calls them), the database and the signing key come from Secrets, every
 * variable set is documented (and ReadmeTruthTest proves every documented one is read), the heap fits the memory
 * limit, and the Service, the disruption budget and the autoscaler all select the Deployment's pods.
 */
class KubernetesManifestsTest {

    static final Path ROOT = Path.of(System.getProperty("pitstop.repo-root", "..")).toAbsolutePath().normalize();
    static final Path K8S = ROOT.resolve("docker/k8s");

    static List<HasMetadata> resources;
    static Properties app;

    @BeforeAll
    static void read() throws IOException {
        resources = new ArrayList<>();
        for (JsonNode name : kustomization().path("resources")) {
            for (JsonNode doc : KubernetesModel.documents(K8S.resolve(name.asText()))) {
                resources.add(KubernetesModel.typed(doc));
            }
        }
        app = new Properties();
        try (Reader in = Files.newBufferedReader(ROOT.resolve("backend/src/main/resources/application.properties"))) {
            app.load(in);
        }
    }

    @Test
    void everyManifestIsListedAndLivesInPitstopsNamespace() throws IOException {
        Set<String> listed = new java.util.HashSet<>();
        kustomization().path("resources").forEach(n -> listed.add(n.asText()));
        try (Stream<Path> files = Files.list(K8S)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml"))
                    .filter(f -> !f.equals("kustomization.yaml")).collect(Collectors.toSet()))
                    .as("every manifest of docker/k8s is applied by kustomization.yaml").isEqualTo(listed);
        }
        String namespace = kustomization().path("namespace").asText();
        assertThat(namespace).isEqualTo("pitstop");
        assertThat(resources).filteredOn(r -> !(r instanceof io.fabric8.kubernetes.api.model.Namespace))
                .allSatisfy(r -> assertThat(r.getMetadata().getNamespace()).as(r.getKind()).isEqualTo(namespace));
        assertThat(resources).extracting(HasMetadata::getKind).contains("Namespace", "ConfigMap", "Deployment",
                "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler", "Ingress", "PersistentVolumeClaim");
    }

    @Test
    void theStrictReaderRefusesWhatTheApiServerWould() {
        assertThatThrownBy(() -> typed("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\nspec: {replica: 2}"))
                .hasMessageContaining("replica");
        assertThatThrownBy(() -> typed("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\nspec: {replicas: \"2\"}"))
                .hasMessageContaining("replicas");
        assertThatThrownBy(() -> typed("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {PITSTOP_DEMO_SEED: false}"))
                .hasMessageContaining("PITSTOP_DEMO_SEED");
        assertThatThrownBy(() -> typed("apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata: {name: x}"))
                .hasMessageContaining("expected policy/v1");
        assertThatThrownBy(() -> typed("apiVersion: v1\nkind: Secret\nmetadata: {name: x}"))
                .hasMessageContaining("Secret");
    }

    @Test
    void theDeploymentRollsSeveralReplicasOfTheImageTheDockerfileBuilds() throws IOException {
        Deployment d = one(Deployment.class);
        assertThat(d.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(d.getSpec().getStrategy().getType()).isEqualTo("RollingUpdate");
        assertThat(d.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable()).isEqualTo(new IntOrString(0));
        assertThat(d.getSpec().getStrategy().getRollingUpdate().getMaxSurge().getIntVal()).isPositive();
        assertThat(d.getSpec().getSelector().getMatchLabels()).isEqualTo(podLabels());
        // The image the Dockerfile's own build command tags, renamed to the registry's by the kustomization.
        assertThat(Files.readString(ROOT.resolve("docker/Dockerfile"))).contains("-t " + container().getImage() + " .");
        assertThat(kustomization().at("/images/0/name").asText()).isEqualTo(container().getImage());
    }

    @Test
    void probesAskTheManagementPortForTheHealthChecksQuarkusServes() {
        Container c = container();
        assertThat(port(c, "http")).isEqualTo(Integer.parseInt(app.getProperty("quarkus.http.port")));
        assertThat(port(c, "management")).isEqualTo(Integer.parseInt(app.getProperty("quarkus.management.port")));
        assertThat(app.getProperty("quarkus.management.enabled")).isEqualTo("true");
        Map<String, Probe> probes = Map.of("started", c.getStartupProbe(), "ready", c.getReadinessProbe(), "live", c.getLivenessProbe());
        probes.forEach((check, probe) -> {
            assertThat(probe).as(check).isNotNull();
            assertThat(probe.getHttpGet().getPath()).isEqualTo("/q/health/" + check);
            assertThat(port(c, probe.getHttpGet().getPort())).as(check).isEqualTo(port(c, "management"));
        });
    }

    @Test
    void theServiceExposesTheApiOnlyAndEveryoneSelectsTheDeploymentsPods() {
        Service service = one(Service.class);
        assertThat(service.getSpec().getType()).isEqualTo("ClusterIP");
        assertThat(service.getSpec().getSelector()).isEqualTo(podLabels());
        assertThat(service.getSpec().getPorts()).singleElement().satisfies(p -> {
            assertThat(p.getPort()).isEqualTo(8080);
            assertThat(port(container(), p.getTargetPort())).isEqualTo(port(container(), "http"));
        });

        PodDisruptionBudget pdb = one(PodDisruptionBudget.class);
        assertThat(pdb.getSpec().getMinAvailable()).isEqualTo(new IntOrString(1));
        assertThat(podLabels()).containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());

        HorizontalPodAutoscaler hpa = one(HorizontalPodAutoscaler.class);
        assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(one(Deployment.class).getMetadata().getName());
        assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThanOrEqualTo(hpa.getSpec().getMinReplicas());

        Ingress ingress = one(Ingress.class);
        var backend = ingress.getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend().getService();
        assertThat(backend.getName()).isEqualTo(service.getMetadata().getName());
        assertThat(backend.getPort().getName()).isEqualTo(service.getSpec().getPorts().get(0).getName());
    }

    @Test
    void theIngressLetsEventStreamsThroughUnbufferedAndOpen() {
        Map<String, String> annotations = one(Ingress.class).getMetadata().getAnnotations();
        assertThat(annotations).containsEntry("nginx.ingress.kubernetes.io/proxy-buffering", "off");
        Duration heartbeat = Duration.ofSeconds(Long.parseLong(app.getProperty("pitstop.live.heartbeat").replace("s", "")));
        assertThat(Long.parseLong(annotations.get("nginx.ingress.kubernetes.io/proxy-read-timeout")))
                .as("idle streams outlive the proxy's read timeout by the heartbeat").isGreaterThan(heartbeat.toSeconds() * 2);
    }

    @Test
    void secretsAreReferencedNeverWritten() throws IOException {
        Pattern secretName = Pattern.compile("PASSWORD|PRIVATE_KEY|SECRET|TOKEN");
        for (EnvVar env : container().getEnv()) {
            if (secretName.matcher(env.getName()).find() && !env.getName().endsWith("_FILE")) {
                assertThat(env.getValueFrom()).as(env.getName()).isNotNull();
                assertThat(env.getValueFrom().getSecretKeyRef()).as(env.getName()).isNotNull();
            }
        }
        assertThat(one(ConfigMap.class).getData().keySet()).noneMatch(k -> secretName.matcher(k).find());
        // The signing key is a file of a mounted Secret.
        String keyFile = env("PITSTOP_JWT_PRIVATE_KEY_FILE");
        VolumeMount mount = mountOf(keyFile);
        assertThat(mount.getReadOnly()).isTrue();
        assertThat(volume(mount.getName()).getSecret()).isNotNull();
        try (Stream<Path> files = Files.walk(K8S)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain("PRIVATE KEY-----").doesNotContainPattern("(?m)^kind: Secret");
            }
        }
    }

    @Test
    void everyVariableSetIsDocumentedAndReferencesResolve() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        List<String> names = new ArrayList<>(one(ConfigMap.class).getData().keySet());
        List<String> defined = new ArrayList<>();
        for (EnvVar env : container().getEnv()) {
            names.add(env.getName());
            // Kubernetes expands $(NAME) only from variables defined above it (or from envFrom).
            Matcher refs = Pattern.compile("\\$\\(([A-Z_]+)\\)").matcher(env.getValue() == null ? "" : env.getValue());
            while (refs.find()) {
                assertThat(defined).as("%s refers to $(%s)", env.getName(), refs.group(1)).contains(refs.group(1));
            }
            defined.add(env.getName());
        }
        assertThat(names.stream().filter(n -> n.matches("(PITSTOP|QUARKUS)_[A-Z0-9_]+")).filter(n -> !readme.contains("`" + n + "`")))
                .as("variables docker/k8s sets that the README's configuration table does not document").isEmpty();
        String heap = Stream.of(env("JAVA_OPTS_APPEND").split(" ")).filter(o -> o.startsWith("-XX:MaxRAMPercentage")).findFirst().orElseThrow();
        assertThat(readme.contains("`" + heap + "`")).as("the README documents the heap setting the Deployment uses, %s", heap).isTrue();
    }

    @Test
    void theHeapFitsTheMemoryLimitAndKeepsTheImagesOptions() throws IOException {
        Container c = container();
        Quantity limit = c.getResources().getLimits().get("memory");
        assertThat(c.getResources().getRequests().get("memory")).as("the JVM sizes its heap from the limit: request all of it").isEqualTo(limit);
        assertThat(c.getResources().getRequests()).containsKey("cpu");
        assertThat(c.getResources().getLimits()).containsKey("cpu");
        String opts = env("JAVA_OPTS_APPEND");
        Matcher percent = Pattern.compile("-XX:MaxRAMPercentage=(\\d+)").matcher(opts);
        assertThat(percent.find()).isTrue();
        BigDecimal bytes = Quantity.getAmountInBytes(limit);
        BigDecimal heap = bytes.multiply(new BigDecimal(percent.group(1))).divide(BigDecimal.valueOf(100));
        assertThat(bytes.subtract(heap)).as("room outside the heap: metaspace, threads, network buffers")
                .isGreaterThanOrEqualTo(BigDecimal.valueOf(256L << 20));
        Matcher image = Pattern.compile("JAVA_OPTS_APPEND=\"([^\"]+)\"").matcher(Files.readString(ROOT.resolve("docker/Dockerfile")));
        assertThat(image.find()).isTrue();
        for (String option : image.group(1).split("\\s+")) {
            if (!option.startsWith("-XX:MaxRAMPercentage")) {
                assertThat(opts).as("the Deployment replaces the image's JAVA_OPTS_APPEND: it keeps %s", option).contains(option);
            }
        }
    }

    @Test
    void thePodRunsUnprivilegedOnAReadOnlyFileSystem() throws IOException {
        PodSpec pod = podSpec();
        Matcher uid = Pattern.compile("useradd .*--uid (\\d+)").matcher(Files.readString(ROOT.resolve("docker/Dockerfile")));
        assertThat(uid.find()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(Long.parseLong(uid.group(1)));
        assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        var sc = container().getSecurityContext();
        assertThat(sc.getReadOnlyRootFilesystem()).isTrue();
        assertThat(sc.getAllowPrivilegeEscalation()).isFalse();
        assertThat(sc.getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(volume(mountOf("/tmp/x").getName()).getEmptyDir()).as("/tmp").isNotNull();
        // Uploaded photos and documents: one volume that every replica reads and writes.
        Volume data = volume(mountOf(env("PITSTOP_DATA_DIR") + "/blobs").getName());
        String claim = data.getPersistentVolumeClaim().getClaimName();
        PersistentVolumeClaim pvc = resources.stream().filter(r -> r instanceof PersistentVolumeClaim && r.getMetadata().getName().equals(claim))
                .map(PersistentVolumeClaim.class::cast).findFirst().orElseThrow();
        assertThat(pvc.getSpec().getAccessModes()).containsExactly("ReadWriteMany");
    }

    @Test
    void replicasSpreadOverNodesAndDrainBeforeTheyStop() {
        PodSpec pod = podSpec();
        assertThat(pod.getTopologySpreadConstraints()).anySatisfy(t -> {
            assertThat(t.getTopologyKey()).isEqualTo("kubernetes.io/hostname");
            assertThat(t.getWhenUnsatisfiable()).isEqualTo("DoNotSchedule");
            assertThat(podLabels()).containsAllEntriesOf(t.getLabelSelector().getMatchLabels());
        });
        var preStop = container().getLifecycle().getPreStop();
        long pause = preStop.getSleep() != null ? preStop.getSleep().getSeconds()
                : Long.parseLong(preStop.getExec().getCommand().get(preStop.getExec().getCommand().size() - 1));
        assertThat(pause).as("the endpoints controller and the ingress need a few seconds to forget the pod").isGreaterThanOrEqualTo(5);
        Duration shutdown = Duration.ofSeconds(Long.parseLong(one(ConfigMap.class).getData().get("QUARKUS_SHUTDOWN_TIMEOUT").replace("s", "")));
        assertThat(pod.getTerminationGracePeriodSeconds()).as("pause + graceful shutdown, before SIGKILL")
                .isGreaterThan(pause + shutdown.toSeconds());
    }

    // ------------------------------------------------------------------------------------------------------- helpers

    static JsonNode kustomization() throws IOException {
        return KubernetesModel.YAML.readTree(K8S.resolve("kustomization.yaml").toFile());
    }

    static <T extends HasMetadata> T one(Class<T> type) {
        List<T> found = resources.stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(found).as(type.getSimpleName()).hasSize(1);
        return found.get(0);
    }

    static PodSpec podSpec() {
        return one(Deployment.class).getSpec().getTemplate().getSpec();
    }

    static Container container() {
        assertThat(podSpec().getContainers()).hasSize(1);
        return podSpec().getContainers().get(0);
    }

    static Map<String, String> podLabels() {
        return one(Deployment.class).getSpec().getTemplate().getMetadata().getLabels();
    }

    static String env(String name) {
        return container().getEnv().stream().filter(e -> e.getName().equals(name)).findFirst().orElseThrow().getValue();
    }

    private static HasMetadata typed(String yaml) throws IOException {
        return KubernetesModel.typed(KubernetesModel.YAML.readTree(yaml));
    }

    private static int port(Container c, String name) {
        return c.getPorts().stream().filter(p -> name.equals(p.getName())).map(ContainerPort::getContainerPort)
                .findFirst().orElseThrow(() -> new AssertionError("no container port named " + name));
    }

    private static int port(Container c, IntOrString port) {
        return port.getIntVal() != null ? port.getIntVal() : port(c, port.getStrVal());
    }

    /** The mount that holds the path. */
    private static VolumeMount mountOf(String path) {
        return container().getVolumeMounts().stream().filter(m -> path.startsWith(m.getMountPath() + "/"))
                .findFirst().orElseThrow(() -> new AssertionError("nothing is mounted over " + path));
    }

    private static Volume volume(String name) {
        return podSpec().getVolumes().stream().filter(v -> v.getName().equals(name)).findFirst().orElseThrow();
    }
}
