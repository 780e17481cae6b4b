package org.pyston.compiler.parser;

/**
 * Character names for {@code \N{...}} escapes: the names of the Unicode Character Database (in
 * any letter case, as CPython), including the ones Unicode derives by rule, which the JVM's own
 * lookup does not know: Hangul syllables ({@code HANGUL SYLLABLE GAG}) and CJK unified ideographs
 * ({@code CJK UNIFIED IDEOGRAPH-4E00}).
 */
final class UnicodeNames {
    private UnicodeNames() {
    }

    private static final String HANGUL_PREFIX = "HANGUL SYLLABLE ";
    private static final String CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-";
    private static final int HANGUL_FIRST = 0xAC00;
    private static final String[] LEADS = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] VOWELS = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
        "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] TRAILS = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
        "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    /** The code point named {@code name}, or -1. */
    static int lookup(String name) {
        if (name.isEmpty() || Character.isWhitespace(name.charAt(0))
                || Character.isWhitespace(name.charAt(name.length() - 1))) {
            return -1; // the JVM would ignore the blanks, Python does not
        }
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        if (upper.startsWith(HANGUL_PREFIX)) {
            return hangul(upper.substring(HANGUL_PREFIX.length()));
        }
        if (upper.startsWith(CJK_PREFIX)) {
            String hex = upper.substring(CJK_PREFIX.length());
            if (hex.length() < 4 || hex.length() > 5 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 0x80)) {
                return -1;
            }
            int cp = Integer.parseInt(hex, 16);
            String jvmName = Character.getName(cp);
            return jvmName != null && jvmName.startsWith("CJK UNIFIED IDEOGRAPHS") ? cp : -1;
        }
        try {
            int cp = Character.codePointOf(upper);
            // The JVM also answers its generated "<BLOCK> <hex>" names for unnamed characters.
            String own = Character.getName(cp);
            return own != null && own.equals(upper) && !upper.startsWith("CJK UNIFIED IDEOGRAPHS")
                    && !upper.startsWith("HANGUL SYLLABLES") ? cp : -1;
        } catch (IllegalArgumentException unknown) {
            return -1;
        }
    }

    /** A Hangul syllable from the short names of its lead, vowel and optional trailing jamo. */
    private static int hangul(String jamo) {
        for (int l = 0; l < LEADS.length; l++) {
            if (!jamo.startsWith(LEADS[l])) {
                continue;
            }
            for (int v = 0; v < VOWELS.length; v++) {
                if (!jamo.startsWith(VOWELS[v], LEADS[l].length())) {
                    continue;
                }
                String rest = jamo.substring(LEADS[l].length() + VOWELS[v].length());
                for (int t = 0; t < TRAILS.length; t++) {
                    if (rest.equals(TRAILS[t])) {
                        return HANGUL_FIRST + (l * VOWELS.length + v) * TRAILS.length + t;
                    }
                }
            }
        }
        return -1;
    }
}
