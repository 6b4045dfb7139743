package io.pitstop;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts Pitstop. One setting must be made before Quarkus initialises anything: its own check of request URIs
 * answers a malformed one with an empty 400, so it is switched off and {@code HttpGuards} makes the same check,
 * answering a problem that names the part at fault. (Tests set the same property in the build.)
 */
@QuarkusMain
public final class Main {

    private Main() {
    }

    public static void main(String... args) {
        if (System.getProperty("vertx.disableURIValidation") == null) {
            System.setProperty("vertx.disableURIValidation", "true");
        }
        Quarkus.run(args);
    }
}
