package de.norderstedt.go.local;

import de.norderstedt.go.platform.infra.DevKeys;
import de.norderstedt.go.platform.infra.DevTokens;
import de.norderstedt.go.platform.infra.KafkaBroker;
import de.norderstedt.go.platform.infra.PostgresServer;
import de.norderstedt.go.platform.infra.ServiceProcess;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the ideas service at the programme's scale and far beyond: list page p50 at 10,000
 * and at 1,000,000 ideas, German search p95 for a common and a rare word, GET by id requests/s
 * beside pgbench selecting the same row on the same database with the same number of clients,
 * and the import rate of a 50,000-card CSV. Generated data, real PostgreSQL, the service's jar.
 *
 * <p>Arguments: {@code [ideas=1000000] [clients=8] [seconds=15]}.
 */
public final class IdeasBenchmark {

    private IdeasBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        Path repo = Path.of(System.getProperty("go.local.repo", ".")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("go-bench-ideas-");
        Files.createDirectories(work.resolve("logs"));
        int port = KafkaBroker.freePort();
        List<String> report = new ArrayList<>();
        try (PostgresServer postgres = PostgresServer.startTemporary(); KafkaBroker kafka = KafkaBroker.startTemporary()) {
            postgres.ensureDatabase("ideas");
            DevKeys keys = DevKeys.generate();
            try (ServiceProcess service = ServiceProcess.start(repo, work, new ServiceProcess.Spec("ideas", port), ServiceProcess.environment(postgres, kafka, keys, "ideas"));
                 Connection db = DriverManager.getConnection(postgres.jdbcUrl("ideas"), PostgresServer.USER, PostgresServer.PASSWORD)) {
                service.awaitReady(Duration.ofSeconds(120));
                String base = "http://127.0.0.1:" + port + "/api/ideas";

                generate(db, 0, 10_000);
                report.add(String.format("  list page (newest, 20), p50 at     10,000 ideas   %.1f ms", pct(time(base + "?limit=20", 300), 50)));
                report.add(String.format("  list page (one field), p50 at      10,000 ideas   %.1f ms", pct(time(base + "?actionField=WORKING_IN&limit=20", 300), 50)));

                long t0 = System.nanoTime();
                for (int from = 10_000; from < total; from += 100_000) {
                    generate(db, from, Math.min(total, from + 100_000));
                }
                double genSeconds = (System.nanoTime() - t0) / 1e9;
                try (Statement s = db.createStatement()) {
                    s.execute("vacuum analyze idea");
                }
                report.add(String.format("  (generated %,d ideas with their search and trigram indexes in %.0f s)", total, genSeconds));
                report.add(String.format("  list page (newest, 20), p50 at %,10d ideas   %.1f ms", total, pct(time(base + "?limit=20", 300), 50)));
                report.add(String.format("  list page (one field), p50 at  %,10d ideas   %.1f ms", total, pct(time(base + "?actionField=WORKING_IN&limit=20", 300), 50)));
                report.add(String.format("  list page 50 deep (cursor), p50 at %,6d ideas   %.1f ms", total, pct(timeDeep(base, 50), 50)));
                long common = count(db, "Radwege");
                long rare = count(db, "Moorbek");
                report.add(String.format("  search p95, common word 'Radwege' (%,d matches)   %.1f ms", common,
                        pct(time(base + "?q=" + URLEncoder.encode("Radwege", StandardCharsets.UTF_8) + "&limit=20", 200), 95)));
                report.add(String.format("  search p95, rare word 'Moorbek' (%,d matches)      %.1f ms", rare,
                        pct(time(base + "?q=Moorbek&limit=20", 200), 95)));

                UUID id;
                try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select id from idea order by created_at desc limit 1 offset 12345")) {
                    rs.next();
                    id = (UUID) rs.getObject(1);
                }
                double viaService = throughput(base + "/" + id, clients, seconds);
                double viaPgbench = pgbench(postgres, id, clients, seconds, work);
                report.add(String.format("  GET /api/ideas/{id}, %d clients, %d s                %.0f requests/s", clients, seconds, viaService));
                report.add(String.format("  pgbench, same row, same clients and time         %s",
                        Double.isNaN(viaPgbench) ? "not run (install pgbench: apt-get install postgresql-client)" : String.format("%.0f transactions/s", viaPgbench)));

                String token = new DevTokens(keys).mint("bench-core-team", "core-team");
                StringBuilder csv = new StringBuilder("title,text,action_field,group,tags\n");
                String[] fields = {"LIVING", "EXPERIENCING", "WORKING_IN", "WORKING_WITH"};
                for (int i = 0; i < 50_000; i++) {
                    csv.append("Importierte Karte ").append(i).append(",\"Text der Karte ").append(i).append(", digital und vernetzt\",")
                            .append(fields[i % 4]).append(",Gruppe ").append(i % 12).append(",import;benchmark\n");
                }
                long i0 = System.nanoTime();
                HttpResponse<String> imported = Http.send(Http.request("POST", base + "/imports?workshopId=" + UUID.randomUUID(), token,
                        "text/csv; charset=UTF-8", csv.toString()).timeout(Duration.ofMinutes(10)).build());
                double importSeconds = (System.nanoTime() - i0) / 1e9;
                if (imported.statusCode() != 201) {
                    throw new IllegalStateException("import failed: " + imported.statusCode() + " " + imported.body());
                }
                report.add(String.format("  import of a 50,000-card CSV (%.1f MB)              %.1f s, %.0f cards/s",
                        csv.length() / 1e6, importSeconds, 50_000 / importSeconds));
            }
        } finally {
            LocalSystem.deleteRecursively(work);
        }
        System.out.println();
        System.out.println("ideas service benchmark (" + Runtime.getRuntime().availableProcessors() + " cores; PostgreSQL, Kafka, service and clients on this machine)");
        report.forEach(System.out::println);
    }

    private static final String[] ADJECTIVES = {"Digitale", "Smarte", "Offene", "Sichere", "Grüne", "Vernetzte", "Barrierefreie", "Neue"};
    private static final String[] NOUNS = {"Radwege", "Bürgerdienste", "Schulen", "Parkplätze", "Laternen", "Sportstätten",
            "Bibliothek", "Verwaltung", "Energie", "Mobilität", "Spielplätze", "Haltestellen", "Grünflächen", "Märkte"};
    private static final String[] SENTENCES = {"Damit wird der Alltag in Norderstedt einfacher.", "Die Stadtwerke könnten das umsetzen.",
            "Gut für Familien und ältere Menschen.", "Die Daten sollten offen verfügbar sein.", "Ein Pilot in Garstedt wäre ein Anfang.",
            "Vereine und Schulen sollten mitmachen.", "Das spart Wege ins Rathaus.", "Mit Sensoren und einer App."};

    /** Inserts ideas {@code from} (inclusive) to {@code to} (exclusive) in one statement; every 50,000th mentions the Moorbek. */
    private static void generate(Connection db, int from, int to) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("""
                    insert into idea (id, title, description, action_field, kind, origin, status, tags, created_at, updated_at, support_count)
                    select gen_random_uuid(),
                           (%1$s)[1 + g %% %2$d] || ' ' || (%3$s)[1 + (g / 7) %% %4$d] || case when g %% 50000 = 0 then ' an der Moorbek' else '' end || ' ' || g,
                           (%5$s)[1 + (g / 3) %% %6$d] || ' ' || (%5$s)[1 + (g / 11) %% %6$d],
                           (array['LIVING','EXPERIENCING','WORKING_IN','WORKING_WITH'])[1 + g %% 4],
                           'PROJECT_IDEA', 'ONLINE', 'SUBMITTED', '{}',
                           timestamptz '2021-11-19 12:00:00+01' + make_interval(secs => g), now(), g %% 37
                    from generate_series(%7$d, %8$d) g""".formatted(
                    array(ADJECTIVES), ADJECTIVES.length, array(NOUNS), NOUNS.length, array(SENTENCES), SENTENCES.length, from, to - 1));
        }
    }

    private static String array(String[] values) {
        return "array[" + String.join(",", java.util.Arrays.stream(values).map(v -> "'" + v.replace("'", "''") + "'").toList()) + "]";
    }

    private static long count(Connection db, String word) throws Exception {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from idea where search @@ websearch_to_tsquery('german', '" + word + "')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Long> time(String url, int n) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < n + 20; i++) {
            long t = System.nanoTime();
            Http.get(url);
            if (i >= 20) {
                times.add(System.nanoTime() - t);
            }
        }
        return times;
    }

    /** Follows {@code next} cursors {@code pages} deep and times each page. */
    private static List<Long> timeDeep(String base, int pages) throws Exception {
        List<Long> times = new ArrayList<>();
        String next = null;
        for (int i = 0; i < pages; i++) {
            String url = base + "?limit=20" + (next == null ? "" : "&after=" + next);
            long t = System.nanoTime();
            String body = Http.get(url);
            times.add(System.nanoTime() - t);
            next = body.replaceAll("(?s).*\"next\":\"([^\"]+)\".*", "$1");
        }
        return times;
    }

    private static double throughput(String url, int clients, int seconds) throws Exception {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch finished = new CountDownLatch(clients);
        HttpRequest request = Http.request(url, null).build();
        for (int c = 0; c < clients; c++) {
            new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        if (Http.client().send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                            done.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    finished.countDown();
                }
            }).start();
        }
        finished.await();
        return done.get() / (double) seconds;
    }

    private static double pgbench(PostgresServer postgres, UUID id, int clients, int seconds, Path work) throws Exception {
        Path script = work.resolve("select-idea.sql");
        Files.writeString(script, "select * from idea where id = '" + id + "';\n");
        ProcessBuilder pb = new ProcessBuilder("pgbench", "-n", "-h", "127.0.0.1", "-p", Integer.toString(postgres.port()),
                "-U", PostgresServer.USER, "-c", Integer.toString(clients), "-j", "2", "-T", Integer.toString(seconds),
                "-f", script.toString(), "ideas").redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", PostgresServer.PASSWORD);
        Process p;
        try {
            p = pb.start();
        } catch (java.io.IOException noPgbench) {
            return Double.NaN;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        for (String line : out.split("\n")) {
            if (line.startsWith("tps = ")) {
                return Double.parseDouble(line.substring(6).split(" ")[0]);
            }
        }
        throw new IllegalStateException("pgbench said: " + out);
    }

    private static double pct(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }
}
