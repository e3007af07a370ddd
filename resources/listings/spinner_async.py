"""Spinner as a task; the supervisor awaits slow()."""
import asyncio
import itertools

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
    await asyncio.sleep(3)    # hands control back to the loop
    return 42


async def supervisor():
    spinner = asyncio.create_task(spin('thinking!'))
    print('spinner object:', spinner)
    answer = await slow()
    spinner.cancel()
    return answer


if __name__ == '__main__':
    print('Answer:', asyncio.run(supervisor()))
