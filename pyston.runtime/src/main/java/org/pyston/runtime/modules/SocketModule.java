package org.pyston.runtime.modules;

import java.nio.file.Files;
import java.nio.file.Path;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyBytes;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code _socket}, the part that needs no network: Linux's constants, the exception types, the
 * default timeout, byte-order and IPv4 address conversions, the host name. Socket objects are
 * not implemented yet: {@code socket.socket(...)} raises NotImplementedError. This is enough for
 * {@code socket}, {@code selectors} users and {@code logging.handlers} to import.
 */
final class SocketModule {
    private SocketModule() {
    }

    /** The values of Linux (x86-64) for the constants CPython's _socket exports there. */
    private static final Object[][] CONSTANTS = {
        {"AF_ALG", 38L}, {"AF_APPLETALK", 5L}, {"AF_ASH", 18L}, {"AF_ATMPVC", 8L}, {"AF_ATMSVC", 20L},
        {"AF_AX25", 3L}, {"AF_BRIDGE", 7L}, {"AF_CAN", 29L}, {"AF_DECnet", 12L}, {"AF_ECONET", 19L}, {"AF_INET", 2L},
        {"AF_INET6", 10L}, {"AF_IPX", 4L}, {"AF_IRDA", 23L}, {"AF_KEY", 15L}, {"AF_LLC", 26L}, {"AF_NETBEUI", 13L},
        {"AF_NETLINK", 16L}, {"AF_NETROM", 6L}, {"AF_PACKET", 17L}, {"AF_PPPOX", 24L}, {"AF_QIPCRTR", 42L},
        {"AF_RDS", 21L}, {"AF_ROSE", 11L}, {"AF_ROUTE", 16L}, {"AF_SECURITY", 14L}, {"AF_SNA", 22L},
        {"AF_TIPC", 30L}, {"AF_UNIX", 1L}, {"AF_UNSPEC", 0L}, {"AF_VSOCK", 40L}, {"AF_WANPIPE", 25L}, {"AF_X25", 9L},
        {"AI_ADDRCONFIG", 32L}, {"AI_ALL", 16L}, {"AI_CANONNAME", 2L}, {"AI_NUMERICHOST", 4L},
        {"AI_NUMERICSERV", 1024L}, {"AI_PASSIVE", 1L}, {"AI_V4MAPPED", 8L}, {"EAI_ADDRFAMILY", -9L},
        {"EAI_AGAIN", -3L}, {"EAI_BADFLAGS", -1L}, {"EAI_FAIL", -4L}, {"EAI_FAMILY", -6L}, {"EAI_MEMORY", -10L},
        {"EAI_NODATA", -5L}, {"EAI_NONAME", -2L}, {"EAI_OVERFLOW", -12L}, {"EAI_SERVICE", -8L},
        {"EAI_SOCKTYPE", -7L}, {"EAI_SYSTEM", -11L}, {"INADDR_ALLHOSTS_GROUP", 3758096385L}, {"INADDR_ANY", 0L},
        {"INADDR_BROADCAST", 4294967295L}, {"INADDR_LOOPBACK", 2130706433L}, {"INADDR_MAX_LOCAL_GROUP", 3758096639L},
        {"INADDR_NONE", 4294967295L}, {"INADDR_UNSPEC_GROUP", 3758096384L}, {"IPPROTO_AH", 51L},
        {"IPPROTO_DSTOPTS", 60L}, {"IPPROTO_EGP", 8L}, {"IPPROTO_ESP", 50L}, {"IPPROTO_FRAGMENT", 44L},
        {"IPPROTO_GRE", 47L}, {"IPPROTO_HOPOPTS", 0L}, {"IPPROTO_ICMP", 1L}, {"IPPROTO_ICMPV6", 58L},
        {"IPPROTO_IDP", 22L}, {"IPPROTO_IGMP", 2L}, {"IPPROTO_IP", 0L}, {"IPPROTO_IPIP", 4L}, {"IPPROTO_IPV6", 41L},
        {"IPPROTO_MPTCP", 262L}, {"IPPROTO_NONE", 59L}, {"IPPROTO_PIM", 103L}, {"IPPROTO_PUP", 12L},
        {"IPPROTO_RAW", 255L}, {"IPPROTO_ROUTING", 43L}, {"IPPROTO_RSVP", 46L}, {"IPPROTO_SCTP", 132L},
        {"IPPROTO_TCP", 6L}, {"IPPROTO_TP", 29L}, {"IPPROTO_UDP", 17L}, {"IPPROTO_UDPLITE", 136L},
        {"IPV6_CHECKSUM", 7L}, {"IPV6_DONTFRAG", 62L}, {"IPV6_DSTOPTS", 59L}, {"IPV6_HOPLIMIT", 52L},
        {"IPV6_HOPOPTS", 54L}, {"IPV6_JOIN_GROUP", 20L}, {"IPV6_LEAVE_GROUP", 21L}, {"IPV6_MULTICAST_HOPS", 18L},
        {"IPV6_MULTICAST_IF", 17L}, {"IPV6_MULTICAST_LOOP", 19L}, {"IPV6_NEXTHOP", 9L}, {"IPV6_PATHMTU", 61L},
        {"IPV6_PKTINFO", 50L}, {"IPV6_RECVDSTOPTS", 58L}, {"IPV6_RECVHOPLIMIT", 51L}, {"IPV6_RECVHOPOPTS", 53L},
        {"IPV6_RECVPATHMTU", 60L}, {"IPV6_RECVPKTINFO", 49L}, {"IPV6_RECVRTHDR", 56L}, {"IPV6_RECVTCLASS", 66L},
        {"IPV6_RTHDR", 57L}, {"IPV6_RTHDRDSTOPTS", 55L}, {"IPV6_RTHDR_TYPE_0", 0L}, {"IPV6_TCLASS", 67L},
        {"IPV6_UNICAST_HOPS", 16L}, {"IPV6_V6ONLY", 26L}, {"IP_ADD_MEMBERSHIP", 35L},
        {"IP_BIND_ADDRESS_NO_PORT", 24L}, {"IP_DEFAULT_MULTICAST_LOOP", 1L}, {"IP_DEFAULT_MULTICAST_TTL", 1L},
        {"IP_DROP_MEMBERSHIP", 36L}, {"IP_HDRINCL", 3L}, {"IP_MAX_MEMBERSHIPS", 20L}, {"IP_MULTICAST_IF", 32L},
        {"IP_MULTICAST_LOOP", 34L}, {"IP_MULTICAST_TTL", 33L}, {"IP_OPTIONS", 4L}, {"IP_RECVOPTS", 6L},
        {"IP_RECVRETOPTS", 7L}, {"IP_RECVTOS", 13L}, {"IP_RETOPTS", 7L}, {"IP_TOS", 1L}, {"IP_TRANSPARENT", 19L},
        {"IP_TTL", 2L}, {"MSG_CMSG_CLOEXEC", 1073741824L}, {"MSG_CONFIRM", 2048L}, {"MSG_CTRUNC", 8L},
        {"MSG_DONTROUTE", 4L}, {"MSG_DONTWAIT", 64L}, {"MSG_EOR", 128L}, {"MSG_ERRQUEUE", 8192L},
        {"MSG_FASTOPEN", 536870912L}, {"MSG_MORE", 32768L}, {"MSG_NOSIGNAL", 16384L}, {"MSG_OOB", 1L},
        {"MSG_PEEK", 2L}, {"MSG_TRUNC", 32L}, {"MSG_WAITALL", 256L}, {"NI_DGRAM", 16L}, {"NI_MAXHOST", 1025L},
        {"NI_MAXSERV", 32L}, {"NI_NAMEREQD", 8L}, {"NI_NOFQDN", 4L}, {"NI_NUMERICHOST", 1L}, {"NI_NUMERICSERV", 2L},
        {"SHUT_RD", 0L}, {"SHUT_RDWR", 2L}, {"SHUT_WR", 1L}, {"SOCK_CLOEXEC", 524288L}, {"SOCK_DGRAM", 2L},
        {"SOCK_NONBLOCK", 2048L}, {"SOCK_RAW", 3L}, {"SOCK_RDM", 4L}, {"SOCK_SEQPACKET", 5L}, {"SOCK_STREAM", 1L},
        {"SOL_ALG", 279L}, {"SOL_CAN_BASE", 100L}, {"SOL_CAN_RAW", 101L}, {"SOL_IP", 0L}, {"SOL_RDS", 276L},
        {"SOL_SOCKET", 1L}, {"SOL_TCP", 6L}, {"SOL_TIPC", 271L}, {"SOL_UDP", 17L}, {"SOMAXCONN", 4096L},
        {"SO_ACCEPTCONN", 30L}, {"SO_BINDTODEVICE", 25L}, {"SO_BROADCAST", 6L}, {"SO_DEBUG", 1L}, {"SO_DOMAIN", 39L},
        {"SO_DONTROUTE", 5L}, {"SO_ERROR", 4L}, {"SO_INCOMING_CPU", 49L}, {"SO_J1939_ERRQUEUE", 4L},
        {"SO_J1939_FILTER", 1L}, {"SO_J1939_PROMISC", 2L}, {"SO_J1939_SEND_PRIO", 3L}, {"SO_KEEPALIVE", 9L},
        {"SO_LINGER", 13L}, {"SO_MARK", 36L}, {"SO_OOBINLINE", 10L}, {"SO_PASSCRED", 16L}, {"SO_PASSSEC", 34L},
        {"SO_PEERCRED", 17L}, {"SO_PEERSEC", 31L}, {"SO_PRIORITY", 12L}, {"SO_PROTOCOL", 38L}, {"SO_RCVBUF", 8L},
        {"SO_RCVLOWAT", 18L}, {"SO_RCVTIMEO", 20L}, {"SO_REUSEADDR", 2L}, {"SO_REUSEPORT", 15L}, {"SO_SNDBUF", 7L},
        {"SO_SNDLOWAT", 19L}, {"SO_SNDTIMEO", 21L}, {"SO_TYPE", 3L}, {"SO_VM_SOCKETS_BUFFER_MAX_SIZE", 2L},
        {"SO_VM_SOCKETS_BUFFER_MIN_SIZE", 1L}, {"SO_VM_SOCKETS_BUFFER_SIZE", 0L}, {"TCP_CONGESTION", 13L},
        {"TCP_CORK", 3L}, {"TCP_DEFER_ACCEPT", 9L}, {"TCP_FASTOPEN", 23L}, {"TCP_INFO", 11L}, {"TCP_KEEPCNT", 6L},
        {"TCP_KEEPIDLE", 4L}, {"TCP_KEEPINTVL", 5L}, {"TCP_LINGER2", 8L}, {"TCP_MAXSEG", 2L}, {"TCP_NODELAY", 1L},
        {"TCP_NOTSENT_LOWAT", 25L}, {"TCP_QUICKACK", 12L}, {"TCP_SYNCNT", 7L}, {"TCP_USER_TIMEOUT", 18L},
        {"TCP_WINDOW_CLAMP", 10L}};

    /** Instances are never made: creating a socket raises NotImplementedError. */
    static final class Socket extends NativeObject {
        Socket(PyType type) {
            super(type);
        }
    }

    static PyModule create() {
        PyModule m = new PyModule("_socket");
        for (Object[] c : CONSTANTS) {
            m.set((String) c[0], c[1]);
        }
        m.set("error", Errors.OS_ERROR);
        m.set("herror", BinasciiModule.exceptionType("socket", "herror", Errors.OS_ERROR));
        m.set("gaierror", BinasciiModule.exceptionType("socket", "gaierror", Errors.OS_ERROR));
        m.set("timeout", Errors.TIMEOUT_ERROR);
        m.set("has_ipv6", true);
        PyType socket = Ext.type("_socket", "socket", Socket.class, null, (cls, a, k) -> {
            throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR, "socket objects are not supported yet");
        });
        m.set("socket", socket);
        m.set("SocketType", socket);
        Object[] defaultTimeout = {Singletons.NONE};
        Ext.function(m, "getdefaulttimeout", (a, k) -> {
            Ext.positionalOnly("getdefaulttimeout", a, k, 0, 0);
            return defaultTimeout[0];
        });
        Ext.function(m, "setdefaulttimeout", (a, k) -> {
            Ext.positionalOnly("setdefaulttimeout", a, k, 1, 1);
            Object t = a[0];
            if (t != Singletons.NONE) {
                double secs = t instanceof Double d ? d : Abstract.isInt(t) ? (double) Abstract.index(t) : Double.NaN;
                if (Double.isNaN(secs)) {
                    throw Errors.typeError("'" + Errors.typeName(t) + "' object cannot be interpreted as an integer "
                            + "or float");
                }
                if (secs < 0) {
                    throw Errors.valueError("Timeout value out of range");
                }
                t = secs;
            }
            defaultTimeout[0] = t;
            return Singletons.NONE;
        });
        Ext.function(m, "gethostname", (a, k) -> {
            Ext.positionalOnly("gethostname", a, k, 0, 0);
            try {
                return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
            } catch (java.io.IOException | RuntimeException e) {
                String env = System.getenv("HOSTNAME");
                return env != null ? env : "localhost";
            }
        });
        Ext.function(m, "htons", (a, k) -> swap16(a, k, "htons"));
        Ext.function(m, "ntohs", (a, k) -> swap16(a, k, "ntohs"));
        Ext.function(m, "htonl", (a, k) -> swap32(a, k, "htonl"));
        Ext.function(m, "ntohl", (a, k) -> swap32(a, k, "ntohl"));
        Ext.function(m, "inet_aton", (a, k) -> {
            Ext.positionalOnly("inet_aton", a, k, 1, 1);
            if (!(a[0] instanceof String s)) {
                throw Errors.typeError("inet_aton() argument 1 must be str, not " + Errors.typeName(a[0]));
            }
            byte[] r = ipv4(s);
            if (r == null) {
                throw Errors.of(Errors.OS_ERROR, "illegal IP address string passed to inet_aton");
            }
            return new PyBytes(r);
        });
        Ext.function(m, "inet_ntoa", (a, k) -> {
            Ext.positionalOnly("inet_ntoa", a, k, 1, 1);
            byte[] b = org.pyston.runtime.objects.Buffers.bytesLike(a[0]);
            if (b.length != 4) {
                throw Errors.of(Errors.OS_ERROR, "packed IP wrong length for inet_ntoa");
            }
            return (b[0] & 0xFF) + "." + (b[1] & 0xFF) + "." + (b[2] & 0xFF) + "." + (b[3] & 0xFF);
        });
        return m;
    }

    /** inet_aton's forms: a, a.b, a.b.c, a.b.c.d, each part decimal, octal (0...) or hex (0x...). */
    private static byte[] ipv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length == 0 || parts.length > 4) {
            return null;
        }
        long[] v = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            try {
                if (p.startsWith("0x") || p.startsWith("0X")) {
                    v[i] = p.length() == 2 ? 0 : Long.parseLong(p.substring(2), 16);
                } else if (p.length() > 1 && p.startsWith("0")) {
                    v[i] = Long.parseLong(p.substring(1), 8);
                } else {
                    v[i] = Long.parseLong(p);
                }
            } catch (NumberFormatException e) {
                return null;
            }
            if (v[i] < 0) {
                return null;
            }
        }
        long addr = 0;
        int n = parts.length;
        for (int i = 0; i < n - 1; i++) {
            if (v[i] > 255) {
                return null;
            }
            addr |= v[i] << (24 - 8 * i);
        }
        long last = v[n - 1];
        if (last >= 1L << (8 * (5 - n))) {
            return null;
        }
        addr |= last;
        return new byte[] {(byte) (addr >> 24), (byte) (addr >> 16), (byte) (addr >> 8), (byte) addr};
    }

    private static Object swap16(Object[] a, String[] k, String name) {
        Ext.positionalOnly(name, a, k, 1, 1);
        long x = Abstract.index(a[0]);
        if (x < 0 || x > 0xFFFF) {
            throw Errors.overflow(name + ": Python int too large to convert to C 16-bit unsigned integer");
        }
        return (long) Short.toUnsignedInt(Short.reverseBytes((short) x));
    }

    private static Object swap32(Object[] a, String[] k, String name) {
        Ext.positionalOnly(name, a, k, 1, 1);
        long x = Abstract.index(a[0]);
        if (x < 0) {
            throw Errors.overflow("can't convert negative value to unsigned int");
        }
        if (x > 0xFFFFFFFFL) {
            throw Errors.overflow("int larger than 32 bits");
        }
        return Integer.toUnsignedLong(Integer.reverseBytes((int) x));
    }
}
