# socket's network-free part (constants, enums, conversions), selectors and select, logging.handlers importing on them.
import socket, selectors, logging.handlers, select
print(socket.AF_INET, socket.SOCK_STREAM, repr(socket.AddressFamily.AF_INET), socket.htons(1), socket.ntohl(1))
print(socket.inet_aton('127.0.0.1'), socket.inet_ntoa(b'\x7f\x00\x00\x01'), socket.inet_aton('10.1'), socket.getdefaulttimeout())
print(isinstance(socket.gethostname(), str), socket.timeout is TimeoutError, issubclass(socket.gaierror, OSError))
print(selectors.DefaultSelector.__name__ in ('SelectSelector', 'EpollSelector'), select.select([], [], [], 0))
h = logging.handlers.MemoryHandler(2)
print(type(h).__name__, h.capacity)
