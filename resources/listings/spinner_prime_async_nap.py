"""Power napping: is_prime() yields to the loop now and then."""
import asyncio
import itertools
import math

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


async def is_prime(n):
    if n < 2:
        return False
    if n == 2:
        return True
    if n % 2 == 0:
        return False
    for divisor in range(3, math.isqrt(n) + 1, 2):
        if n % divisor == 0:
            return False
        if divisor % 100_000 == 1:  # this test costs time too
            await asyncio.sleep(0)  # a nap: the spinner's turn
    return True


async def slow():
    await is_prime(5_000_111_000_222_021)
    return 42


async def supervisor():
    spinner = asyncio.create_task(spin('thinking!'))
    print('spinner object:', spinner)
    answer = await slow()
    spinner.cancel()
    return answer


if __name__ == '__main__':
    print('Answer:', asyncio.run(supervisor()))
