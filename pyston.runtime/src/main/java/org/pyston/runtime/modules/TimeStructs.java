package org.pyston.runtime.modules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code time}'s calendar half: struct_time, gmtime/localtime/mktime, asctime/ctime, strftime
 * (the C locale's texts) and the time zone attributes, on java.time with the JVM's default zone
 * (the TZ the process was started with).
 */
final class TimeStructs {
    private TimeStructs() {
    }

    static final PyType STRUCT_TIME = StructSeq.newType("time", "struct_time", new String[] {"tm_year", "tm_mon",
        "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"}, 9, true);

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
        "Dec"};

    static void install(PyModule m) {
        m.set("struct_time", STRUCT_TIME);
        ZoneId zone = ZoneId.systemDefault();
        int year = LocalDateTime.now().getYear();
        ZoneOffset jan = zone.getRules().getOffset(LocalDateTime.of(year, 1, 1, 0, 0));
        ZoneOffset jul = zone.getRules().getOffset(LocalDateTime.of(year, 7, 1, 0, 0));
        ZoneOffset std = jan.getTotalSeconds() <= jul.getTotalSeconds() ? jan : jul;
        ZoneOffset dst = std == jan ? jul : jan;
        m.set("timezone", (long) -std.getTotalSeconds());
        m.set("altzone", (long) -dst.getTotalSeconds());
        m.set("daylight", jan.equals(jul) ? 0L : 1L);
        m.set("tzname", PyTuple.of(zoneName(zone, LocalDateTime.of(year, std == jan ? 1 : 7, 1, 0, 0)),
                zoneName(zone, LocalDateTime.of(year, std == jan ? 7 : 1, 1, 0, 0))));
        Ext.function(m, "gmtime", (a, k) -> {
            Ext.positionalOnly("gmtime", a, k, 0, 1);
            return struct(ZonedDateTime.ofInstant(instant(a), ZoneOffset.UTC), "GMT");
        });
        Ext.function(m, "localtime", (a, k) -> {
            Ext.positionalOnly("localtime", a, k, 0, 1);
            ZonedDateTime t = ZonedDateTime.ofInstant(instant(a), zone);
            return struct(t, zoneName(zone, t.toLocalDateTime()));
        });
        Ext.function(m, "mktime", (a, k) -> {
            Ext.positionalOnly("mktime", a, k, 1, 1);
            long[] f = fields("mktime", a[0]);
            LocalDateTime t = LocalDateTime.of((int) f[0], 1, 1, 0, 0).plusMonths(f[1] - 1).plusDays(f[2] - 1)
                    .plusHours(f[3]).plusMinutes(f[4]).plusSeconds(f[5]);
            return (double) t.atZone(zone).toEpochSecond();
        });
        Ext.function(m, "asctime", (a, k) -> {
            Ext.positionalOnly("asctime", a, k, 0, 1);
            long[] f = a.length == 0 ? fields("asctime", localNow(zone)) : fields("asctime", a[0]);
            return asctime(f);
        });
        Ext.function(m, "ctime", (a, k) -> {
            Ext.positionalOnly("ctime", a, k, 0, 1);
            ZonedDateTime t = ZonedDateTime.ofInstant(instant(a), zone);
            return asctime(fields("ctime", struct(t, "")));
        });
        Ext.function(m, "strftime", (a, k) -> {
            Ext.positionalOnly("strftime", a, k, 1, 2);
            if (!(a[0] instanceof String format)) {
                throw Errors.typeError("strftime() argument 1 must be str, not " + Errors.typeName(a[0]));
            }
            Object t = a.length > 1 ? a[1] : localNow(zone);
            long[] f = fields("strftime", t);
            if (f[1] < 1 || f[1] > 12) {
                throw Errors.valueError("month out of range");
            }
            if (f[2] < 1 || f[2] > 31) {
                throw Errors.valueError("day of month out of range");
            }
            Object zoneName = t instanceof StructSeq s && ((PyTuple) s).items.length >= 9
                    ? Abstract.getAttr(t, "tm_zone") : Singletons.NONE;
            Object gmtoff = t instanceof StructSeq ? Abstract.getAttr(t, "tm_gmtoff") : Singletons.NONE;
            return strftime(format, f, zoneName == Singletons.NONE ? "" : Abstract.str(zoneName),
                    gmtoff == Singletons.NONE ? 0 : Abstract.index(gmtoff));
        });
    }

    private static Object localNow(ZoneId zone) {
        ZonedDateTime t = ZonedDateTime.now(zone);
        return struct(t, zoneName(zone, t.toLocalDateTime()));
    }

    private static String zoneName(ZoneId zone, LocalDateTime at) {
        boolean dst = zone.getRules().isDaylightSavings(at.atZone(zone).toInstant());
        String name = java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ROOT)
                .format(at.atZone(zone));
        return dst || name.isEmpty() ? name : name;
    }

    private static Instant instant(Object[] a) {
        if (a.length == 0 || a[0] == Singletons.NONE) {
            return Instant.now();
        }
        double secs = Abstract.asDouble(a[0]);
        if (Double.isNaN(secs)) {
            throw Errors.valueError("Invalid value NaN (not a number)");
        }
        if (Math.abs(secs) > 6.7e16) {
            throw Errors.overflow("timestamp out of range for platform time_t");
        }
        return Instant.ofEpochSecond((long) Math.floor(secs));
    }

    private static Object struct(ZonedDateTime t, String zone) {
        DayOfWeek d = t.getDayOfWeek();
        boolean dst = t.getZone().getRules().isDaylightSavings(t.toInstant());
        return StructSeq.of(STRUCT_TIME, (long) t.getYear(), (long) t.getMonthValue(), (long) t.getDayOfMonth(),
                (long) t.getHour(), (long) t.getMinute(), (long) t.getSecond(), (long) (d.getValue() - 1),
                (long) t.getDayOfYear(), dst ? 1L : 0L, zone, (long) t.getOffset().getTotalSeconds());
    }

    /** The nine fields of a struct_time or 9-tuple. */
    private static long[] fields(String fname, Object t) {
        if (!(t instanceof PyTuple tuple)) {
            throw Errors.typeError("Tuple or struct_time argument required");
        }
        if (tuple.items.length < 9) {
            throw Errors.typeError(fname + "(): illegal time tuple argument");
        }
        long[] f = new long[9];
        for (int i = 0; i < 9; i++) {
            f[i] = Abstract.index(tuple.items[i]);
        }
        return f;
    }

    private static String asctime(long[] f) {
        return String.format("%s %s %2d %02d:%02d:%02d %d", DAYS[(int) Math.floorMod(f[6], 7)],
                MONTHS[(int) Math.floorMod(f[1] - 1, 12)], f[2], f[3], f[4], f[5], f[0]);
    }

    /** C-locale strftime; unknown directives are copied, as glibc does. */
    private static String strftime(String format, long[] f, String zone, long gmtoff) {
        StringBuilder out = new StringBuilder();
        int wday = (int) Math.floorMod(f[6], 7); // Monday 0
        int sunday0 = (wday + 1) % 7;
        int yday = (int) f[7] - 1;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                out.append(c);
                continue;
            }
            char d = format.charAt(++i);
            switch (d) {
                case 'a' -> out.append(DAYS[wday]);
                case 'A' -> out.append(DayOfWeek.of(wday + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                case 'b', 'h' -> out.append(MONTHS[(int) f[1] - 1]);
                case 'B' -> out.append(java.time.Month.of((int) f[1]).getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                case 'c' -> out.append(asctime(f));
                case 'd' -> out.append(String.format("%02d", f[2]));
                case 'e' -> out.append(String.format("%2d", f[2]));
                case 'H' -> out.append(String.format("%02d", f[3]));
                case 'I' -> out.append(String.format("%02d", f[3] % 12 == 0 ? 12 : f[3] % 12));
                case 'j' -> out.append(String.format("%03d", f[7]));
                case 'm' -> out.append(String.format("%02d", f[1]));
                case 'M' -> out.append(String.format("%02d", f[4]));
                case 'p' -> out.append(f[3] < 12 ? "AM" : "PM");
                case 'S' -> out.append(String.format("%02d", f[5]));
                case 'U' -> out.append(String.format("%02d", (yday + 7 - sunday0) / 7));
                case 'W' -> out.append(String.format("%02d", (yday + 7 - wday) / 7));
                case 'w' -> out.append(sunday0);
                case 'u' -> out.append(wday + 1);
                case 'x' -> out.append(String.format("%02d/%02d/%02d", f[1], f[2], Math.floorMod(f[0], 100)));
                case 'X', 'T' -> out.append(String.format("%02d:%02d:%02d", f[3], f[4], f[5]));
                case 'D' -> out.append(String.format("%02d/%02d/%02d", f[1], f[2], Math.floorMod(f[0], 100)));
                case 'F' -> out.append(String.format("%d-%02d-%02d", f[0], f[1], f[2]));
                case 'R' -> out.append(String.format("%02d:%02d", f[3], f[4]));
                case 'y' -> out.append(String.format("%02d", Math.floorMod(f[0], 100)));
                case 'Y' -> out.append(f[0]);
                case 'C' -> out.append(String.format("%02d", Math.floorDiv(f[0], 100)));
                case 'z' -> out.append(String.format("%s%02d%02d", gmtoff < 0 ? "-" : "+", Math.abs(gmtoff) / 3600,
                        Math.abs(gmtoff) / 60 % 60));
                case 'Z' -> out.append(zone);
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case '%' -> out.append('%');
                default -> out.append('%').append(d);
            }
        }
        return out.toString();
    }
}
