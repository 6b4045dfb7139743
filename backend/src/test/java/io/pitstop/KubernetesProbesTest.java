package io.pitstop;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Probe;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The kubelet's probes of docker/k8s/deployment.yaml, sent to a running Pitstop's management interface: each one is UP. */
@QuarkusTest
class KubernetesProbesTest {

    @TestHTTPResource(value = "/health", management = true)
    URL management;

    @Test
    void everyProbeOfTheDeploymentIsServedAndUp() throws Exception {
        KubernetesManifestsTest.read();
        Container c = KubernetesManifestsTest.container();
        List<Probe> probes = List.of(c.getStartupProbe(), c.getReadinessProbe(), c.getLivenessProbe());
        for (Probe probe : probes) {
            URI uri = management.toURI().resolve(probe.getHttpGet().getPath());
            given().get(uri).then().statusCode(200).body("status", equalTo("UP"));
        }
        assertThat(probes).extracting(p -> p.getHttpGet().getPath()).doesNotHaveDuplicates();
    }
}
