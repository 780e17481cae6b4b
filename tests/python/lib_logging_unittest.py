# logging and unittest: configuration, loggers and handlers writing to StringIO, formatters,
# levels, exceptions in records; a TestCase suite run through TextTestRunner and unittest.main.
import io
import logging
import re
import sys
import unittest

stream = io.StringIO()
logging.basicConfig(stream=stream, level=logging.DEBUG, format='%(levelname)s:%(name)s:%(message)s')
log = logging.getLogger('app.part')
log.info('hello %s', 'world')
log.debug('number %d', 42)
logging.getLogger('app').warning('parent %r', [1, 2])
log.setLevel(logging.WARNING)
log.info('hidden')
log.error('shown')
try:
    1 / 0
except ZeroDivisionError:
    log.exception('failed')
print(stream.getvalue().split('Traceback')[0].replace('\n', '|'))
print(stream.getvalue().count('ZeroDivisionError'))

other = io.StringIO()
handler = logging.StreamHandler(other)
handler.setFormatter(logging.Formatter('[%(levelname)-8s] %(name)s %(funcName)s %(lineno)d: %(message)s'))
handler.setLevel(logging.INFO)
mine = logging.getLogger('mine')
mine.addHandler(handler)
mine.propagate = False
mine.setLevel(logging.DEBUG)


def work():
    mine.debug('not shown')
    mine.info('in work')
    mine.critical('critical %s', {'a': 1})


work()
print(other.getvalue())


class Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records = []

    def emit(self, record):
        self.records.append((record.levelname, self.format(record)))


collect = Collect()
mine.addHandler(collect)
mine.debug('collected %d', 1)
mine.removeHandler(collect)
mine.debug('not collected')
print(collect.records, other.getvalue().splitlines()[-1])
stamp = logging.Formatter('%(asctime)s %(message)s', datefmt='%Y')
rec = logging.LogRecord('n', logging.INFO, 'f.py', 3, 'msg %s', ('x',), None)
print(re.fullmatch(r'\d{4} msg x', stamp.format(rec)) is not None, rec.getMessage(), logging.getLevelName(25))
print(logging.getLogger('app.part').parent.name, logging.root.level, logging.getLevelName('INFO'))


class Arithmetic(unittest.TestCase):
    def setUp(self):
        self.value = 2

    def test_add(self):
        self.assertEqual(self.value + 2, 4)

    def test_fail(self):
        self.assertIn(5, [1, 2], 'five')

    def test_error(self):
        raise KeyError('boom')

    @unittest.skip('not today')
    def test_skip(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    def test_raises(self):
        with self.assertRaises(ValueError) as cm:
            int('x')
        self.assertIn('invalid literal', str(cm.exception))
        self.assertRaisesRegex(TypeError, 'unsupported', lambda: 1 + 'a')

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertDictEqual({'a': 1}, {'a': 1})


def clean(text):
    text = re.sub(r'File ".*?([^/"]+\.py)"', r'File "\1"', text)  # CPython names __main__ by its absolute path
    return re.sub(r'Ran (\d+) tests? in [\d.]+s', r'Ran \1 tests', text)


out = io.StringIO()
suite = unittest.TestLoader().loadTestsFromTestCase(Arithmetic)
result = unittest.TextTestRunner(stream=out, verbosity=2).run(suite)
print(clean(out.getvalue()))
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), result.wasSuccessful())

out = io.StringIO()
program = unittest.main(argv=['prog', 'Arithmetic.test_add', 'Arithmetic.test_fail'], exit=False,
                        testRunner=unittest.TextTestRunner(stream=out))
print(clean(out.getvalue()).splitlines()[0], program.result.testsRun, len(program.result.failures))
