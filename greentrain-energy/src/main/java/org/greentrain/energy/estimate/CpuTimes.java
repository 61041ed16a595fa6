package org.greentrain.energy.estimate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Cumulative CPU time of the machine and of this process, read from {@code /proc}. The machine figure is the busy time
 * summed over all CPUs ({@code /proc/stat}); the process figure includes the children this JVM has waited for, so a
 * measured child command is counted once it exits.
 *
 * @param machineBusySeconds busy CPU-seconds summed over all CPUs since boot, or 0 when unknown
 * @param processSeconds     CPU-seconds of this process and its reaped children, or 0 when unknown
 * @param onlineCpus         number of CPUs listed in {@code /proc/stat}
 */
public record CpuTimes(double machineBusySeconds, double processSeconds, int onlineCpus) {

    /** Linux reports {@code /proc} times in USER_HZ ticks, which is 100 on every mainstream architecture. */
    private static final double TICKS_PER_SECOND = 100.0;

    /** Reads the current times under {@code procRoot} (normally {@code /proc}); zeros where a file is missing. */
    public static CpuTimes read(Path procRoot) {
        double busy = 0;
        int cpus = 0;
        try {
            List<String> lines = Files.readAllLines(procRoot.resolve("stat"));
            for (String line : lines) {
                if (line.startsWith("cpu ")) {
                    busy = machineBusySeconds(ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII)));
                } else if (line.startsWith("cpu")) {
                    cpus++;
                }
            }
        } catch (IOException | RuntimeException e) {
            busy = 0;
        }
        return new CpuTimes(busy, processTicks(procRoot) / TICKS_PER_SECOND,
                cpus > 0 ? cpus : Runtime.getRuntime().availableProcessors());
    }

    /**
     * Machine-wide busy CPU-seconds from the bytes of {@code /proc/stat}, of which only the first line is parsed.
     *
     * @return busy seconds, or -1 when the first line is not the aggregate {@code cpu} line
     */
    public static double machineBusySeconds(ByteBuffer procStat) {
        // parse "cpu  user nice system idle iowait irq softirq steal ..." in place: this runs at every sample
        int i = procStat.position();
        int end = procStat.limit();
        if (end - i < 4 || procStat.get(i) != 'c' || procStat.get(i + 1) != 'p' || procStat.get(i + 2) != 'u'
                || procStat.get(i + 3) != ' ') {
            return -1;
        }
        i += 4;
        long busy = 0;
        int field = 0;
        while (i < end && procStat.get(i) != '\n') {
            byte c = procStat.get(i);
            if (c >= '0' && c <= '9') {
                long value = 0;
                while (i < end && (c = procStat.get(i)) >= '0' && c <= '9') {
                    value = value * 10 + (c - '0');
                    i++;
                }
                field++;
                if (isBusyField(field)) {
                    busy += value;
                }
            } else {
                i++;
            }
        }
        return busy / TICKS_PER_SECOND;
    }

    /** Fields 1-based after "cpu": user, nice, system, (idle), (iowait), irq, softirq, steal; guest is in user. */
    private static boolean isBusyField(int field) {
        return field == 1 || field == 2 || field == 3 || field == 6 || field == 7 || field == 8;
    }

    /** True when the machine-wide busy time could be read. */
    public boolean hasMachineTimes() {
        return machineBusySeconds > 0;
    }

    private static long processTicks(Path procRoot) {
        try {
            String stat = Files.readString(procRoot.resolve("self/stat"));
            // the command name in field 2 may contain spaces; fields after it start behind the last ')'
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
            // f[0] is field 3 (state); utime, stime, cutime, cstime are fields 14..17
            return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
