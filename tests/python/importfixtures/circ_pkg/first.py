from . import second
WHO = 'first'
