"""Shared by the primes listings: the sample, is_prime(), timeline()."""
import json
import math
import os
import sys
import threading

NUMBERS = [
    2, 142702110479723, 299593572317531,
    3333333333333301, 3333333333333333, 3333335652092209,
    4444444444444423, 4444444444444444, 4444444488888889,
    5555553133149889, 5555555555555503, 5555555555555555,
    6666666666666666, 6666666666666719, 6666667141414921,
    7777777536340681, 7777777777777753, 7777777777777777,
    9999999999999917, 9999999999999999,
]


def is_prime(n):
    if n < 2:
        return False
    if n == 2:
        return True
    if n % 2 == 0:
        return False
    for divisor in range(3, math.isqrt(n) + 1, 2):
        if n % divisor == 0:
            return False
    return True


def numbers_from(args):
    """The numbers given after a script's own arguments, or the sample."""
    return [int(arg) for arg in args] if args else NUMBERS


def timeline(n, start, end):
    """With CONLAB_TIMELINE set, one JSON line on stderr per check, so the
    app can draw who checked what, when; stdout stays the book's."""
    if os.environ.get('CONLAB_TIMELINE'):
        record = {'n': str(n), 'pid': os.getpid(),
                  'thread': threading.get_ident(),
                  'start': start, 'end': end}
        sys.stderr.write(json.dumps(record) + '\n')  # one write
        sys.stderr.flush()
