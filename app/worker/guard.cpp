// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The guardian of a CPython listing. A listing starts processes of its own
// (multiprocessing's workers, a ProcessPoolExecutor's pool, the spinner's
// child) that run no code of ours, so they cannot watch for the app's death
// the way concurrency-lab-worker does. They share one process group, and
// this small process, a child of the app, kills that group when the app is
// gone, however it went (SIGKILL and crashes included).
//
// Why PR_SET_PDEATHSIG rather than end-of-file on a pipe from the app: the
// kernel tells us the moment the parent goes with no thread or poll loop
// here (the guard only waits for its one child), and the app's side has no
// extra descriptor to keep out of every other process it starts. Its one
// caveat, that it fires when the spawning *thread* ends, does not bite:
// ChildProcess::run() blocks that thread until this process is reaped. The
// signal is SIGTERM, which this process catches (SIGKILL would end only
// us); the handler tells the app's death from a plain SIGTERM by asking
// whether we were re-parented, and forwards the plain one to the program.
//
// The program gets a group of its own, led by itself, rather than ours: then
// the guard can kill the group after the program ends (leftovers holding the
// app's pipes) without killing itself before it reports how the program
// ended. The app learns the program's pid, which is the group's id, on
// descriptor 3: two int32s, errno (0 when started) and the pid.
//
// How the program ended is how this process ends: its exit status, or death
// by the same signal, so the app reads the guard's status as the program's.
#include "guard.h"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <spawn.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

constexpr int kStatusFd = 3;
constexpr int kForwarded[] = {SIGTERM, SIGINT, SIGHUP};

pid_t gApp = 0;
std::atomic<pid_t> gProgram{0};
static_assert(std::atomic<pid_t>::is_always_lock_free, "read in a signal handler");

void onSignal(int sig)
{
    const int savedErrno = errno;
    const pid_t program = gProgram.load();
    if (::getppid() != gApp) {
        // The app died: the kernel re-parents us before it sends the
        // death signal, so getppid() no longer names the app.
        if (program > 0)
            ::kill(-program, SIGKILL);
    } else if (program > 0) {
        ::kill(program, sig);
    }
    errno = savedErrno;
}

void report(std::int32_t error, std::int32_t pid)
{
    // Started by hand, descriptor 3 may be anything, or nothing: only the
    // pipe ChildProcess passes is written to.
    struct stat st = {};
    if (::fstat(kStatusFd, &st) != 0 || !S_ISFIFO(st.st_mode))
        return;
    const std::int32_t message[2] = {error, pid};
    while (::write(kStatusFd, message, sizeof message) < 0 && errno == EINTR) {
    }
    ::close(kStatusFd);
}

sigset_t forwardedSet()
{
    sigset_t set;
    sigemptyset(&set);
    for (int s : kForwarded)
        sigaddset(&set, s);
    return set;
}

// Ends this process the way the program ended.
int endLike(int status)
{
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    const int sig = WIFSIGNALED(status) ? WTERMSIG(status) : SIGKILL;
    const rlimit noCore{0, 0}; // the program's core, if any, is its own
    ::setrlimit(RLIMIT_CORE, &noCore);
    ::signal(sig, SIG_DFL);
    sigset_t only;
    sigemptyset(&only);
    sigaddset(&only, sig);
    ::sigprocmask(SIG_UNBLOCK, &only, nullptr);
    ::raise(sig);
    return 128 + sig; // not reached for a signal that ends a process
}

} // namespace

int runGuard(int argc, char **argv)
{
    char *end = nullptr;
    const long app = argc >= 4 ? std::strtol(argv[2], &end, 10) : 0;
    if (argc < 4 || app <= 0 || *end != '\0') {
        std::fprintf(stderr, "usage: concurrency-lab-worker --guard <app-pid> <program> [args...]\n");
        return 2;
    }
    gApp = static_cast<pid_t>(app);
    ::fcntl(kStatusFd, F_SETFD, FD_CLOEXEC); // the program must not hold it

    // Blocked until the program's pid is known, so a death signal that
    // comes during the spawn is handled after it, with a group to kill.
    const sigset_t forwarded = forwardedSet();
    ::sigprocmask(SIG_BLOCK, &forwarded, nullptr);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    action.sa_flags = SA_RESTART;
    sigemptyset(&action.sa_mask);
    for (int s : kForwarded)
        ::sigaction(s, &action, nullptr);
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    // The app may have died before the line above: then no signal will
    // come, and the program must not start at all.
    if (::getppid() != gApp) {
        report(ESRCH, 0);
        return 1;
    }

    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    posix_spawnattr_setpgroup(&attr, 0);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setsigdefault(&attr, &forwarded);
    pid_t pid = 0;
    const int spawned = ::posix_spawn(&pid, argv[3], nullptr, &attr, argv + 3, environ);
    posix_spawnattr_destroy(&attr);
    if (spawned != 0) {
        report(spawned, 0);
        return 127;
    }
    gProgram.store(pid);
    report(0, pid);
    ::sigprocmask(SIG_UNBLOCK, &forwarded, nullptr);

    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    // Nothing to forward to any more. What the program started and left
    // behind goes with it, as the app would otherwise end it on its own.
    ::sigprocmask(SIG_BLOCK, &forwarded, nullptr);
    ::kill(-pid, SIGKILL);
    return endLike(status);
}
