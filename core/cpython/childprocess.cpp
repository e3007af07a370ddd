// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/cpython/childprocess.h"

#include "kernel/monotonic.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace conlab {

namespace {

struct Pipe
{
    int read = -1;
    int write = -1;
    bool open() { return ::pipe2(&read, O_CLOEXEC) == 0; }
    void closeRead()
    {
        if (read >= 0)
            ::close(read);
        read = -1;
    }
    void closeWrite()
    {
        if (write >= 0)
            ::close(write);
        write = -1;
    }
};

std::vector<std::string> environmentWith(const QStringList &extra)
{
    std::vector<std::string> env;
    for (char **e = environ; e && *e; ++e) {
        const std::string entry(*e);
        const std::string name = entry.substr(0, entry.find('='));
        bool replaced = false;
        for (const QString &x : extra)
            replaced = replaced || x.section(u'=', 0, 0).toStdString() == name;
        if (!replaced)
            env.push_back(entry);
    }
    for (const QString &x : extra)
        env.push_back(x.toStdString());
    return env;
}

// Reads what the pipe holds now; false once it is at its end.
bool drain(int fd, const ChildProcess::ChunkFn &sink, std::int64_t t)
{
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n > 0) {
            if (sink)
                sink(QByteArray(buffer, static_cast<qsizetype>(n)), t);
            continue;
        }
        if (n == 0)
            return false;
        if (errno == EINTR)
            continue;
        return errno == EAGAIN || errno == EWOULDBLOCK ? true : false;
    }
}

// Reads the guard's report on the status pipe: errno (0 once the program
// runs) and the program's pid. False when the guard ended without one.
bool readGuardReport(int fd, std::int32_t &error, pid_t &program)
{
    std::int32_t message[2] = {0, 0};
    std::size_t got = 0;
    while (got < sizeof message) {
        const ssize_t n = ::read(fd, reinterpret_cast<char *>(message) + got, sizeof message - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        got += static_cast<std::size_t>(n);
    }
    error = message[0];
    program = static_cast<pid_t>(message[1]);
    return true;
}

} // namespace

ChildExit ChildProcess::run(const ChunkFn &onStdout, const ChunkFn &onStderr, std::int64_t deadlineNs,
                            const std::atomic<bool> &cancel)
{
    ChildExit result;
    Pipe out, err;
    if (!out.open() || !err.open()) {
        result.error = QString::fromLocal8Bit(std::strerror(errno));
        out.closeRead(), out.closeWrite(), err.closeRead(), err.closeWrite();
        return result;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out.write, 1);
    posix_spawn_file_actions_adddup2(&actions, err.write, 2);
    // The guard's report comes on its descriptor 3; the write end is moved
    // above 3 first, since dup2 onto itself would keep it close-on-exec.
    const bool guarded = !spec_.guard.isEmpty();
    Pipe report;
    if (guarded) {
        if (!report.open()) {
            result.error = QString::fromLocal8Bit(std::strerror(errno));
            out.closeRead(), out.closeWrite(), err.closeRead(), err.closeWrite();
            posix_spawn_file_actions_destroy(&actions);
            return result;
        }
        const int high = ::fcntl(report.write, F_DUPFD_CLOEXEC, 10);
        report.closeWrite();
        report.write = high;
        if (high < 0) {
            result.error = QString::fromLocal8Bit(std::strerror(errno));
            out.closeRead(), out.closeWrite(), err.closeRead(), err.closeWrite(), report.closeRead();
            posix_spawn_file_actions_destroy(&actions);
            return result;
        }
        posix_spawn_file_actions_adddup2(&actions, report.write, 3);
    }
    const std::string dir = spec_.workingDirectory.toStdString();
    if (!dir.empty())
        posix_spawn_file_actions_addchdir_np(&actions, dir.c_str());
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    // Its own group, so one kill reaches every process it starts (a guard
    // gives its program a group of its own in the same way); an empty
    // signal mask and default handlers, whatever the CLI blocked for its
    // signal watcher.
    sigset_t none, defaults;
    sigemptyset(&none);
    sigemptyset(&defaults);
    for (int s : {SIGINT, SIGTERM, SIGPIPE, SIGHUP, SIGCHLD})
        sigaddset(&defaults, s);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    posix_spawnattr_setpgroup(&attr, 0);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setsigdefault(&attr, &defaults);

    std::vector<std::string> args;
    if (guarded)
        args = {spec_.guard.toStdString(), "--guard", std::to_string(::getpid())};
    args.push_back(spec_.program.toStdString());
    for (const QString &a : spec_.arguments)
        args.push_back(a.toStdString());
    std::vector<char *> argv;
    for (std::string &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<std::string> env = environmentWith(spec_.environment);
    std::vector<char *> envp;
    for (std::string &e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    pid_t pid = 0;
    startNs_ = monotonicNs();
    const int spawned = ::posix_spawn(&pid, argv[0], &actions, &attr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    out.closeWrite();
    err.closeWrite();
    report.closeWrite();
    if (spawned != 0) {
        result.error = QString::fromLocal8Bit(std::strerror(spawned));
        if (guarded)
            result.error = spec_.guard + u": " + result.error;
        out.closeRead();
        err.closeRead();
        report.closeRead();
        return result;
    }
    // `pid` is the process to reap (the guard, or the program itself);
    // `group` the program's pid and group, what cancel and deadlines kill.
    pid_t group = pid;
    if (guarded) {
        std::int32_t error = 0;
        const bool reported = readGuardReport(report.read, error, group);
        report.closeRead();
        if (!reported || error != 0 || group <= 0) {
            result.error = reported ? QString::fromLocal8Bit(std::strerror(error))
                                    //: %1 the path of concurrency-lab-worker
                                    : tr("%1 did not start it (is it from another version?)").arg(spec_.guard);
            ::kill(pid, SIGKILL);
            while (::waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {
            }
            out.closeRead();
            err.closeRead();
            return result;
        }
    }
    pid_ = group;
    ::fcntl(out.read, F_SETFL, O_NONBLOCK);
    ::fcntl(err.read, F_SETFL, O_NONBLOCK);

    bool killed = false;
    const auto killGroup = [&] {
        ::kill(-group, SIGKILL);
        if (guarded)
            ::kill(pid, SIGKILL);
        killed = true;
    };
    int status = 0;
    bool reaped = false;
    std::int64_t drainUntil = 0; // once killed: how long leftovers may keep a pipe open
    while (out.read >= 0 || err.read >= 0) {
        const std::int64_t now = monotonicNs();
        if (!killed && cancel.load()) {
            killGroup();
            result.end = ChildExit::End::Cancelled;
        } else if (!killed && deadlineNs > 0 && now >= deadlineNs) {
            killGroup();
            result.end = ChildExit::End::TimedOut;
        }
        if (killed && drainUntil == 0)
            drainUntil = now + 2'000'000'000;
        if (drainUntil > 0 && now >= drainUntil)
            break;
        pollfd fds[2] = {{err.read, POLLIN, 0}, {out.read, POLLIN, 0}};
        const int ready = ::poll(fds, 2, 50);
        if (ready < 0 && errno != EINTR)
            break;
        const std::int64_t t = monotonicNs();
        // What a process wrote on stderr before the parent printed a line
        // must be read before that line. So stdout is read first but held,
        // then stderr is drained (it now holds everything written before
        // the held bytes), and only then are the held bytes handed on.
        // Draining stderr first was not enough: a line printed between the
        // two drains came without the record written just before it.
        QByteArray held;
        bool outOpen = true;
        if (out.read >= 0 && (fds[1].revents & (POLLIN | POLLHUP | POLLERR)))
            outOpen = drain(out.read, [&](const QByteArray &bytes, std::int64_t) { held += bytes; }, t);
        if (err.read >= 0 && ((fds[0].revents & (POLLIN | POLLHUP | POLLERR)) || !held.isEmpty())
            && !drain(err.read, onStderr, t))
            err.closeRead();
        if (!held.isEmpty() && onStdout)
            onStdout(held, t);
        if (!outOpen)
            out.closeRead();
        // The interpreter is gone but something it started holds a pipe:
        // end the group, as the script's own exit would have.
        if (!reaped && ::waitpid(pid, &status, WNOHANG) == pid) {
            reaped = true;
            if (!killed) {
                ::kill(-group, SIGKILL);
                drainUntil = monotonicNs() + 2'000'000'000;
            }
        }
    }
    out.closeRead();
    err.closeRead();
    if (!reaped) {
        // The guard holds both pipes until it ends, so it is ending now;
        // the group's end also ends a guard still waiting for its program.
        if (!killed)
            ::kill(-group, SIGKILL);
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
    }
    if (killed)
        return result; // Cancelled or TimedOut, set above
    if (WIFEXITED(status)) {
        result.end = ChildExit::End::Exited;
        result.code = WEXITSTATUS(status);
    } else {
        result.end = ChildExit::End::Signalled;
        result.code = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    }
    return result;
}

} // namespace conlab
