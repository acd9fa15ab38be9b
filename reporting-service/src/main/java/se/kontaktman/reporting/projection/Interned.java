package se.kontaktman.reporting.projection;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each id held in memory: the same staff ids, group ids and occurrence names recur in
 * hundreds of thousands of facts.
 */
final class Interned {

    private static final ConcurrentHashMap<String, String> IDS = new ConcurrentHashMap<>();

    private Interned() {
    }

    static String of(String id) {
        // Case ids are unique, so kept as they are; the map holds the recurring ones.
        if (id.length() == 36 && id.charAt(8) == '-') {
            return id;
        }
        String known = IDS.putIfAbsent(id, id);
        return known == null ? id : known;
    }
}
