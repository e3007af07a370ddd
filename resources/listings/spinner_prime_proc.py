"""GIL quiz: spinner in a child process, is_prime() here."""
import itertools
import multiprocessing
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
    is_prime(5_000_111_000_222_021)  # ~{{slow_cpu}} of pure CPU
    return 42


def supervisor():
    stop = multiprocessing.Event()  # crosses processes
    spinner = multiprocessing.Process(target=spin,
                                      args=('thinking!', stop))
    print('spinner object:', spinner)
    spinner.start()
    answer = slow()
    stop.set()
    spinner.join()
    return answer


if __name__ == '__main__':
    print('Answer:', supervisor())
