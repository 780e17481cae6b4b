import sys

class Replacement:
    def __init__(self):
        self.kind = 'instance replacing module'

sys.modules[__name__] = Replacement()
