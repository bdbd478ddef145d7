package de.norderstedt.go.local;

import de.norderstedt.go.platform.infra.DevKeys;
import de.norderstedt.go.platform.infra.DevTokens;
import de.norderstedt.go.platform.infra.KafkaBroker;
import de.norderstedt.go.platform.infra.PostgresServer;
import de.norderstedt.go.platform.infra.ServiceProcess;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Measures the participants service as deployed: start-to-ready time and idle RSS of its JVM,
 * registrations per second under concurrency, and commit-to-event-seen latency (from the 201
 * answer, which comes after the commit, to the moment a plain Kafka consumer sees the event).
 * Everything runs on this machine against real PostgreSQL and Kafka; nothing here is a test.
 *
 * <p>Arguments: {@code [registrations] [concurrency]}, defaults 2000 and 16.
 */
public final class Benchmark {

    private static final String REGISTERED = "de.norderstedt.go.participant.registered.v1";

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        int registrations = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        Path repo = Path.of(System.getProperty("go.local.repo", ".")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("go-bench-");
        Files.createDirectories(work.resolve("logs"));
        int port = KafkaBroker.freePort();

        try (PostgresServer postgres = PostgresServer.startTemporary(); KafkaBroker kafka = KafkaBroker.startTemporary()) {
            postgres.ensureDatabase("participants");
            DevKeys keys = DevKeys.generate();
            ServiceProcess.Spec spec = new ServiceProcess.Spec("participants", port);
            long started = System.nanoTime();
            try (ServiceProcess service = ServiceProcess.start(repo, work, spec, ServiceProcess.environment(postgres, kafka, keys, "participants"))) {
                service.awaitReady(Duration.ofSeconds(120));
                double startSeconds = (System.nanoTime() - started) / 1e9;
                Thread.sleep(5_000);
                long idleRssKb = rssKb(service.pid());

                DevTokens tokens = new DevTokens(keys);
                String base = "http://127.0.0.1:" + port + "/api/participants/me";
                EventWatcher watcher = new EventWatcher(kafka.clientProperties("auditor"));
                watcher.start();

                // Warm-up, not measured: the JIT and the connection pools.
                run(base, mint(tokens, "warmup", 300), "warmup", concurrency, null);

                // Tokens are signed before the clock starts: signing is the identity provider's work.
                List<String> loadTokens = mint(tokens, "load", registrations);
                Map<String, Long> answered = new ConcurrentHashMap<>();
                long t0 = System.nanoTime();
                List<Long> latencies = run(base, loadTokens, "load", concurrency, answered);
                double seconds = (System.nanoTime() - t0) / 1e9;
                long loadRssKb = rssKb(service.pid());

                Map<String, Long> sequential = new ConcurrentHashMap<>();
                run(base, mint(tokens, "seq", 200), "seq", 1, sequential);

                List<Long> underLoad = watcher.await(answered);
                List<Long> oneByOne = watcher.await(sequential);
                watcher.stop();

                System.out.println();
                System.out.println("participants service benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, "
                        + "service JVM -Xmx256m, SerialGC)");
                System.out.printf("  start to ready                 %.2f s%n", startSeconds);
                System.out.printf("  idle RSS                       %d MiB%n", idleRssKb / 1024);
                System.out.printf("  RSS after load                 %d MiB%n", loadRssKb / 1024);
                System.out.printf("  register: %d requests, concurrency %d%n", registrations, concurrency);
                System.out.printf("    throughput                   %.0f requests/s%n", registrations / seconds);
                System.out.printf("    latency p50 / p99            %.1f / %.1f ms%n", pct(latencies, 50) / 1e6, pct(latencies, 99) / 1e6);
                System.out.printf("  commit -> event seen, under load      p50 %.1f ms, p99 %.1f ms (%d events)%n",
                        pct(underLoad, 50) / 1e6, pct(underLoad, 99) / 1e6, underLoad.size());
                System.out.printf("  commit -> event seen, one at a time   p50 %.1f ms, p99 %.1f ms (%d events)%n",
                        pct(oneByOne, 50) / 1e6, pct(oneByOne, 99) / 1e6, oneByOne.size());
            }
        } finally {
            LocalSystem.deleteRecursively(work);
        }
    }

    /** Sends {@code count} self-registrations; records when each 201 arrived, by participant id. */
    private static List<Long> run(String url, List<String> bearer, String prefix, int concurrency,
                                  Map<String, Long> answeredAt) throws Exception {
        int count = bearer.size();
        Semaphore inFlight = new Semaphore(concurrency);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<?>> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String body = """
                    {"displayName":"Bench %1$s %2$d","email":"bench-%1$s-%2$d-%3$d@example.org","type":"CITIZEN",
                     "district":"GARSTEDT","ageGroup":"AGE_30_TO_44","interests":["LIVING"],"displayNamePublic":true}"""
                    .formatted(prefix, i, System.nanoTime());
            HttpRequest request = Http.request("POST", url, bearer.get(i), "application/json", body).build();
            inFlight.acquire();
            long sent = System.nanoTime();
            all.add(Http.client().sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                long now = System.nanoTime();
                inFlight.release();
                if (error != null || response.statusCode() != 201) {
                    throw new IllegalStateException("registration failed: " + (error != null ? error : response.body()));
                }
                latencies.add(now - sent);
                if (answeredAt != null) {
                    String id = response.body().replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
                    answeredAt.put(id, now);
                }
            }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        return latencies;
    }

    private static List<String> mint(DevTokens tokens, String prefix, int count) {
        List<String> bearer = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            bearer.add(tokens.mint("bench-" + prefix + "-" + i + "-" + System.nanoTime()));
        }
        return bearer;
    }

    private static double pct(List<Long> values, int percentile) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static long rssKb(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    /** A plain consumer that notes when each participant's registered event arrives. */
    private static final class EventWatcher {
        private final Map<String, Long> seenAt = new ConcurrentHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        EventWatcher(Map<String, Object> client) {
            Properties props = new Properties();
            props.putAll(client);
            props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            thread = new Thread(() -> {
                try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
                    List<TopicPartition> partitions = new ArrayList<>();
                    while (partitions.isEmpty() && running.get()) {
                        var infos = consumer.partitionsFor("go.participants.v1", Duration.ofSeconds(5));
                        if (infos != null) {
                            infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
                        }
                    }
                    consumer.assign(partitions);
                    consumer.seekToBeginning(partitions);
                    while (running.get()) {
                        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(20))) {
                            long now = System.nanoTime();
                            if (record.value().contains(REGISTERED)) {
                                seenAt.putIfAbsent(record.key(), now);
                            }
                        }
                    }
                }
            }, "bench-event-watcher");
        }

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }

        List<Long> await(Map<String, Long> answered) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!seenAt.keySet().containsAll(answered.keySet()) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            List<Long> latencies = new ArrayList<>();
            answered.forEach((id, at) -> {
                Long seen = seenAt.get(id);
                if (seen != null) {
                    // An event can be seen before the HTTP answer arrives; that counts as zero.
                    latencies.add(Math.max(0, seen - at));
                }
            });
            return latencies;
        }
    }
}
