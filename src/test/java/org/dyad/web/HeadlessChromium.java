package org.dyad.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium rendering a page and printing its DOM once the page's scripts have
 * run, with the flags this closed network needs (no background connections, fresh profile).
 */
final class HeadlessChromium {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private HeadlessChromium() {
    }

    /** The DOM of {@code url} after up to 8 s of virtual time; {@code dir} holds the profile and the dump. */
    static String dumpDom(Path dir, String url) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + dir.resolve("profile"), "--virtual-time-budget=8000", "--dump-dom", url)
                .redirectOutput(dir.resolve("dom.html").toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        boolean done = p.waitFor(90, TimeUnit.SECONDS);
        if (!done) p.destroyForcibly();
        assertThat(done).as("Chromium finished").isTrue();
        return Files.readString(dir.resolve("dom.html"), StandardCharsets.UTF_8);
    }
}
