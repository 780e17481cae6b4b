LOADED = True
raise ValueError('failing module body')
