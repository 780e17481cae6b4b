WHERE = 'a'
