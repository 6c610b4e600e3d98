package org.dyad.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module's jar submitted with {@code spark-submit} to a real standalone cluster gives what one
 * machine gives. A master and one worker run as child processes on 127.0.0.1 (free ports, stopped at
 * the end), from Spark's classes on Maven Central as a cluster's {@code SPARK_HOME/jars} would hold
 * them; {@code SparkSubmit} runs the driver in a third process, and the worker starts the executor in
 * a fourth, which loads the models and codes. Dyad itself (the module's jar, the core and CoreNLP with
 * its models) is not on the cluster: spark-submit ships it with {@code --jars}, as on a real cluster.
 *
 * <p>Memory: executor 3 GB (the models and two task threads), driver 512 MB, master and worker 192 MB
 * each, beside this JVM's 4 GB.
 */
class StandaloneClusterIT {
    /** What a cluster would not have and spark-submit must ship: Dyad, and CoreNLP with its models. */
    private static boolean application(Path jar) {
        String n = jar.getFileName().toString();
        return n.startsWith("dyad-") || n.startsWith("stanford-corenlp-");
    }

    @Test
    void sparkSubmitToAStandaloneMasterEqualsTheSingleMachineCoding(@TempDir Path dir) throws Exception {
        JobSettings settings = new JobSettings(System.getProperty("dyad.data"), null);
        String seeds = System.getProperty("dyad.seeds");
        Path appJar = Path.of(System.getProperty("dyad.spark.jar"));
        assertThat(appJar).as("the module's jar (mvn package)").isRegularFile();

        // SPARK_HOME: Spark and the libraries on the class path; Dyad's own jars only through --jars
        Path home = dir.resolve("spark-home"), jars = home.resolve("jars");
        Files.createDirectories(jars);
        List<String> shipped = new ArrayList<>();
        for (String entry : Files.readString(Path.of(System.getProperty("dyad.spark.classpath"))).trim().split(":")) {
            Path jar = Path.of(entry);
            if (!entry.endsWith(".jar")) continue;
            if (application(jar)) shipped.add(jar.toString());
            else Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar);
        }
        assertThat(shipped).anyMatch(j -> j.contains("models"));

        int masterPort = freePort();
        String master = "spark://127.0.0.1:" + masterPort;
        List<Process> cluster = new ArrayList<>();
        try {
            cluster.add(start(home, dir.resolve("master.log"), List.of("-Xmx192m", "-Dspark.master.rest.enabled=false"),
                    "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", Integer.toString(masterPort), "--webui-port", "0"));
            awaitPort(masterPort, Duration.ofMinutes(3), cluster.get(0), dir.resolve("master.log"));
            cluster.add(start(home, dir.resolve("worker.log"), List.of("-Xmx192m"), "org.apache.spark.deploy.worker.Worker",
                    "--host", "127.0.0.1", "--port", "0", "--webui-port", "0", "--cores", "2", "--memory", "3g",
                    "--work-dir", dir.resolve("work").toString(), master));

            Path out = dir.resolve("run");
            Process submit = start(home, dir.resolve("submit.log"), List.of("-Xmx512m"), "org.apache.spark.deploy.SparkSubmit",
                    "--master", master, "--deploy-mode", "client", "--class", DyadSparkJob.class.getName(),
                    "--executor-memory", "3g", "--executor-cores", "2", "--total-executor-cores", "2",
                    "--conf", "spark.ui.enabled=false", "--conf", "spark.executor.extraJavaOptions=-XX:+UseParallelGC",
                    "--jars", String.join(",", shipped),
                    appJar.toString(), seeds, "--out", out.toString(), "--data", settings.dataDir());
            boolean done = submit.waitFor(15, TimeUnit.MINUTES);
            assertThat(done).as("spark-submit finished; its log:%n%s", tail(dir.resolve("submit.log"))).isTrue();
            assertThat(submit.exitValue()).as("spark-submit's exit code; its log:%n%s", tail(dir.resolve("submit.log"))).isZero();
            assertThat(Files.readString(dir.resolve("submit.log"))).contains("on " + master + ":");

            // the work was done by an executor the worker started, in a JVM of its own
            try (Stream<Path> logs = Files.walk(dir.resolve("work"))) {
                assertThat(logs.filter(p -> p.getFileName().toString().equals("stderr")).toList())
                        .singleElement().satisfies(p -> assertThat(Files.readString(p)).contains("CoarseGrainedExecutorBackend"));
            }

            SampleCoding.of(seeds, settings).assertRunEquals(out);
        } finally {
            for (int i = cluster.size() - 1; i >= 0; i--) stop(cluster.get(i));
        }
    }

    /** A Spark class in a child JVM, its output to {@code log}; on 127.0.0.1 only. */
    private static Process start(Path home, Path log, List<String> jvm, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.add("-Dlog4j2.configurationFile=" + Path.of("conf", "log4j2.properties").toAbsolutePath());
        cmd.addAll(List.of("-cp", home.resolve("jars") + "/*", mainClass));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("SPARK_HOME", home.toString());
        env.put("SPARK_SCALA_VERSION", "2.13");  // what a distribution's load-spark-env.sh sets; the worker needs it to start executors
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        return pb.start();
    }

    /** Stops a child and whatever it started (the worker's executors). */
    private static void stop(Process p) throws InterruptedException {
        List<ProcessHandle> children = p.descendants().toList();
        p.destroy();
        if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        for (ProcessHandle c : children) c.destroyForcibly();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void awaitPort(int port, Duration timeout, Process owner, Path log) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            assertThat(owner.isAlive()).as("master running; its log:%n%s", tail(log)).isTrue();
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("master not listening on port " + port + " after " + timeout + "; its log:\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) return "(no log)";
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
