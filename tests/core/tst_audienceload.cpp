// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// A hall of 500 phones behind one NAT address (all from 127.0.0.1), all
// at once: each opens the page, takes its cookie and votes, on a socket of
// its own, driven by this thread's event loop while the listener serves
// them on its own thread. Every vote must count exactly once and none may
// be refused as a flood. How fast is the benchmark's question, not this
// test's: the wait here is only a bound against a hang.
#include "audiencehttp.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace conlab;
using namespace conlab::testhttp;

namespace {
// One phone: GET / on connect, then POST /vote with the cookie it got.
class Phone : public QObject
{
public:
    Phone(quint16 port, int answer) : answer_(answer)
    {
        connect(&socket_, &QTcpSocket::connected, this, [this] { socket_.write(request("GET", "/")); });
        connect(&socket_, &QTcpSocket::readyRead, this, &Phone::onReadyRead);
        connect(&socket_, &QTcpSocket::disconnected, this, [this] { finished_ = true; });
        connect(&socket_, &QTcpSocket::errorOccurred, this, [this] { finished_ = true; });
        socket_.connectToHost(QHostAddress::LocalHost, port);
    }
    bool finished() const { return finished_; }
    int pageStatus() const { return pageStatus_; }
    int voteStatus() const { return voteStatus_; }
    QByteArray token() const { return token_; }
    int answer() const { return answer_; }

private:
    void onReadyRead()
    {
        buffer_ += socket_.readAll();
        Response r;
        const qsizetype used = parseResponse(buffer_, &r);
        if (used == 0)
            return;
        if (used < 0) {
            finished_ = true;
            socket_.abort();
            return;
        }
        buffer_.remove(0, used);
        if (pageStatus_ == 0) {
            pageStatus_ = r.status;
            token_ = r.voterCookie();
            socket_.write(vote("1234", answer_, token_));
        } else {
            voteStatus_ = r.status;
            finished_ = true;
            socket_.disconnectFromHost();
        }
    }

    QTcpSocket socket_;
    QByteArray buffer_;
    QByteArray token_;
    int answer_;
    int pageStatus_ = 0;
    int voteStatus_ = 0;
    bool finished_ = false;
};
} // namespace

class TestAudienceLoad : public QObject
{
    Q_OBJECT
private slots:
    void fiveHundredPhonesFromOneAddressAllCount();
};

void TestAudienceLoad::fiveHundredPhonesFromOneAddressAllCount()
{
    QString error;
    auto service = startService(&error);
    QVERIFY2(service, qPrintable(error));
    QList<int> votersSeen;
    connect(service.get(), &AudienceService::tallyChanged, this,
            [&] { votersSeen.append(service->tally().voters()); });

    constexpr int kPhones = 500;
    std::array<int, 3> sent{0, 0, 0};
    std::vector<std::unique_ptr<Phone>> phones;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < kPhones; ++i) {
        // 50% / 30% / 20%, as a room might.
        const int answer = i % 10 < 5 ? 1 : i % 10 < 8 ? 2 : 3;
        ++sent[std::size_t(answer - 1)];
        phones.push_back(std::make_unique<Phone>(service->port(), answer));
    }
    const auto done = [&] {
        return std::all_of(phones.begin(), phones.end(), [](const auto &p) { return p->finished(); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(done(), 120000);
    qInfo("500 phones voted in %lld ms (for the record; the benchmark measures it)", clock.elapsed());

    QSet<QByteArray> tokens;
    QMap<int, int> pageStatuses, voteStatuses;
    for (const auto &p : phones) {
        ++pageStatuses[p->pageStatus()];
        ++voteStatuses[p->voteStatus()];
        tokens.insert(p->token());
    }
    QCOMPARE(pageStatuses, (QMap<int, int>{{200, kPhones}}));
    QCOMPARE(voteStatuses, (QMap<int, int>{{200, kPhones}}));
    QCOMPARE(tokens.size(), kPhones);
    QVERIFY(!tokens.contains(QByteArray()));
    QCOMPARE(service->tally().counts, sent);
    QCOMPARE(service->tally().voters(), kPhones);
    QTRY_COMPARE_WITH_TIMEOUT(votersSeen.value(votersSeen.size() - 1), kPhones, 10000);
    QCOMPARE(once(service->port(), request("GET", "/state"))->json().value(QLatin1String("voters")).toInt(), kPhones);
}

QTEST_GUILESS_MAIN(TestAudienceLoad)
#include "tst_audienceload.moc"
