// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/audience/audienceservice.h"

#include "core/audience/audienceserver.h"
#include "core/audience/connectionguard.h"
#include "core/audience/lanaddress.h"
#include "core/audience/phonetranslations.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>
#include <thread>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <sys/resource.h>

namespace conlab {

namespace {
// A hall of phones holds a socket or two each, and a desktop session often
// starts programs with a soft limit of 1024 descriptors: raise it to what the
// listener may hold (the hard limit allows it without privileges).
void raiseDescriptorLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    const rlim_t wanted = rlim_t(GuardedTcpServer::kMaxConnections) + 1024;
    if (limit.rlim_cur >= wanted)
        return;
    limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? wanted : std::min(wanted, limit.rlim_max);
    setrlimit(RLIMIT_NOFILE, &limit);
}
} // namespace

// The listener's thread, a std::jthread with its own QEventLoop: it makes the
// server (so the sockets belong to the thread that serves them), says whether
// it could listen, serves until asked to stop, and deletes the server there.
// Nothing crosses threads through Qt's event queue or a QThread, whose
// futex-based hand-overs ThreadSanitizer cannot see: the start waits on a
// std::mutex and condition variable, the stop is an atomic flag the loop
// reads every 50 ms, and the window polls the tally's version (VoteBox).
struct AudienceService::Listener
{
    using Make = std::function<AudienceServer *(QString *failure, quint16 *port)>;

    // Starts the thread and waits until it listens or has failed.
    bool start(Make make, QString *failure, quint16 *port)
    {
        thread = std::jthread([this, make = std::move(make)] { serve(make); });
        std::unique_lock lock(mutex);
        ready.wait(lock, [this] { return decided; });
        *failure = failure_;
        *port = port_;
        return listening;
    }

    void serve(const Make &make)
    {
        QEventLoop loop; // first: it gives this thread its event dispatcher
        QString why;
        quint16 bound = 0;
        std::unique_ptr<AudienceServer> server(make(&why, &bound));
        {
            const std::lock_guard lock(mutex);
            decided = true;
            listening = server != nullptr;
            failure_ = why;
            port_ = bound;
        }
        ready.notify_one();
        if (!server)
            return;
        QTimer poll;
        poll.setInterval(50);
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (stopRequested)
                loop.quit();
        });
        poll.start();
        loop.exec();
        server.reset(); // its sockets close here, on their own thread
    }

    std::jthread thread;
    std::mutex mutex;
    std::condition_variable ready;
    bool decided = false;
    bool listening = false;
    QString failure_;
    quint16 port_ = 0;
    std::atomic<bool> stopRequested{false};
};

namespace {
} // namespace

AudienceService::AudienceService(QObject *parent)
    : QObject(parent), translations_(std::make_unique<PhoneTranslations>())
{
    poll_.setInterval(kPollMs);
    connect(&poll_, &QTimer::timeout, this, &AudienceService::pollVotes);
}

AudienceService::~AudienceService()
{
    stop();
}

bool AudienceService::start(const AudienceOptions &options, QString *error)
{
    Q_ASSERT(QThread::currentThread() == thread());
    stop();
    if (options.bind.isNull()) {
        *error = tr("no address to listen on: this machine has no LAN address");
        return false;
    }
    raiseDescriptorLimit();
    code_ = options.code.isEmpty() ? AudienceOptions::randomCode() : options.code;
    // Everything the thread reads is set before it starts.
    auto listener = std::make_unique<Listener>();
    QString failure;
    quint16 port = 0;
    const bool listening = listener->start(
        [this, options](QString *why, quint16 *bound) -> AudienceServer * {
            auto *s = new AudienceServer(&box_, code_);
            auto *tcp = new GuardedTcpServer(s);
            if (!tcp->listen(options.bind, options.port)) {
                *why = tcp->errorString();
                delete s;
                return nullptr;
            }
            s->bind(tcp);
            *bound = tcp->serverPort();
            return s;
        },
        &failure, &port);
    if (!listening) {
        listener.reset(); // joins the thread, which has ended
        //: %1 an address such as 192.168.1.20, %2 a port, %3 the system's reason
        *error = tr("cannot listen on %1 port %2: %3").arg(options.bind.toString()).arg(options.port).arg(failure);
        return false;
    }
    listener_ = std::move(listener);
    // A vote counted on the listener's thread bumps the box's version; the
    // window looks at it at the screen's pace, as a run session drains its
    // events (the target is 200 ms from a vote to the projector).
    seenVersion_ = box_.version();
    poll_.start();
    QHostAddress shown = options.bind;
    if (shown == QHostAddress::Any || shown == QHostAddress::AnyIPv4 || shown == QHostAddress::AnyIPv6) {
        const QString lan = lanIPv4Address();
        shown = lan.isEmpty() ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(lan);
    }
    url_ = QUrl();
    url_.setScheme(QStringLiteral("http"));
    url_.setHost(shown.toString());
    url_.setPort(port);
    url_.setPath(QStringLiteral("/"));
    notify();
    return true;
}

void AudienceService::stop()
{
    if (!listener_)
        return;
    poll_.stop();
    listener_->stopRequested = true;
    listener_.reset(); // joins: the loop sees the flag within 50 ms
    url_ = QUrl();
    box_.clear();
}

QUrl AudienceService::joinUrl() const
{
    QUrl u = url_;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("c"), code_);
    u.setQuery(q);
    return u;
}

void AudienceService::setCountsShownLive(bool live)
{
    countsLive_ = live;
    box_.setCountsShownLive(live);
    notify();
}

int AudienceService::openRound(const AudienceQuestion &question, const QuestionTexts &shown)
{
    QHash<QString, QuestionTexts> texts;
    for (const QString &lang : PhoneTranslations::languages())
        texts.insert(lang, translations_->question(lang, question));
    const int round = box_.open(question.key, texts, shown);
    notify();
    return round;
}

void AudienceService::closeRound()
{
    box_.close();
    notify();
}

void AudienceService::reveal(int outcome)
{
    box_.reveal(outcome);
    notify();
}

void AudienceService::clearRound()
{
    box_.clear();
    notify();
}

// GUI thread: a round changed here, so the window hears of it at once.
void AudienceService::notify()
{
    seenVersion_ = box_.version();
    emit tallyChanged();
}

void AudienceService::pollVotes()
{
    const quint64 version = box_.version();
    if (version == seenVersion_)
        return;
    seenVersion_ = version;
    emit tallyChanged();
}

} // namespace conlab
