from importfixtures.cycle.alpha import ALPHA
BETA = 'beta'
