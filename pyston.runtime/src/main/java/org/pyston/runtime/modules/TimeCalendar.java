package org.pyston.runtime.modules;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.ExecutionContext;
import org.pyston.runtime.objects.Imports;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * The calendar half of {@code time}: {@code struct_time}, {@code gmtime}/{@code localtime}/
 * {@code mktime}, {@code asctime}/{@code ctime}, {@code strftime} with the C library's
 * directives in the C locale, {@code strptime} (CPython's {@code _strptime}), and the time zone
 * attributes. The local zone is the JVM's default zone (TZ, /etc/localtime), as the C library's.
 */
final class TimeCalendar {
    private TimeCalendar() {
    }

    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    /** Adds the calendar functions to the {@code time} module {@code m}; returns it. */
    static PyModule install(PyModule m, ExecutionContext ctx) {
        PyType structTime = StructSeq.newType("time", "struct_time", new String[] {"tm_year", "tm_mon", "tm_mday",
            "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"}, 9, true);
        m.set("struct_time", structTime);
        m.set("_STRUCT_TM_ITEMS", 11L);
        Ext.function(m, "gmtime", (a, k) -> structTime(structTime, ZonedDateTime.ofInstant(instant(a), ZoneOffset.UTC),
                false));
        Ext.function(m, "localtime", (a, k) -> structTime(structTime,
                ZonedDateTime.ofInstant(instant(a), ZoneId.systemDefault()), true));
        Ext.function(m, "mktime", (a, k) -> {
            Object[] f = fields(a.length > 0 ? a[0] : null, "mktime");
            LocalDateTime local = LocalDateTime.of((int) f[0], 1, 1, 0, 0).plusMonths((int) f[1] - 1)
                    .plusDays((int) f[2] - 1).plusHours((int) f[3]).plusMinutes((int) f[4]).plusSeconds((int) f[5]);
            return (double) local.atZone(ZoneId.systemDefault()).toEpochSecond();
        });
        Ext.function(m, "asctime", (a, k) -> asctime(a.length > 0 && a[0] != Singletons.NONE ? fields(a[0], "asctime")
                : fields(structTime(structTime, ZonedDateTime.now(), true), "asctime")));
        Ext.function(m, "ctime", (a, k) -> asctime(fields(structTime(structTime,
                ZonedDateTime.ofInstant(instant(a), ZoneId.systemDefault()), true), "ctime")));
        Ext.function(m, "strftime", (a, k) -> {
            if (a.length < 1 || !(a[0] instanceof String format)) {
                throw Errors.typeError("strftime() argument 1 must be str, not "
                        + (a.length < 1 ? "nothing" : Errors.typeName(a[0])));
            }
            Object t = a.length > 1 ? a[1] : structTime(structTime, ZonedDateTime.now(), true);
            return strftime(format, fields(t, "strftime"), t);
        });
        Ext.function(m, "strptime", (a, k) -> {
            Object strptime = Imports.importModule(ctx, "_strptime", PyTuple.of("_strptime_time"), 0, null);
            return Abstract.call(Abstract.getAttr(strptime, "_strptime_time"), a, k);
        });
        ZoneId zone = ZoneId.systemDefault();
        int year = ZonedDateTime.now(zone).getYear();
        // CPython's: the offsets of January and July of this year; the larger west offset is standard time
        int jan = -zone.getRules().getOffset(LocalDateTime.of(year, 1, 1, 0, 0)).getTotalSeconds();
        int jul = -zone.getRules().getOffset(LocalDateTime.of(year, 7, 1, 0, 0)).getTotalSeconds();
        String janName = zoneName(zone, year, 1);
        String julName = zoneName(zone, year, 7);
        boolean southern = jan < jul;
        m.set("timezone", (long) (southern ? jul : jan));
        m.set("altzone", (long) (southern ? jan : jul));
        m.set("daylight", jan != jul ? 1L : 0L);
        m.set("tzname", southern ? PyTuple.of(julName, janName) : PyTuple.of(janName, julName));
        return m;
    }

    private static String zoneName(ZoneId zone, int year, int month) {
        ZonedDateTime t = LocalDateTime.of(year, month, 1, 0, 0).atZone(zone);
        String s = t.format(java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ROOT));
        return s.equals("Z") ? "UTC" : s;
    }

    /** The instant of an optional seconds argument (now when absent or None). */
    private static Instant instant(Object[] a) {
        if (a.length == 0 || a[0] == Singletons.NONE) {
            return Instant.now();
        }
        double secs;
        if (a[0] instanceof Double d) {
            if (d.isNaN()) {
                throw Errors.valueError("Invalid value NaN (not a number)");
            }
            secs = d;
        } else if (Abstract.isInt(a[0])) {
            secs = Abstract.index(a[0]);
        } else {
            throw Errors.typeError("'" + Errors.typeName(a[0]) + "' object cannot be interpreted as an integer");
        }
        if (Math.abs(secs) > 1e17) {
            throw Errors.overflow("timestamp out of range for platform time_t");
        }
        return Instant.ofEpochSecond((long) Math.floor(secs));
    }

    private static Object structTime(PyType type, ZonedDateTime t, boolean local) {
        boolean dst = local && t.getZone().getRules().isDaylightSavings(t.toInstant());
        String zone = local ? t.format(java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ROOT)) : "GMT";
        return StructSeq.of(type, (long) t.getYear(), (long) t.getMonthValue(), (long) t.getDayOfMonth(),
                (long) t.getHour(), (long) t.getMinute(), (long) t.getSecond(), (long) t.getDayOfWeek().getValue() - 1,
                (long) t.getDayOfYear(), dst ? 1L : 0L, zone.equals("Z") ? "UTC" : zone,
                (long) t.getOffset().getTotalSeconds());
    }

    /**
     * The nine fields of a struct_time or 9-tuple as ints, checked as CPython's
     * {@code checktm}; index 9 holds the zone name (or null), 10 the UTC offset (or null).
     */
    private static Object[] fields(Object t, String fn) {
        if (!(t instanceof PyTuple tuple)) {
            throw Errors.typeError("Tuple or struct_time argument required");
        }
        if (tuple.size() != 9) {
            throw Errors.typeError(fn + "(): illegal time tuple argument");
        }
        Object[] r = new Object[11];
        for (int i = 0; i < 9; i++) {
            Object v = tuple.get(i);
            if (!Abstract.isInt(v)) {
                throw Errors.typeError("an integer is required (got type " + Errors.typeName(v) + ")");
            }
            r[i] = (int) Abstract.index(v);
        }
        if (t instanceof StructSeq s) {
            Object zone = s.field(9);
            Object off = s.field(10);
            r[9] = zone instanceof String ? zone : null;
            r[10] = Abstract.isInt(off) ? Abstract.index(off) : null;
        }
        int mon = (int) r[1];
        if (mon == 0) {
            r[1] = 1;
        } else if (mon < 0 || mon > 12) {
            throw Errors.valueError("month out of range");
        }
        int mday = (int) r[2];
        if (mday == 0) {
            r[2] = 1;
        } else if (mday < 0 || mday > 31) {
            throw Errors.valueError("day of month out of range");
        }
        if ((int) r[3] < 0 || (int) r[3] > 23) {
            throw Errors.valueError("hour out of range");
        }
        if ((int) r[4] < 0 || (int) r[4] > 59) {
            throw Errors.valueError("minute out of range");
        }
        if ((int) r[5] < 0 || (int) r[5] > 61) {
            throw Errors.valueError("seconds out of range");
        }
        if ((int) r[6] < 0) {
            throw Errors.valueError("day of week out of range");
        }
        r[6] = (int) r[6] % 7;
        int yday = (int) r[7];
        if (yday == 0) {
            r[7] = 1;
        } else if (yday < 0 || yday > 366) {
            throw Errors.valueError("day of year out of range");
        }
        return r;
    }

    private static String asctime(Object[] f) {
        return String.format("%s %s%3d %02d:%02d:%02d %d", DAYS[(int) f[6]].substring(0, 3),
                MONTHS[(int) f[1] - 1].substring(0, 3), (int) f[2], (int) f[3], (int) f[4], (int) f[5], (int) f[0]);
    }

    /** The C library's strftime in the C locale (glibc's directives and their padding). */
    static String strftime(String format, Object[] f, Object t) {
        int year = (int) f[0], mon = (int) f[1], mday = (int) f[2], hour = (int) f[3], min = (int) f[4];
        int sec = (int) f[5], wday = (int) f[6], yday = (int) f[7], isdst = (int) f[8];
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 >= format.length()) {
                sb.append(c);
                continue;
            }
            char d = format.charAt(++i);
            switch (d) {
                case 'a': sb.append(DAYS[wday].substring(0, 3)); break;
                case 'A': sb.append(DAYS[wday]); break;
                case 'b': case 'h': sb.append(MONTHS[mon - 1].substring(0, 3)); break;
                case 'B': sb.append(MONTHS[mon - 1]); break;
                case 'c': sb.append(asctime(f)); break;
                case 'C': sb.append(String.format("%02d", Math.floorDiv(year, 100))); break;
                case 'd': sb.append(String.format("%02d", mday)); break;
                case 'D': sb.append(String.format("%02d/%02d/%02d", mon, mday, Math.floorMod(year, 100))); break;
                case 'e': sb.append(String.format("%2d", mday)); break;
                case 'F': sb.append(String.format("%d-%02d-%02d", year, mon, mday)); break;
                case 'G': sb.append(isoDate(year, mon, mday).get(IsoFields.WEEK_BASED_YEAR)); break;
                case 'g': sb.append(String.format("%02d", isoDate(year, mon, mday).get(IsoFields.WEEK_BASED_YEAR) % 100)); break;
                case 'H': sb.append(String.format("%02d", hour)); break;
                case 'I': sb.append(String.format("%02d", hour % 12 == 0 ? 12 : hour % 12)); break;
                case 'j': sb.append(String.format("%03d", yday)); break;
                case 'k': sb.append(String.format("%2d", hour)); break;
                case 'l': sb.append(String.format("%2d", hour % 12 == 0 ? 12 : hour % 12)); break;
                case 'm': sb.append(String.format("%02d", mon)); break;
                case 'M': sb.append(String.format("%02d", min)); break;
                case 'n': sb.append('\n'); break;
                case 'p': sb.append(hour < 12 ? "AM" : "PM"); break;
                case 'P': sb.append(hour < 12 ? "am" : "pm"); break;
                case 'r': sb.append(String.format("%02d:%02d:%02d %s", hour % 12 == 0 ? 12 : hour % 12, min, sec,
                        hour < 12 ? "AM" : "PM")); break;
                case 'R': sb.append(String.format("%02d:%02d", hour, min)); break;
                case 's': sb.append(LocalDateTime.of(year, mon, mday, hour, min, Math.min(sec, 59))
                        .atZone(ZoneId.systemDefault()).toEpochSecond()); break;
                case 'S': sb.append(String.format("%02d", sec)); break;
                case 't': sb.append('\t'); break;
                case 'T': sb.append(String.format("%02d:%02d:%02d", hour, min, sec)); break;
                case 'u': sb.append(wday + 1); break;
                case 'U': sb.append(String.format("%02d", (yday - 1 + 7 - (wday + 1) % 7) / 7)); break;
                case 'V': sb.append(String.format("%02d", isoDate(year, mon, mday).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))); break;
                case 'w': sb.append((wday + 1) % 7); break;
                case 'W': sb.append(String.format("%02d", (yday - 1 + 7 - wday) / 7)); break;
                case 'x': sb.append(String.format("%02d/%02d/%02d", mon, mday, Math.floorMod(year, 100))); break;
                case 'X': sb.append(String.format("%02d:%02d:%02d", hour, min, sec)); break;
                case 'y': sb.append(String.format("%02d", Math.floorMod(year, 100))); break;
                case 'Y': sb.append(year); break;
                case 'z': {
                    Long off = (Long) f[10];
                    if (off == null) {
                        off = (long) ZoneId.systemDefault().getRules().getOffset(LocalDateTime.of(year, mon, mday, hour,
                                min, Math.min(sec, 59))).getTotalSeconds();
                    }
                    long o = Math.abs(off) / 60;
                    sb.append(off < 0 ? '-' : '+').append(String.format("%02d%02d", o / 60, o % 60));
                    break;
                }
                case 'Z': {
                    String zone = (String) f[9];
                    if (zone == null) {
                        ZoneId z = ZoneId.systemDefault();
                        zone = z.getDisplayName(TextStyle.SHORT, Locale.ROOT);
                        zone = zoneName(z, year, isdst > 0 ? 7 : 1);
                    }
                    sb.append(zone);
                    break;
                }
                case '%': sb.append('%'); break;
                default: sb.append('%').append(d);
            }
        }
        return sb.toString();
    }

    private static java.time.LocalDate isoDate(int year, int mon, int mday) {
        return java.time.LocalDate.of(year, mon, Math.min(mday, java.time.YearMonth.of(year, mon).lengthOfMonth()));
    }
}
