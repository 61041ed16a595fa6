package org.greentrain.study.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.greentrain.energy.Provenance;

/**
 * How the sources of a set of energy figures read in a sentence, for example "estimated with a CPU model (TDP x
 * utilisation) and a RAM model (watts per GiB) [tdp-estimate+ram-estimate]": whether they were measured by hardware
 * counters or estimated by a model, which ones, and their identifiers.
 */
final class ProvenanceWords {

    private ProvenanceWords() {
    }

    /** The sentence part for {@code provenances}, each an id or ids joined by {@code +}. */
    static String describe(List<String> provenances) {
        Set<String> ids = new LinkedHashSet<>();
        provenances.forEach(p -> ids.addAll(List.of(p.split("\\+"))));
        List<String> words = new ArrayList<>();
        int counters = 0;
        int models = 0;
        for (String id : ids) {
            Provenance p = known(id);
            if (p == null) {
                words.add("an unknown source");
                models++;
                continue;
            }
            words.add(words(p));
            if (p.isHardwareCounter()) {
                counters++;
            } else {
                models++;
            }
        }
        String how = models == 0 ? "measured by " : counters == 0 ? "estimated with " : "measured and estimated with ";
        return how + join(words) + " [" + String.join("+", ids) + "]";
    }

    private static String words(Provenance p) {
        switch (p) {
            case RAPL_PACKAGE:
                return "the CPU package's RAPL counters";
            case RAPL_DRAM:
                return "the DRAM's RAPL counters";
            case RAPL_PSYS:
                return "the platform's RAPL counter";
            case NVML_ENERGY_COUNTER:
                return "the GPU's energy counter";
            case NVML_POWER_SAMPLED:
                return "sampled GPU power";
            case TDP_ESTIMATE:
                return "a CPU model (TDP x utilisation)";
            case RAM_ESTIMATE:
                return "a RAM model (watts per GiB)";
            case CONSTANT_MODEL:
                return "a constant-power model";
            default:
                return p.id();
        }
    }

    private static Provenance known(String id) {
        for (Provenance p : Provenance.values()) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        return null;
    }

    private static String join(List<String> words) {
        if (words.size() <= 1) {
            return words.isEmpty() ? "no source" : words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
