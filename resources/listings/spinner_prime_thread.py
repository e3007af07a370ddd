"""GIL quiz: spinner in a thread, is_prime() in the main one.

SWITCH_INTERVAL=0.001 sets sys.setswitchinterval() (seconds).
"""
import itertools
import os
import sys
import threading
from primes_common import is_prime

FRAMES = '\\|/-'


def spin(message, stop):
    line = ''
    for glyph in itertools.cycle(FRAMES):
        line = f'\r{glyph} {message}'
        print(line, end='', flush=True)
        if stop.wait(0.1):    # True as soon as stop is set
            break
    print('\r' + ' ' * len(line) + '\r', end='')  # wipe


def slow():
    is_prime(5_000_111_000_222_021)  # holds the GIL, mostly
    return 42


def supervisor():
    stop = threading.Event()
    spinner = threading.Thread(target=spin,
                               args=('thinking!', stop))
    print('spinner object:', spinner)
    spinner.start()
    answer = slow()
    stop.set()
    spinner.join()
    return answer


if __name__ == '__main__':
    interval = os.environ.get('SWITCH_INTERVAL')  # seconds
    if interval:
        sys.setswitchinterval(float(interval))
    print('Answer:', supervisor())
