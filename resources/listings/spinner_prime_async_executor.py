"""The executor way: is_prime() runs in another process."""
import asyncio
import itertools
from concurrent.futures import ProcessPoolExecutor

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
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor() as pool:  # work leaves the loop
        await loop.run_in_executor(pool, is_prime,
                                   5_000_111_000_222_021)
    return 42


async def supervisor():
    spinner = asyncio.create_task(spin('thinking!'))
    print('spinner object:', spinner)
    answer = await slow()
    spinner.cancel()
    return answer


if __name__ == '__main__':
    print('Answer:', asyncio.run(supervisor()))
