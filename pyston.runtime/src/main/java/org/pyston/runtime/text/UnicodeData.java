package org.pyston.runtime.text;

import java.util.Arrays;

/**
 * The properties {@code unicodedata} reports for one code point. General category,
 * bidirectional class, mirroring and names are the JDK's (the same data {@code str}'s methods
 * classify with, see {@link Unicode}); canonical combining class, East Asian width and the
 * numeric values of non-decimal characters and decomposition mappings, which the JDK does not
 * expose, are the generated
 * {@link UnicodeTables} (Unicode 14.0, CPython 3.11's).
 */
public final class UnicodeData {
    private UnicodeData() {
    }

    /** The version of the JDK's character data: what {@link #category} and names follow. */
    public static String version() {
        int jdk = Runtime.version().feature();
        return jdk <= 17 ? "13.0.0" : jdk <= 19 ? "14.0.0" : jdk <= 21 ? "15.0.0" : jdk <= 23 ? "15.1.0" : "16.0.0";
    }

    private static final String[] CATEGORIES = new String[31];

    static {
        CATEGORIES[Character.UNASSIGNED] = "Cn";
        CATEGORIES[Character.UPPERCASE_LETTER] = "Lu";
        CATEGORIES[Character.LOWERCASE_LETTER] = "Ll";
        CATEGORIES[Character.TITLECASE_LETTER] = "Lt";
        CATEGORIES[Character.MODIFIER_LETTER] = "Lm";
        CATEGORIES[Character.OTHER_LETTER] = "Lo";
        CATEGORIES[Character.NON_SPACING_MARK] = "Mn";
        CATEGORIES[Character.ENCLOSING_MARK] = "Me";
        CATEGORIES[Character.COMBINING_SPACING_MARK] = "Mc";
        CATEGORIES[Character.DECIMAL_DIGIT_NUMBER] = "Nd";
        CATEGORIES[Character.LETTER_NUMBER] = "Nl";
        CATEGORIES[Character.OTHER_NUMBER] = "No";
        CATEGORIES[Character.SPACE_SEPARATOR] = "Zs";
        CATEGORIES[Character.LINE_SEPARATOR] = "Zl";
        CATEGORIES[Character.PARAGRAPH_SEPARATOR] = "Zp";
        CATEGORIES[Character.CONTROL] = "Cc";
        CATEGORIES[Character.FORMAT] = "Cf";
        CATEGORIES[Character.PRIVATE_USE] = "Co";
        CATEGORIES[Character.SURROGATE] = "Cs";
        CATEGORIES[Character.DASH_PUNCTUATION] = "Pd";
        CATEGORIES[Character.START_PUNCTUATION] = "Ps";
        CATEGORIES[Character.END_PUNCTUATION] = "Pe";
        CATEGORIES[Character.CONNECTOR_PUNCTUATION] = "Pc";
        CATEGORIES[Character.OTHER_PUNCTUATION] = "Po";
        CATEGORIES[Character.MATH_SYMBOL] = "Sm";
        CATEGORIES[Character.CURRENCY_SYMBOL] = "Sc";
        CATEGORIES[Character.MODIFIER_SYMBOL] = "Sk";
        CATEGORIES[Character.OTHER_SYMBOL] = "So";
        CATEGORIES[Character.INITIAL_QUOTE_PUNCTUATION] = "Pi";
        CATEGORIES[Character.FINAL_QUOTE_PUNCTUATION] = "Pf";
    }

    /** The two-letter general category ("Lu", "Cn", ...). */
    public static String category(int cp) {
        return CATEGORIES[Character.getType(cp)];
    }

    private static final String[] BIDI = new String[23];

    static {
        BIDI[Character.DIRECTIONALITY_LEFT_TO_RIGHT] = "L";
        BIDI[Character.DIRECTIONALITY_RIGHT_TO_LEFT] = "R";
        BIDI[Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC] = "AL";
        BIDI[Character.DIRECTIONALITY_EUROPEAN_NUMBER] = "EN";
        BIDI[Character.DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR] = "ES";
        BIDI[Character.DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR] = "ET";
        BIDI[Character.DIRECTIONALITY_ARABIC_NUMBER] = "AN";
        BIDI[Character.DIRECTIONALITY_COMMON_NUMBER_SEPARATOR] = "CS";
        BIDI[Character.DIRECTIONALITY_NONSPACING_MARK] = "NSM";
        BIDI[Character.DIRECTIONALITY_BOUNDARY_NEUTRAL] = "BN";
        BIDI[Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR] = "B";
        BIDI[Character.DIRECTIONALITY_SEGMENT_SEPARATOR] = "S";
        BIDI[Character.DIRECTIONALITY_WHITESPACE] = "WS";
        BIDI[Character.DIRECTIONALITY_OTHER_NEUTRALS] = "ON";
        BIDI[Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING] = "LRE";
        BIDI[Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE] = "LRO";
        BIDI[Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING] = "RLE";
        BIDI[Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE] = "RLO";
        BIDI[Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT] = "PDF";
        BIDI[Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE] = "LRI";
        BIDI[Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE] = "RLI";
        BIDI[Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE] = "FSI";
        BIDI[Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE] = "PDI";
    }

    /** The bidirectional class ("L", "AN", ...), or "" for an unassigned code point. */
    public static String bidirectional(int cp) {
        if (Character.getType(cp) == Character.UNASSIGNED) {
            return "";
        }
        byte d = Character.getDirectionality(cp);
        return d < 0 || d >= BIDI.length ? "" : BIDI[d];
    }

    /** The decimal digit value, or -1. */
    public static int decimal(int cp) {
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cp, 10) : -1;
    }

    /** The digit value (decimals and other Numeric_Type=Digit characters such as superscripts), or -1. */
    public static int digit(int cp) {
        int d = decimal(cp);
        if (d >= 0 || !Unicode.isDigit(cp)) {
            return d;
        }
        double v = numericTable(cp);
        return Double.isNaN(v) ? -1 : (int) v;
    }

    /** The numeric value, or NaN when the character has none. */
    public static double numeric(int cp) {
        int d = decimal(cp);
        return d >= 0 ? d : numericTable(cp);
    }

    /** The canonical combining class. */
    public static int combining(int cp) {
        int[] t = Tables.COMBINING;
        // runs of three ints: first, last, class; find the last run starting at or before cp
        int lo = 0, hi = t.length / 3 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (t[mid * 3] <= cp) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return hi >= 0 && cp <= t[hi * 3 + 1] ? t[hi * 3 + 2] : 0;
    }

    /** The East Asian width ("N", "Na", "A", "W", "H" or "F"). */
    public static String eastAsianWidth(int cp) {
        int i = Arrays.binarySearch(Tables.WIDTH_STARTS, cp);
        return UnicodeTables.WIDTHS[Tables.WIDTH_VALUES[i >= 0 ? i : -i - 2]];
    }

    /** The decomposition mapping as {@code unicodedata.decomposition} gives it ("" when none). */
    public static String decomposition(int cp) {
        String d = Decompositions.MAP.get(cp);
        return d == null ? "" : d;
    }

    private static final class Decompositions {
        static final java.util.Map<Integer, String> MAP = new java.util.HashMap<>();

        static {
            for (String part : UnicodeTables.DECOMPOSITION) {
                for (String entry : part.split(";")) {
                    int colon = entry.indexOf(':');
                    MAP.put(Integer.parseInt(entry.substring(0, colon), 16), entry.substring(colon + 1));
                }
            }
        }
    }

    private static double numericTable(int cp) {
        int i = Arrays.binarySearch(Tables.NUMERIC_CODES, cp);
        return i >= 0 ? Tables.NUMERIC_VALUES[i] : Double.NaN;
    }

    /** The tables parsed from their text, on first use. */
    private static final class Tables {
        static final int[] COMBINING = hexInts(UnicodeTables.COMBINING);
        static final int[] WIDTH_STARTS;
        static final byte[] WIDTH_VALUES;
        static final int[] NUMERIC_CODES;
        static final double[] NUMERIC_VALUES;

        static {
            int[] w = hexInts(UnicodeTables.EAST_ASIAN_WIDTH);
            WIDTH_STARTS = new int[w.length / 2];
            WIDTH_VALUES = new byte[w.length / 2];
            for (int i = 0; i < WIDTH_STARTS.length; i++) {
                WIDTH_STARTS[i] = w[2 * i];
                WIDTH_VALUES[i] = (byte) w[2 * i + 1];
            }
            String[] n = UnicodeTables.NUMERIC.split(" ");
            NUMERIC_CODES = new int[n.length / 2];
            NUMERIC_VALUES = new double[n.length / 2];
            for (int i = 0; i < NUMERIC_CODES.length; i++) {
                NUMERIC_CODES[i] = Integer.parseInt(n[2 * i], 16);
                NUMERIC_VALUES[i] = Double.parseDouble(n[2 * i + 1]);
            }
        }

        private static int[] hexInts(String text) {
            String[] parts = text.split(" ");
            int[] r = new int[parts.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = Integer.parseInt(parts[i], 16);
            }
            return r;
        }
    }
}
