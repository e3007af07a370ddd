// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/process/workerprocess.h"

#include "kernel/monotonic.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace conlab {

namespace {
constexpr std::size_t kMaxStderr = 4096;

void closeFd(int &fd)
{
    if (fd >= 0) {
        ::close(fd);
        fd = -1;
    }
}
} // namespace

WorkerProcess::~WorkerProcess()
{
    stop();
    closeAll();
}

bool WorkerProcess::start(const QString &program, const QStringList &args, QString *error)
{
    int sv[2] = {-1, -1};
    int outPipe[2] = {-1, -1};
    int errPipe[2] = {-1, -1};
    // CLOEXEC everywhere: another thread may spawn at the same moment, and no
    // child may inherit the pipes of a sibling (it would hold them open).
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0 || ::pipe2(outPipe, O_CLOEXEC) != 0
        || ::pipe2(errPipe, O_CLOEXEC) != 0) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(errno));
        for (int fd : {sv[0], sv[1], outPipe[0], outPipe[1], errPipe[0], errPipe[1]})
            if (fd >= 0)
                ::close(fd);
        return false;
    }

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, sv[1], 0);
    posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1);
    posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2);

    // The CLI blocks SIGINT and SIGTERM in its threads to handle them itself;
    // the worker must start with a clean mask and default handlers.
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t none, all;
    sigemptyset(&none);
    sigfillset(&all);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setsigdefault(&attr, &all);
    // A process group of its own: Ctrl+C in a terminal signals the whole
    // foreground group, and a worker that got the SIGINT meant for the app
    // would die and be reported as a crash while the app cancels. The app
    // alone decides when a worker ends; PR_SET_PDEATHSIG and end-of-file on
    // stdin still end it with the app (the group plays no part in either).
    posix_spawnattr_setpgroup(&attr, 0);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP);

    const QByteArray path = program.toLocal8Bit();
    std::vector<QByteArray> argBytes;
    argBytes.push_back(path);
    for (const QString &a : args)
        argBytes.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : argBytes)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    const int rc = ::posix_spawn(&pid_, path.constData(), &actions, &attr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    ::close(sv[1]);
    ::close(outPipe[1]);
    ::close(errPipe[1]);
    if (rc != 0) {
        pid_ = -1;
        ::close(sv[0]);
        ::close(outPipe[0]);
        ::close(errPipe[0]);
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(rc));
        return false;
    }
    in_ = sv[0];
    out_ = outPipe[0];
    err_ = errPipe[0];
    ::fcntl(out_, F_SETFL, ::fcntl(out_, F_GETFL) | O_NONBLOCK);
    ::fcntl(err_, F_SETFL, ::fcntl(err_, F_GETFL) | O_NONBLOCK);
    return true;
}

bool WorkerProcess::send(const protocol::Message &msg)
{
    if (in_ < 0)
        return false;
    const std::string bytes = protocol::encode(msg);
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t w = ::send(in_, bytes.data() + done, bytes.size() - done, MSG_NOSIGNAL);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return false;
        done += static_cast<std::size_t>(w);
    }
    return true;
}

void WorkerProcess::closeInput()
{
    closeFd(in_);
}

bool WorkerProcess::readInto(protocol::Decoder &decoder)
{
    if (out_ < 0)
        return false;
    char buf[4096];
    for (;;) {
        const ssize_t r = ::read(out_, buf, sizeof buf);
        if (r > 0) {
            decoder.feed(buf, static_cast<std::size_t>(r));
            if (static_cast<std::size_t>(r) < sizeof buf)
                return true;
            continue;
        }
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return true;
        closeFd(out_);
        return false;
    }
}

void WorkerProcess::drainStderr()
{
    if (err_ < 0)
        return;
    char buf[1024];
    for (;;) {
        const ssize_t r = ::read(err_, buf, sizeof buf);
        if (r > 0) {
            const std::size_t room = kMaxStderr - std::min(kMaxStderr, stderrText_.size());
            stderrText_.append(buf, std::min(room, static_cast<std::size_t>(r)));
            continue;
        }
        if (r < 0 && errno == EINTR)
            continue;
        if (r == 0)
            closeFd(err_);
        return;
    }
}

bool WorkerProcess::reapWithin(int timeoutMs)
{
    if (pid_ <= 0 || reaped_)
        return true;
    const std::int64_t deadline = monotonicNs() + std::int64_t{timeoutMs} * 1'000'000;
    for (;;) {
        const pid_t r = ::waitpid(pid_, &status_, WNOHANG);
        if (r == pid_ || (r < 0 && errno == ECHILD)) {
            reaped_ = true;
            return true;
        }
        if (monotonicNs() >= deadline)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
}

void WorkerProcess::stop()
{
    if (!running())
        return;
    closeInput();
    ::kill(pid_, SIGKILL);
    // Blocks only until the kernel has torn the process down.
    while (::waitpid(pid_, &status_, 0) < 0 && errno == EINTR) {
    }
    reaped_ = true;
}

bool WorkerProcess::finish(int timeoutMs)
{
    closeInput();
    if (!reapWithin(timeoutMs))
        stop();
    return WIFEXITED(status_) && WEXITSTATUS(status_) == 0;
}

QString WorkerProcess::exitDescription() const
{
    if (!reaped_)
        return {};
    if (WIFEXITED(status_))
        return QStringLiteral("exited with code %1").arg(WEXITSTATUS(status_));
    if (WIFSIGNALED(status_))
        return QStringLiteral("was killed by signal %1 (%2)")
            .arg(WTERMSIG(status_))
            .arg(QString::fromLocal8Bit(::strsignal(WTERMSIG(status_))));
    return QStringLiteral("ended with status %1").arg(status_);
}

int WorkerProcess::termSignal() const
{
    return reaped_ && WIFSIGNALED(status_) ? WTERMSIG(status_) : 0;
}

int WorkerProcess::exitCode() const
{
    return reaped_ && WIFEXITED(status_) ? WEXITSTATUS(status_) : -1;
}

void WorkerProcess::closeAll()
{
    closeFd(in_);
    closeFd(out_);
    closeFd(err_);
}

} // namespace conlab
