def f(x: int) -> str:
    "doc of f"
    return str(x)
cm = classmethod(f)
sm = staticmethod(f)
print(cm.__doc__, cm.__name__, cm.__qualname__, cm.__annotations__, cm.__wrapped__ is f, cm.__module__)
print(sm.__doc__, sm.__name__, sm.__wrapped__ is f, sorted(sm.__dict__))
cm.extra = 5
print(cm.extra, "extra" in cm.__dict__)
class A:
    @classmethod
    def m(cls):
        "m doc"
    @staticmethod
    def s():
        "s doc"
print(A.m.__doc__, A.s.__doc__, A.__dict__["m"].__doc__, A().m.__name__)
print(classmethod(len).__name__, staticmethod(len).__doc__ == len.__doc__)
