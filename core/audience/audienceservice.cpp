// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/audience/audienceservice.h"

#include "core/audience/audienceserver.h"
#include "core/audience/connectionguard.h"
#include "core/audience/lanaddress.h"
#include "core/audience/phonetranslations.h"

#include <QCoreApplication>
#include <QUrlQuery>
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
// Runs `work` on `context`'s thread and waits for it. Not a blocking queued
// connection: that waits on QSemaphore's futex, which ThreadSanitizer cannot
// see, so the writes `work` makes would look unordered with the reads after.
// A std::mutex and condition variable order them where TSan can check it.
void runOn(QObject *context, const std::function<void()> &work)
{
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    QMetaObject::invokeMethod(
        context,
        [&] {
            work();
            const std::lock_guard lock(mutex);
            finished = true;
            done.notify_one();
        },
        Qt::QueuedConnection);
    std::unique_lock lock(mutex);
    done.wait(lock, [&] { return finished; });
}
} // namespace

AudienceService::AudienceService(QObject *parent)
    : QObject(parent), translations_(std::make_unique<PhoneTranslations>())
{
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
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("audience"));
    auto *context = new QObject;
    context->moveToThread(thread);
    connect(thread, &QThread::finished, context, &QObject::deleteLater);
    thread->start();
    AudienceServer *server = nullptr;
    quint16 port = 0;
    QString failure;
    // The socket must be made on the thread that serves it; the bind takes
    // microseconds, so the window waits for its answer.
    runOn(context, [&] {
        auto *s = new AudienceServer(&box_, code_);
        auto *tcp = new GuardedTcpServer(s);
        if (!tcp->listen(options.bind, options.port)) {
            failure = tcp->errorString();
            delete s;
            return;
        }
        s->bind(tcp);
        s->setCountsShownLive(countsLive_);
        connect(
            s, &AudienceServer::voted, s, [this] { notify(); }, Qt::DirectConnection);
        port = tcp->serverPort();
        server = s;
    });
    if (!server) {
        thread->quit();
        thread->wait();
        delete thread;
        //: %1 an address such as 192.168.1.20, %2 a port, %3 the system's reason
        *error = tr("cannot listen on %1 port %2: %3").arg(options.bind.toString()).arg(options.port).arg(failure);
        return false;
    }
    thread_ = thread;
    server_ = server;
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
    if (!thread_)
        return;
    AudienceServer *server = server_;
    runOn(server, [server] { delete server; });
    thread_->quit();
    thread_->wait();
    delete thread_;
    thread_ = nullptr;
    server_ = nullptr;
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
    if (server_)
        server_->setCountsShownLive(live); // an atomic: safe across threads
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

// Any thread: one queued signal at a time reaches the window.
void AudienceService::notify()
{
    if (notifyPending_.exchange(true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            notifyPending_ = false;
            emit tallyChanged();
        },
        Qt::QueuedConnection);
}

} // namespace conlab
