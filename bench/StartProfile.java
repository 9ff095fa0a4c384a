import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a start's CPU went: groups the execution samples of a JFR recording by the part of the stack that did the
 * work (bench/README.md, "Where the start goes"). Record a start with
 * {@code BENCH_JVM_OPTS="-XX:StartFlightRecording=filename=/tmp/app.jfr,settings=profile"}, then
 * {@code java bench/StartProfile.java /tmp/app.jfr}. A sample belongs to the first marker below that any of its frames
 * names (so Derby under Flyway counts as Flyway); the timeline shows the three biggest parts per 5 s.
 */
public class StartProfile {

    private static final Map<String, String> MARKERS = new LinkedHashMap<>();

    static {
        MARKERS.put("org.committeeacademy.demo.", "demo data (ours)");
        MARKERS.put("CurriculumLoader", "curriculum import (ours)");
        MARKERS.put("org.flywaydb.", "Flyway migrations (ours)");
        MARKERS.put("org.committeeacademy.", "other of ours (filters, data source)");
        MARKERS.put("org.eclipse.persistence.", "EclipseLink");
        MARKERS.put("org.apache.derby.", "Derby");
        MARKERS.put("org.jboss.weld.", "Weld / CDI");
        MARKERS.put("com.sun.faces.", "Faces (Mojarra)");
        MARKERS.put("org.primefaces.", "PrimeFaces");
        MARKERS.put("com.hazelcast.", "Hazelcast");
        MARKERS.put("org.glassfish.hk2.classmodel", "annotation scan");
        MARKERS.put("org.objectweb.asm", "annotation scan");
        MARKERS.put("org.glassfish.jersey", "Jersey");
        MARKERS.put("org.glassfish.grizzly", "Grizzly");
        MARKERS.put("org.apache.catalina", "web container");
        MARKERS.put("com.sun.enterprise.deployment", "deployment");
        MARKERS.put("org.glassfish.deployment", "deployment");
        MARKERS.put("com.sun.enterprise.v3.server.ApplicationLifecycle", "deployment");
        MARKERS.put("fish.payara.micro", "Payara Micro boot");
        MARKERS.put("org.glassfish.hk2", "HK2 services");
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java bench/StartProfile.java RECORDING.jfr");
            System.exit(2);
        }
        Map<String, Integer> parts = new TreeMap<>();
        Map<String, Integer> threads = new TreeMap<>();
        Map<Long, Map<String, Integer>> timeline = new TreeMap<>();
        List<RecordedEvent> samples = new ArrayList<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (event.getEventType().getName().equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
                samples.add(event);
            }
        }
        long first = samples.stream().mapToLong(e -> e.getStartTime().toEpochMilli()).min().orElse(0);
        for (RecordedEvent sample : samples) {
            String part = part(sample.getStackTrace().getFrames());
            parts.merge(part, 1, Integer::sum);
            String thread = sample.getThread("sampledThread").getJavaName();
            threads.merge(thread == null ? "?" : thread.replaceAll("[-#]?\\d+$", ""), 1, Integer::sum);
            long bucket = (sample.getStartTime().toEpochMilli() - first) / 5000 * 5;
            timeline.computeIfAbsent(bucket, b -> new TreeMap<>()).merge(part, 1, Integer::sum);
        }
        int total = samples.size();
        System.out.printf("%d execution samples%n%n-- by part --%n", total);
        print(parts, total, 30);
        System.out.printf("%n-- by thread --%n");
        print(threads, total, 8);
        System.out.printf("%n-- timeline (s since the first sample: the three biggest parts) --%n");
        timeline.forEach((bucket, counts) -> System.out.printf(
                "%4d s  %s%n",
                bucket,
                counts.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .limit(3)
                        .map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", "))));
    }

    private static String part(List<RecordedFrame> frames) {
        for (Map.Entry<String, String> marker : MARKERS.entrySet()) {
            for (RecordedFrame frame : frames) {
                String name = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
                if (name.contains(marker.getKey())) {
                    return marker.getValue();
                }
            }
        }
        return "other (JDK, class loading)";
    }

    private static void print(Map<String, Integer> counts, int total, int limit) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(limit)
                .forEach(e -> System.out.printf(
                        "%6d %5.1f %%  %s%n", e.getValue(), 100.0 * e.getValue() / Math.max(1, total), e.getKey()));
    }
}
