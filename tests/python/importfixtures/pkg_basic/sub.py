def helper():
    return 'helper from ' + __name__ + ' in ' + __package__
