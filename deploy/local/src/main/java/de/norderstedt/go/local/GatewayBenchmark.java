package de.norderstedt.go.local;

import de.norderstedt.go.platform.infra.DevKeys;
import de.norderstedt.go.platform.infra.KafkaBroker;
import de.norderstedt.go.platform.infra.PostgresServer;
import de.norderstedt.go.platform.infra.ServiceProcess;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the gateway costs: the same read ({@code GET /api/roadmap/phases}, a small database
 * query) directly at the roadmap service and through the gateway, in one run on this machine,
 * alternating, with the same clients. Prints requests/s, p50 and p99 for each.
 *
 * <p>Arguments: {@code [requests per round] [concurrency] [rounds]}, defaults 5000, 16 and 3.
 */
public final class GatewayBenchmark {

    private GatewayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path repo = Path.of(System.getProperty("go.local.repo", ".")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("go-bench-gateway-");
        Files.createDirectories(work.resolve("logs"));
        try (PostgresServer postgres = PostgresServer.startTemporary(); KafkaBroker kafka = KafkaBroker.startTemporary()) {
            postgres.ensureDatabase("roadmap");
            DevKeys keys = DevKeys.generate();
            ServiceProcess.Spec roadmap = new ServiceProcess.Spec("roadmap", KafkaBroker.freePort());
            ServiceProcess.Spec gateway = new ServiceProcess.Spec("gateway", KafkaBroker.freePort(), KafkaBroker.freePort());
            try (ServiceProcess service = ServiceProcess.start(repo, work, roadmap, ServiceProcess.environment(postgres, kafka, keys, "roadmap"));
                 ServiceProcess gw = ServiceProcess.start(repo, work, gateway, Map.of(
                         "MP_JWT_VERIFY_PUBLICKEY", keys.publicKeyPem(),
                         "GO_GATEWAY_ROUTES_ROADMAP_URL", "http://127.0.0.1:" + roadmap.port(),
                         "GO_GATEWAY_ROUTES_PARTICIPANTS_URL", "http://127.0.0.1:1",
                         "GO_GATEWAY_ROUTES_IDEAS_URL", "http://127.0.0.1:1",
                         "GO_GATEWAY_ROUTES_WORKSHOPS_URL", "http://127.0.0.1:1"))) {
                service.awaitReady(Duration.ofSeconds(120));
                gw.awaitReady(Duration.ofSeconds(120));
                String direct = "http://127.0.0.1:" + roadmap.port() + "/api/roadmap/phases";
                String through = "http://127.0.0.1:" + gateway.port() + "/api/roadmap/phases";
                run(direct, 1000, concurrency); // warm-up of both paths
                run(through, 1000, concurrency);
                System.out.printf("%n%d requests per round, %d concurrent clients, GET /api/roadmap/phases%n", requests, concurrency);
                System.out.printf("%-8s %-10s %10s %9s %9s%n", "round", "path", "req/s", "p50 ms", "p99 ms");
                for (int round = 1; round <= rounds; round++) {
                    print(round, "direct", run(direct, requests, concurrency));
                    print(round, "gateway", run(through, requests, concurrency));
                }
            }
        }
    }

    private record Result(double perSecond, double p50, double p99, int failed) {
    }

    private static void print(int round, String path, Result r) {
        System.out.printf("%-8d %-10s %10.0f %9.2f %9.2f%s%n", round, path, r.perSecond(), r.p50(), r.p99(),
                r.failed() == 0 ? "" : "   (" + r.failed() + " failed)");
    }

    private static Result run(String url, int requests, int concurrency) throws Exception {
        HttpRequest request = Http.request(url, null).GET().build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>(requests));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            workers.add(pool.submit(() -> {
                while (next.getAndIncrement() < requests) {
                    long t = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = Http.client().send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - t);
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(requests / seconds, sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6, failed.get());
    }
}
