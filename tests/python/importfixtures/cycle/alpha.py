from importfixtures.cycle.beta import BETA
ALPHA = 'alpha'
