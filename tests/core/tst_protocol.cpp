// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "kernel/protocol.h"

#include <QProcess>
#include <QTest>

using namespace conlab;
using namespace conlab::protocol;

class TestProtocol : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void byteByByte();
    void refuses_data();
    void refuses();
    void truncatedFrameWaits();
    void hugeClaimRefusedFromHeader();
    void backlogStaysBounded();
    void workerRefusesGarbage_data();
    void workerRefusesGarbage();
    void workerAnswersJobsAndPill();
    void workerRefusesSpinIntervalOutOfLimits();
    void spinIntervalLimitsAreAccepted();

private:
    static std::vector<Message> decodeAll(const std::string &bytes, std::string *error = nullptr);
};

std::vector<Message> TestProtocol::decodeAll(const std::string &bytes, std::string *error)
{
    Decoder d;
    d.feed(bytes.data(), bytes.size());
    std::vector<Message> out;
    Message m;
    for (;;) {
        const auto s = d.next(m);
        if (s == Decoder::Status::Ok) {
            out.push_back(m);
            continue;
        }
        if (s == Decoder::Status::Error && error)
            *error = d.error();
        return out;
    }
}

void TestProtocol::roundTrip()
{
    std::string bytes;
    encode(Hello{3, 54, 7}, bytes);
    encode(Job{~0ull}, bytes);
    encode(Result{9999999999999917ull, true, -5, 1234567890123, 49999999}, bytes);
    encode(Done{}, bytes);
    encode(Error{"boom"}, bytes);
    encode(SpinStart{100, "thinking!"}, bytes);
    encode(SpinStop{}, bytes);
    encode(Frame{42, 77, '/'}, bytes);
    encode(SpinStopped{31}, bytes);
    encode(Pill{}, bytes);
    const auto msgs = decodeAll(bytes);
    QCOMPARE(msgs.size(), std::size_t(10));
    const auto &h = std::get<Hello>(msgs[0]);
    QCOMPARE(h.workerId, 3u);
    QCOMPARE(h.paceUnits, 54u);
    QCOMPARE(h.napTestUnits, 7u);
    QCOMPARE(std::get<Job>(msgs[1]).n, ~0ull);
    const auto &r = std::get<Result>(msgs[2]);
    QCOMPARE(r.n, 9999999999999917ull);
    QVERIFY(r.prime);
    QCOMPARE(r.startNs, -5);
    QCOMPARE(r.endNs, 1234567890123);
    QCOMPARE(r.divisions, 49999999ull);
    QVERIFY(std::holds_alternative<Done>(msgs[3]));
    QCOMPARE(std::get<Error>(msgs[4]).text, std::string("boom"));
    QCOMPARE(std::get<SpinStart>(msgs[5]).message, std::string("thinking!"));
    QCOMPARE(std::get<SpinStart>(msgs[5]).intervalMs, 100u);
    QVERIFY(std::holds_alternative<SpinStop>(msgs[6]));
    QCOMPARE(std::get<Frame>(msgs[7]).glyph, '/');
    QCOMPARE(std::get<SpinStopped>(msgs[8]).frames, 31u);
    QVERIFY(std::holds_alternative<Pill>(msgs[9]));
}

void TestProtocol::byteByByte()
{
    const std::string bytes = encode(Result{7, true, 1, 2, 3}) + encode(Done{});
    Decoder d;
    int got = 0;
    Message m;
    for (char c : bytes) {
        d.feed(&c, 1);
        while (d.next(m) == Decoder::Status::Ok)
            ++got;
    }
    QCOMPARE(got, 2);
    QVERIFY(!d.midFrame());
}

void TestProtocol::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    const std::string job = encode(Job{5});
    auto with = [&](int at, char value) {
        std::string b = job;
        b[static_cast<std::size_t>(at)] = value;
        return QByteArray(b.data(), static_cast<qsizetype>(b.size()));
    };
    QTest::addRow("garbage") << QByteArray("hello world\n") << QStringLiteral("bad magic");
    QTest::addRow("version 2") << with(2, 2) << QStringLiteral("unsupported protocol version 2");
    QTest::addRow("unknown type") << with(3, 99) << QStringLiteral("unknown frame type 99");
    QTest::addRow("wrong length for type") << with(4, 9) << QStringLiteral("job frame has length 9, expected 8");
    QByteArray huge = with(3, static_cast<char>(Type::Error));
    huge[4] = '\xff';
    huge[5] = '\xff';
    huge[6] = '\xff';
    huge[7] = '\x7f';
    QTest::addRow("length over the limit") << huge << QStringLiteral("exceeds the limit of 1024 bytes");
    std::string result = encode(Result{7, true, 1, 2, 3});
    result[kHeaderSize + 8] = 5;
    QTest::addRow("bad bool") << QByteArray(result.data(), static_cast<qsizetype>(result.size()))
                              << QStringLiteral("prime flag 5");
    // The documented limits of the frame interval (docs/worker-protocol.md).
    const auto spin = [](std::uint32_t ms) {
        const std::string b = encode(SpinStart{ms, "x"});
        return QByteArray(b.data(), static_cast<qsizetype>(b.size()));
    };
    QTest::addRow("spin interval 0") << spin(0) << QStringLiteral("spin-start interval 0 ms is outside 10..60000 ms");
    QTest::addRow("spin interval 9") << spin(9) << QStringLiteral("interval 9 ms is outside");
    QTest::addRow("spin interval 60001") << spin(60'001) << QStringLiteral("interval 60001 ms is outside");
    QTest::addRow("spin interval 2^32-1") << spin(0xFFFFFFFFu) << QStringLiteral("interval 4294967295 ms is outside");
}

void TestProtocol::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    std::string why;
    const auto msgs = decodeAll(bytes.toStdString(), &why);
    QVERIFY(msgs.empty());
    QVERIFY2(QString::fromStdString(why).contains(error), why.c_str());
}

void TestProtocol::truncatedFrameWaits()
{
    // Every proper prefix of a frame is "need more", never a message or an
    // error, and midFrame() tells the reader that EOF now means truncation.
    const std::string frame = encode(SpinStart{100, "thinking!"});
    for (std::size_t cut = 1; cut < frame.size(); ++cut) {
        Decoder d;
        d.feed(frame.data(), cut);
        Message m;
        QCOMPARE(d.next(m), Decoder::Status::NeedMore);
        QVERIFY2(d.midFrame(), qPrintable(QStringLiteral("cut at %1").arg(cut)));
        QVERIFY(d.error().empty());
    }
    Decoder d;
    d.feed(frame.data(), frame.size());
    Message m;
    QCOMPARE(d.next(m), Decoder::Status::Ok);
    QVERIFY(!d.midFrame());
}

void TestProtocol::hugeClaimRefusedFromHeader()
{
    // Only the 8 header bytes arrive: the decoder must refuse at once rather
    // than wait for (or reserve room for) the 4 GiB the header claims.
    std::string header = encode(Error{""});
    QCOMPARE(header.size(), kHeaderSize);
    header[4] = header[5] = header[6] = header[7] = '\xff';
    Decoder d;
    d.feed(header.data(), header.size());
    Message m;
    QCOMPARE(d.next(m), Decoder::Status::Error);
    QVERIFY2(QString::fromStdString(d.error()).contains(u"frame length 4294967295 exceeds the limit"),
             d.error().c_str());
    QVERIFY(d.buffered() <= kHeaderSize);
    // Once failed, it stays failed and keeps nothing more.
    d.feed(header.data(), header.size());
    QCOMPARE(d.next(m), Decoder::Status::Error);
    QVERIFY(d.buffered() <= kHeaderSize);
}

void TestProtocol::backlogStaysBounded()
{
    // A long stream of 41-byte results read 4 KiB at a time: the reads keep
    // ending inside a frame. The decoder must still drop what it decoded, or
    // a million-number run would keep every result's bytes.
    std::string stream;
    for (std::uint64_t n = 0; n < 20'000; ++n)
        encode(Result{n, n % 2 == 1, 1, 2, 3}, stream);
    constexpr std::size_t kRead = 4096;
    QVERIFY(kRead % (kHeaderSize + 33) != 0);
    Decoder d;
    Message m;
    std::uint64_t expected = 0;
    std::size_t most = 0;
    for (std::size_t at = 0; at < stream.size(); at += kRead) {
        const std::size_t n = std::min(kRead, stream.size() - at);
        d.feed(stream.data() + at, n);
        most = std::max(most, d.buffered());
        for (Decoder::Status s; (s = d.next(m)) != Decoder::Status::NeedMore;) {
            QCOMPARE(s, Decoder::Status::Ok);
            QCOMPARE(std::get<Result>(m).n, expected);
            ++expected;
        }
    }
    QCOMPARE(expected, 20'000ull);
    QVERIFY(!d.midFrame());
    QVERIFY2(most <= kRead + kHeaderSize + kMaxPayload, qPrintable(QString::number(most)));
}

void TestProtocol::workerRefusesGarbage_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("stderrText");
    QTest::addRow("text") << QByteArray("2\n3\n") << QStringLiteral("bad magic");
    QTest::addRow("truncated frame") << QByteArray(encode(Hello{1, 0, 0}).substr(0, 10).c_str(), 10)
                                     << QStringLiteral("middle of a frame");
    const std::string job = encode(Job{5});
    QTest::addRow("job before hello") << QByteArray(job.data(), static_cast<qsizetype>(job.size()))
                                      << QStringLiteral("before hello");
    std::string claim = encode(Error{"x"});
    claim[4] = '\xff';
    claim[5] = '\xff';
    claim[6] = '\xff';
    claim[7] = '\xff';
    QTest::addRow("4 GiB claim") << QByteArray(claim.data(), static_cast<qsizetype>(claim.size()))
                                 << QStringLiteral("exceeds the limit");
}

void TestProtocol::workerRefusesGarbage()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, stderrText);
    QProcess worker;
    worker.start(qEnvironmentVariable("CONLAB_WORKER"), {});
    QVERIFY(worker.waitForStarted());
    worker.write(input);
    worker.closeWriteChannel();
    QVERIFY(worker.waitForFinished(10'000)); // never hangs
    QCOMPARE(worker.exitStatus(), QProcess::NormalExit);
    QCOMPARE(worker.exitCode(), 2);
    const QString err = QString::fromUtf8(worker.readAllStandardError());
    QVERIFY2(err.contains(stderrText), qPrintable(err));
}

void TestProtocol::workerAnswersJobsAndPill()
{
    QProcess worker;
    worker.start(qEnvironmentVariable("CONLAB_WORKER"), {});
    QVERIFY(worker.waitForStarted());
    const std::string in = encode(Hello{1, 0, 0}) + encode(Job{25}) + encode(Job{142702110479723ull}) + encode(Pill{});
    worker.write(in.data(), static_cast<qint64>(in.size()));
    QVERIFY(worker.waitForFinished(10'000));
    QCOMPARE(worker.exitCode(), 0);
    const QByteArray out = worker.readAllStandardOutput();
    const auto msgs = decodeAll(out.toStdString());
    QCOMPARE(msgs.size(), std::size_t(3));
    QCOMPARE(std::get<Result>(msgs[0]).n, 25ull);
    QVERIFY(!std::get<Result>(msgs[0]).prime);
    QVERIFY(std::get<Result>(msgs[1]).prime);
    QVERIFY(std::get<Result>(msgs[1]).endNs >= std::get<Result>(msgs[1]).startNs);
    QVERIFY(std::holds_alternative<Done>(msgs[2]));
}

// A spin-start of 2^32-1 ms made the worker's wait wrap to a negative
// number and poll flat out for ever. Its stdin stays open here, as the
// parent's does, so only the refusal can end it.
void TestProtocol::workerRefusesSpinIntervalOutOfLimits()
{
    QProcess worker;
    worker.start(qEnvironmentVariable("CONLAB_WORKER"), {});
    QVERIFY(worker.waitForStarted());
    const std::string in = encode(Hello{1, 0, 0}) + encode(SpinStart{0xFFFFFFFFu, "x"});
    worker.write(in.data(), static_cast<qint64>(in.size()));
    const bool finished = worker.waitForFinished(10'000);
    if (!finished) {
        worker.kill();
        worker.waitForFinished(10'000);
    }
    QVERIFY2(finished, "the worker still ran 10 s after an interval of 2^32-1 ms");
    QCOMPARE(worker.exitCode(), 2);
    const QString err = QString::fromUtf8(worker.readAllStandardError());
    QVERIFY2(err.contains(u"interval 4294967295 ms is outside 10..60000 ms"), qPrintable(err));
}

// The limits themselves are valid intervals.
void TestProtocol::spinIntervalLimitsAreAccepted()
{
    for (const std::uint32_t ms : {kMinSpinIntervalMs, 100u, kMaxSpinIntervalMs}) {
        std::string why;
        const auto msgs = decodeAll(encode(SpinStart{ms, "x"}), &why);
        QVERIFY2(msgs.size() == 1, why.c_str());
        QCOMPARE(std::get<SpinStart>(msgs[0]).intervalMs, ms);
    }
}

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
