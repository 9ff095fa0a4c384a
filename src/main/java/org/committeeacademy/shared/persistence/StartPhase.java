package org.committeeacademy.shared.persistence;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The time one phase of the start took, for the server log: wall-clock time and the CPU time of the starting thread.
 * The CPU time hardly depends on what else runs on the machine, so starts on a busy machine can still be compared
 * (bench/README.md, "Where the start goes").
 */
public final class StartPhase {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long wallStart;
    private final long cpuStart;

    private StartPhase(long wallStart, long cpuStart) {
        this.wallStart = wallStart;
        this.cpuStart = cpuStart;
    }

    public static StartPhase begin() {
        return new StartPhase(System.nanoTime(), cpu());
    }

    /** For example "1,234 ms, 987 ms CPU of this thread". */
    public String took() {
        long wallMillis = (System.nanoTime() - wallStart) / 1_000_000;
        long cpu = cpu();
        String cpuPart = cpu < 0 || cpuStart < 0 ? "" : ", " + (cpu - cpuStart) / 1_000_000 + " ms CPU of this thread";
        return wallMillis + " ms" + cpuPart;
    }

    private static long cpu() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    }
}
