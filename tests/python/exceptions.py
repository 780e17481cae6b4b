# try/except/else/finally, raising, custom exceptions, chaining, and error messages.
class AppError(Exception):
    pass

def risky(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "key":
        return {}["missing"]
    if kind == "zero":
        return 1 / 0
    if kind == "app":
        raise AppError("app failed")
    return "ok"

for kind in ["value", "key", "zero", "app", "none"]:
    try:
        result = risky(kind)
    except (ValueError, KeyError) as e:
        print("caught", type(e).__name__, e)
    except ZeroDivisionError as e:
        print("division:", e)
    except Exception as e:
        print("other:", repr(e))
    else:
        print("no error:", result)
    finally:
        print("finally", kind)

def cleanup_order():
    try:
        return "from try"
    finally:
        print("cleanup runs before return")

print(cleanup_order())
try:
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("conversion failed") from e
except RuntimeError as e:
    print(e, "| caused by:", repr(e.__cause__))
for bad in ["[1][5]", "None + 1", "undefined_name", "'a'.nope"]:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
