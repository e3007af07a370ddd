"""GIL quiz: spinner as a task, is_prime() called directly."""
import asyncio
import itertools

from primes_common import is_prime

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
    is_prime(5_000_111_000_222_021)  # never awaits
    return 42


async def supervisor():
    spinner = asyncio.create_task(spin('thinking!'))
    print('spinner object:', spinner)
    answer = await slow()
    spinner.cancel()
    return answer


if __name__ == '__main__':
    print('Answer:', asyncio.run(supervisor()))
