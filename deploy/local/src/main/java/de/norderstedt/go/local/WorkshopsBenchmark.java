package de.norderstedt.go.local;

import de.norderstedt.go.platform.infra.DevKeys;
import de.norderstedt.go.platform.infra.DevTokens;
import de.norderstedt.go.platform.infra.KafkaBroker;
import de.norderstedt.go.platform.infra.PostgresServer;
import de.norderstedt.go.platform.infra.ServiceProcess;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * The registration burst of a popular event: many people register for few seats at once.
 * Prints registrations/s, how many were confirmed, and how many seats were overbooked (must be 0).
 *
 * <p>Arguments: {@code [requests=2000] [seats=150] [concurrency=32]}.
 */
public final class WorkshopsBenchmark {

    private WorkshopsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int seats = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        Path repo = Path.of(System.getProperty("go.local.repo", ".")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("go-bench-workshops-");
        Files.createDirectories(work.resolve("logs"));
        int port = KafkaBroker.freePort();
        try (PostgresServer postgres = PostgresServer.startTemporary(); KafkaBroker kafka = KafkaBroker.startTemporary()) {
            postgres.ensureDatabase("workshops");
            DevKeys keys = DevKeys.generate();
            try (ServiceProcess service = ServiceProcess.start(repo, work, new ServiceProcess.Spec("workshops", port), ServiceProcess.environment(postgres, kafka, keys, "workshops"))) {
                service.awaitReady(Duration.ofSeconds(120));
                String base = "http://127.0.0.1:" + port + "/api/workshops";
                String staff = new DevTokens(keys).mint("bench-core-team", "core-team");
                String created = Http.json("POST", base, staff, """
                        {"title":"Auftakt","type":"KICK_OFF","format":"ON_SITE","startsAt":"2031-09-23T18:00:00+02:00",
                         "endsAt":"2031-09-23T21:00:00+02:00","audience":"PUBLIC","capacityOnSite":%d}""".formatted(seats), 201);
                String id = created.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
                Http.json("POST", base + "/" + id + "/status", staff, "{\"status\":\"PUBLISHED\"}", 200);
                Http.json("POST", base + "/" + id + "/status", staff, "{\"status\":\"REGISTRATION_OPEN\"}", 200);

                Semaphore inFlight = new Semaphore(concurrency);
                List<CompletableFuture<?>> all = new ArrayList<>();
                long t0 = System.nanoTime();
                for (int i = 0; i < requests; i++) {
                    HttpRequest request = Http.request("POST", base + "/" + id + "/guest-registrations", null, "application/json",
                            "{\"name\":\"Gast " + i + "\",\"email\":\"gast" + i + "@example.org\",\"mode\":\"ON_SITE\"}").build();
                    inFlight.acquire();
                    all.add(Http.client().sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                        inFlight.release();
                        if (e != null || r.statusCode() != 201) {
                            throw new IllegalStateException("registration failed: " + (e != null ? e : r.statusCode()));
                        }
                    }));
                }
                CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
                double seconds = (System.nanoTime() - t0) / 1e9;
                long confirmed;
                try (Connection db = DriverManager.getConnection(postgres.jdbcUrl("workshops"), PostgresServer.USER, PostgresServer.PASSWORD);
                     Statement s = db.createStatement();
                     ResultSet rs = s.executeQuery("select count(*) from registration where status = 'CONFIRMED'")) {
                    rs.next();
                    confirmed = rs.getLong(1);
                }
                System.out.println();
                System.out.println("workshops registration burst (" + Runtime.getRuntime().availableProcessors() + " cores; everything on this machine)");
                System.out.printf("  %d registrations for %d seats, %d concurrent: %.1f s, %.0f registrations/s%n",
                        requests, seats, concurrency, seconds, requests / seconds);
                System.out.printf("  confirmed %d, waitlisted %d, overbooked %d%n", confirmed, requests - confirmed, Math.max(0, confirmed - seats));
            }
        } finally {
            LocalSystem.deleteRecursively(work);
        }
    }
}
