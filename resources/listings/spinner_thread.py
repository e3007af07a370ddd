"""Spinner in a thread; the main thread waits on slow()."""
import itertools
import threading
import time

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
    time.sleep(3)             # blocks, but lets go of the GIL
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
    print('Answer:', supervisor())
