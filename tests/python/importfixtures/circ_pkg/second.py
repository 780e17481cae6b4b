from . import first
WHO = 'second sees ' + repr(getattr(first, 'WHO', '<first not done>'))
