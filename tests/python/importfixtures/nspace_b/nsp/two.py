WHERE = 'b'
