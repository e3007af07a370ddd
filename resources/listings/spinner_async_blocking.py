"""Experiment: a blocking call inside a coroutine."""
import asyncio
import itertools
import time

FRAMES = '\\|/-'


async def spin(message):
    line = ''
    for glyph in itertools.cycle(FRAMES):
        line = f'\r{glyph} {message}'
        print(line, end='', flush=True)
        try:
            await asyncio.sleep(0.1)
        except asyncio.CancelledError:  # cancel() lands here
            break
    print('\r' + ' ' * len(line) + '\r', end='')  # wipe


async def slow():
    time.sleep(3)             # blocks the loop's only thread
    return 42


async def supervisor():
    spinner = asyncio.create_task(spin('thinking!'))
    print('spinner object:', spinner)
    answer = await slow()
    spinner.cancel()
    return answer


if __name__ == '__main__':
    print('Answer:', asyncio.run(supervisor()))
