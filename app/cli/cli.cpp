#include "cli.h"

#include <array>

namespace conlab::cli {

bool isCommand(const QString &arg)
{
    static const std::array<QStringView, 2> kCommands = {u"primes", u"spinner"};
    for (QStringView c : kCommands)
        if (arg == c)
            return true;
    return false;
}

int run(const QStringList &args)
{
    // args: program, command, options...; each command sees itself as argv[0].
    const QString command = args.value(1);
    const QStringList rest = args.mid(1);
    if (command == u"primes")
        return primesCommand(rest);
    if (command == u"spinner")
        return spinnerCommand(rest);
    return BadInput;
}

} // namespace conlab::cli
