package org.pyston.runtime.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * Python's character classes and case mappings of one code point, as {@code str}'s methods use
 * them. Built on {@link Character} (the JDK's Unicode data) plus the few facts Java does not
 * expose: the Numeric_Type of digits and of CJK numerals, the full titlecase mappings, the
 * XID (not ID) identifier classes, case folding where it is not lower(upper(c)). Those facts
 * come from the Unicode Character Database; the JDK 17 tables are Unicode 13, CPython 3.11's
 * are Unicode 14, so characters new in 14.0 are classified as unassigned.
 */
public final class Unicode {
    private Unicode() {
    }

    /** Inclusive ranges of the characters with Numeric_Type=Digit that are not decimals. */
    private static final int[] DIGIT_RANGES = {0xb2, 0xb3, 0xb9, 0xb9, 0x1369, 0x1371, 0x19da, 0x19da, 0x2070, 0x2070,
        0x2074, 0x2079, 0x2080, 0x2089, 0x2460, 0x2468, 0x2474, 0x247c, 0x2488, 0x2490, 0x24ea, 0x24ea, 0x24f5, 0x24fd,
        0x24ff, 0x24ff, 0x2776, 0x277e, 0x2780, 0x2788, 0x278a, 0x2792, 0x10a40, 0x10a43, 0x10e60, 0x10e68, 0x11052,
        0x1105a, 0x1f100, 0x1f10a};

    /** Ideographs with a numeric value (Unihan): numeric although their category is Lo. */
    private static final int[] NUMERIC_IDEOGRAPHS = {0x3405, 0x3483, 0x382a, 0x3b4d, 0x4e00, 0x4e03, 0x4e07, 0x4e09,
        0x4e5d, 0x4e8c, 0x4e94, 0x4e96, 0x4ebf, 0x4ec0, 0x4edf, 0x4ee8, 0x4f0d, 0x4f70, 0x5104, 0x5146, 0x5169, 0x516b,
        0x516d, 0x5341, 0x5343, 0x5344, 0x5345, 0x534c, 0x53c1, 0x53c2, 0x53c3, 0x53c4, 0x56db, 0x58f1, 0x58f9, 0x5e7a,
        0x5efe, 0x5eff, 0x5f0c, 0x5f0d, 0x5f0e, 0x5f10, 0x62fe, 0x634c, 0x67d2, 0x6f06, 0x7396, 0x767e, 0x8086, 0x842c,
        0x8cae, 0x8cb3, 0x8d30, 0x9621, 0x9646, 0x964c, 0x9678, 0x96f6, 0xf96b, 0xf973, 0xf978, 0xf9b2, 0xf9d1, 0xf9d3,
        0xf9fd, 0x20001, 0x20064, 0x200e2, 0x20121, 0x2092a, 0x20983, 0x2098c, 0x2099c, 0x20aea, 0x20afd, 0x20b19,
        0x22390, 0x22998, 0x23b1b, 0x2626d, 0x2f890};

    /** ID_Continue characters that are not XID_Continue (NFKC would change them). */
    private static final int[] NOT_XID_CONTINUE = {0x37a, 0x2e2f, 0x309b, 0x309c, 0xfc5e, 0xfc5f, 0xfc60, 0xfc61,
        0xfc62, 0xfc63, 0xfdfa, 0xfdfb, 0xfe70, 0xfe72, 0xfe74, 0xfe76, 0xfe78, 0xfe7a, 0xfe7c, 0xfe7e};

    /** ID_Start characters that are not XID_Start, beyond {@link #NOT_XID_CONTINUE}. */
    private static final int[] NOT_XID_START = {0xe33, 0xeb3, 0xff9e, 0xff9f};

    /** Code points whose full titlecase mapping is more than one code point, and those mappings. */
    private static final int[] TITLE_SPECIAL = {0xdf, 0x149, 0x1f0, 0x390, 0x3b0, 0x587, 0x1e96, 0x1e97, 0x1e98, 0x1e99,
        0x1e9a, 0x1f50, 0x1f52, 0x1f54, 0x1f56, 0x1fb2, 0x1fb4, 0x1fb6, 0x1fb7, 0x1fc2, 0x1fc4, 0x1fc6, 0x1fc7, 0x1fd2,
        0x1fd3, 0x1fd6, 0x1fd7, 0x1fe2, 0x1fe3, 0x1fe4, 0x1fe6, 0x1fe7, 0x1ff2, 0x1ff4, 0x1ff6, 0x1ff7, 0xfb00, 0xfb01,
        0xfb02, 0xfb03, 0xfb04, 0xfb05, 0xfb06, 0xfb13, 0xfb14, 0xfb15, 0xfb16, 0xfb17};
    private static final String[] TITLE_SPECIAL_TO = {"\u0053\u0073", "\u02bc\u004e", "\u004a\u030c",
        "\u0399\u0308\u0301", "\u03a5\u0308\u0301", "\u0535\u0582", "\u0048\u0331", "\u0054\u0308", "\u0057\u030a",
        "\u0059\u030a", "\u0041\u02be", "\u03a5\u0313", "\u03a5\u0313\u0300", "\u03a5\u0313\u0301",
        "\u03a5\u0313\u0342", "\u1fba\u0345", "\u0386\u0345", "\u0391\u0342", "\u0391\u0342\u0345", "\u1fca\u0345",
        "\u0389\u0345", "\u0397\u0342", "\u0397\u0342\u0345", "\u0399\u0308\u0300", "\u0399\u0308\u0301",
        "\u0399\u0342", "\u0399\u0308\u0342", "\u03a5\u0308\u0300", "\u03a5\u0308\u0301", "\u03a1\u0313",
        "\u03a5\u0342", "\u03a5\u0308\u0342", "\u1ffa\u0345", "\u038f\u0345", "\u03a9\u0342", "\u03a9\u0342\u0345",
        "\u0046\u0066", "\u0046\u0069", "\u0046\u006c", "\u0046\u0066\u0069", "\u0046\u0066\u006c", "\u0053\u0074",
        "\u0053\u0074", "\u0544\u0576", "\u0544\u0565", "\u0544\u056b", "\u054e\u0576", "\u0544\u056d"};

    private static boolean inRanges(int[] ranges, int cp) {
        int i = Arrays.binarySearch(ranges, cp);
        // found: a bound; not found: inside a range when the insertion point is odd
        return i >= 0 || ((-i - 1) & 1) == 1;
    }

    public static boolean isAlpha(int cp) {
        return cp < 0x80 ? (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' : Character.isLetter(cp);
    }

    public static boolean isDecimal(int cp) {
        return cp < 0x80 ? cp >= '0' && cp <= '9' : Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    public static boolean isDigit(int cp) {
        return isDecimal(cp) || cp >= 0xb2 && inRanges(DIGIT_RANGES, cp);
    }

    public static boolean isNumeric(int cp) {
        if (cp < 0x80) {
            return cp >= '0' && cp <= '9';
        }
        switch (Character.getType(cp)) {
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.LETTER_NUMBER:
            case Character.OTHER_NUMBER:
                return true;
            case Character.OTHER_LETTER:
                return Arrays.binarySearch(NUMERIC_IDEOGRAPHS, cp) >= 0;
            default:
                return false;
        }
    }

    public static boolean isAlnum(int cp) {
        return isAlpha(cp) || isNumeric(cp) || isDigit(cp);
    }

    /** {@code str.isspace}: bidirectional class WS, B or S, or category Zs. */
    public static boolean isSpace(int cp) {
        if (cp < 0x80) {
            return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x1f);
        }
        return cp == 0x85 || Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** The line boundaries of {@code str.splitlines}. */
    public static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == '\r' || (cp >= 0x0b && cp <= 0x0c) || (cp >= 0x1c && cp <= 0x1e) || cp == 0x85
                || cp == 0x2028 || cp == 0x2029;
    }

    public static boolean isUpper(int cp) {
        return cp < 0x80 ? cp >= 'A' && cp <= 'Z' : Character.isUpperCase(cp);
    }

    public static boolean isLower(int cp) {
        return cp < 0x80 ? cp >= 'a' && cp <= 'z' : Character.isLowerCase(cp);
    }

    public static boolean isTitle(int cp) {
        return cp >= 0x80 && Character.isTitleCase(cp);
    }

    /** Unicode's Cased property. */
    public static boolean isCased(int cp) {
        return isUpper(cp) || isLower(cp) || isTitle(cp);
    }

    /** Unicode's Case_Ignorable property (for the final sigma rule). */
    public static boolean isCaseIgnorable(int cp) {
        switch (cp) {
            case '\'': case '.': case ':': case '^': case '`': case 0xa8: case 0xad: case 0xaf: case 0xb4: case 0xb7:
            case 0xb8: case 0x387: case 0x55f: case 0x5f4: case 0x2018: case 0x2019: case 0x2024: case 0x2027:
            case 0xfe13: case 0xfe52: case 0xfe55: case 0xff07: case 0xff0e: case 0xff1a:
                return true;
            default:
                break;
        }
        if (cp < 0x80) {
            return false;
        }
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.FORMAT:
            case Character.MODIFIER_LETTER:
            case Character.MODIFIER_SYMBOL:
                return true;
            default:
                return false;
        }
    }

    public static boolean isPrintable(int cp) {
        return cp < 0x7f ? cp >= 0x20 : StrRepr.isPrintable(cp);
    }

    /** XID_Start or '_': may start an identifier. */
    public static boolean isIdStart(int cp) {
        if (cp < 0x80) {
            return cp == '_' || (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
        }
        return Character.isUnicodeIdentifierStart(cp) && Arrays.binarySearch(NOT_XID_CONTINUE, cp) < 0
                && Arrays.binarySearch(NOT_XID_START, cp) < 0;
    }

    /** XID_Continue: may continue an identifier. */
    public static boolean isIdContinue(int cp) {
        if (cp < 0x80) {
            return cp == '_' || (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' || cp >= '0' && cp <= '9';
        }
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp)
                && Arrays.binarySearch(NOT_XID_CONTINUE, cp) < 0;
    }

    // ------------------------------------------------------------------ case mappings

    /** Appends the full lowercase mapping of {@code cp} (without the final sigma rule). */
    public static void appendLower(StringBuilder sb, int cp) {
        if (cp < 0x80) {
            sb.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
        } else if (cp == 0x130) {
            sb.append("i\u0307"); // the one unconditional multi-char lowercase mapping
        } else {
            CodePoints.append(sb, Character.toLowerCase(cp));
        }
    }

    /** Appends the full uppercase mapping of {@code cp}. */
    public static void appendUpper(StringBuilder sb, int cp) {
        if (cp < 0x80) {
            sb.append((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
        } else if (cp >= 0xD800 && cp <= 0xDFFF) {
            CodePoints.append(sb, cp);
        } else {
            if (hasSpecialUpper(cp)) {
                // Java's full mappings (SpecialCasing) are only reachable through String.toUpperCase.
                sb.append(new String(Character.toChars(cp)).toUpperCase(Locale.ROOT));
            } else {
                sb.appendCodePoint(Character.toUpperCase(cp));
            }
        }
    }

    /** True for the ranges holding every code point whose full uppercase mapping is several code points. */
    private static boolean hasSpecialUpper(int cp) {
        return cp == 0xdf || cp == 0x149 || cp == 0x1f0 || cp == 0x390 || cp == 0x3b0 || cp == 0x587
                || cp >= 0x1e96 && cp <= 0x1ffc || cp >= 0xfb00 && cp <= 0xfb17;
    }

    /** Appends the full titlecase mapping of {@code cp}. */
    public static void appendTitle(StringBuilder sb, int cp) {
        if (cp < 0x80) {
            sb.append((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
            return;
        }
        int i = Arrays.binarySearch(TITLE_SPECIAL, cp);
        if (i >= 0) {
            sb.append(TITLE_SPECIAL_TO[i]);
        } else {
            CodePoints.append(sb, Character.toTitleCase(cp));
        }
    }

    /** Appends the full case folding of {@code cp} ({@code str.casefold}). */
    public static void appendFold(StringBuilder sb, int cp) {
        if (cp < 0x80) {
            sb.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
            return;
        }
        // Cherokee folds to its uppercase letters (the lowercase ones came later to Unicode).
        if (cp >= 0x13a0 && cp <= 0x13f5) {
            sb.append((char) cp);
        } else if (cp >= 0x13f8 && cp <= 0x13fd) {
            sb.append((char) (cp - 8));
        } else if (cp >= 0xab70 && cp <= 0xabbf) {
            sb.append((char) (cp - 0xab70 + 0x13a0));
        } else if (cp == 0x131) {
            sb.append((char) cp); // dotless i has no folding
        } else if (cp == 0x1e9e) {
            sb.append("ss");
        } else if (cp >= 0xD800 && cp <= 0xDFFF) {
            CodePoints.append(sb, cp);
        } else {
            StringBuilder upper = new StringBuilder(3);
            appendUpper(upper, cp);
            String u = upper.toString();
            for (int k = 0; k < u.length(); ) {
                int c = u.codePointAt(k);
                k += Character.charCount(c);
                appendLower(sb, c);
            }
        }
    }

    // ------------------------------------------------------------------ names

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
        "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
        "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};
    private static final int HANGUL_FIRST = 0xAC00, HANGUL_LAST = 0xD7A3;

    private static volatile java.util.Map<String, Integer> hangulByName;

    /**
     * The Unicode name of {@code cp} as Python's {@code unicodedata.name} gives it, or null for
     * code points without one (controls, private use, unassigned). Hangul syllables and CJK
     * ideographs have names made by rule, which the JDK spells differently.
     */
    public static String name(int cp) {
        if (cp >= HANGUL_FIRST && cp <= HANGUL_LAST) {
            int s = cp - HANGUL_FIRST;
            return "HANGUL SYLLABLE " + JAMO_L[s / 588] + JAMO_V[s % 588 / 28] + JAMO_T[s % 28];
        }
        if (cp < 0 || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
            return null;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
                return null;
            default:
                break;
        }
        String n = Character.getName(cp);
        if (n == null) {
            return null;
        }
        String hex = Integer.toHexString(cp).toUpperCase(Locale.ROOT);
        if (n.endsWith(" " + hex)) {
            // a name the JDK derives from the block; only the CJK ideographs have one in Python
            return n.startsWith("CJK UNIFIED IDEOGRAPHS") ? "CJK UNIFIED IDEOGRAPH-" + hex : null;
        }
        return n;
    }

    /** Unicode names are letters, digits, spaces and hyphens (the JDK also knows "LINE FEED (LF)"). */
    private static boolean isNameText(String n) {
        if (n.isEmpty() || n.charAt(0) == ' ' || n.charAt(n.length() - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The code point named {@code name} as {@code \N{...}} and {@code unicodedata.lookup} find it:
     * Unicode names and name aliases in any case; the names made by rule (Hangul syllables, CJK
     * ideographs) only in upper case, as CPython. -1 when there is none.
     */
    public static int lookup(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        if (name.startsWith("HANGUL SYLLABLE ")) {
            java.util.Map<String, Integer> byName = hangulByName;
            if (byName == null) {
                byName = new java.util.HashMap<>();
                for (int cp = HANGUL_FIRST; cp <= HANGUL_LAST; cp++) {
                    byName.put(name(cp), cp);
                }
                hangulByName = byName;
            }
            return byName.getOrDefault(name, -1);
        }
        if (name.startsWith("CJK UNIFIED IDEOGRAPH-")) {
            try {
                int cp = Integer.parseInt(name.substring("CJK UNIFIED IDEOGRAPH-".length()), 16);
                return name.equals(name(cp)) ? cp : -1;
            } catch (NumberFormatException bad) {
                return -1;
            }
        }
        if (n.startsWith("HANGUL SYLLABLE") || n.startsWith("CJK UNIFIED IDEOGRAPH") || !isNameText(n)) {
            return -1;
        }
        int cp;
        try {
            cp = Character.codePointOf(n);
        } catch (IllegalArgumentException unknown) {
            return UnicodeAliases.lookup(n);
        }
        String hex = Integer.toHexString(cp).toUpperCase(Locale.ROOT);
        // the JDK's names made from block names are not Unicode names
        return n.endsWith(" " + hex) && !n.equals(name(cp)) ? -1 : cp;
    }
}
