# PEP 626: a frame's f_lineno after an exception left it through except/finally/with cleanup
# is the line that raised (cleanup handlers restore the position), the last except clause's
# line when no clause matched, the finally body's last line after it ran.

def lines_after(f):
    try:
        f()
    except Exception as ex:
        t = ex.__traceback__.tb_next
    out = []
    while t:
        out.append((t.tb_frame.f_lineno - t.tb_frame.f_code.co_firstlineno,
                    t.tb_lineno - t.tb_frame.f_code.co_firstlineno))
        t = t.tb_next
    print(f.__name__, out)


def simple():
    1/0
    pass

def in_except():
    try:
        1/0
    except:
        1/0
        pass

def other_except():
    try:
        1/0
    except TypeError as ex:
        pass

def two_other_excepts():
    try:
        1/0
    except TypeError:
        pass
    except KeyError:
        x = 1
        y = 2

def in_named_except():
    try:
        1/0
    except Exception as ex:
        1/0
        pass

def in_try():
    try:
        1/0
    finally:
        pass

def in_finally_normal():
    try:
        pass
    finally:
        1/0
        pass

def in_finally_except():
    try:
        1/0
    finally:
        1/0
        pass

class Noop:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        pass

class ExitFails:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        raise ValueError

def after_with():
    with Noop():
        1/0
        pass

def after_raise_in_with_exit():
    with ExitFails():
        1/0

def exit_fails_normally():
    with ExitFails():
        x = 1
        y = 2

def nested_handlers():
    try:
        try:
            1/0
        except ZeroDivisionError:
            raise KeyError
            pass
    finally:
        z = 3

def reraise_bare():
    try:
        1/0
    except ZeroDivisionError:
        x = 1
        raise

def loop_error():
    for i in range(3):
        if i == 1:
            1/0
        pass

for f in (simple, in_except, other_except, two_other_excepts, in_named_except, in_try,
          in_finally_normal, in_finally_except, after_with, after_raise_in_with_exit,
          exit_fails_normally, nested_handlers, reraise_bare, loop_error):
    lines_after(f)
