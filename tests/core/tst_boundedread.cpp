// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The readers of files a user names (numbers files, recordings, sweep
// results) against what is not a plain file: a device is refused before it
// is read, a file over the limit is refused with the limit in the message,
// and a FIFO is refused where streams are not allowed, without waiting for a
// writer. Every read runs on a thread of its own with a bounded wait: on a
// failure the test unblocks it and fails instead of hanging.
#include "core/files/boundedread.h"
#include "core/numbers/numberlist.h"
#include "core/record/runrecording.h"
#include "core/sweep/sweepfile.h"
#include "core/sweep/sweepfilekeys.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <fcntl.h>
#include <functional>
#include <future>
#include <sys/stat.h>
#include <unistd.h>

using namespace conlab;

namespace {

constexpr auto kWait = std::chrono::seconds(30);

// What each reader says about `path`, or an empty string when it read it.
using Reader = std::function<QString(const QString &)>;

QString readNumbers(const QString &path)
{
    const NumberList l = NumberListParser::parseFile(path);
    return l.ok() ? QString() : l.error->describe();
}

QString readRecording(const QString &path)
{
    QString error;
    return RunRecording::load(path, &error) ? QString() : error;
}

QString readSweep(const QString &path)
{
    const SweepLoad load = SweepFile::load(path);
    return load.data ? QString() : load.error;
}

// Runs `read` off this thread. A FIFO reader that blocks is released by
// opening the FIFO's write end (then EOF), so the test ends either way.
QString readBounded(const Reader &read, const QString &path, bool *returned)
{
    auto result = std::async(std::launch::async, read, path);
    *returned = result.wait_for(kWait) == std::future_status::ready;
    if (!*returned) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd >= 0)
            ::close(fd);
    }
    return result.get();
}

const Reader kReaders[] = {readNumbers, readRecording, readSweep};

void addReaders()
{
    QTest::addColumn<int>("reader"); // into kReaders
    QTest::addColumn<qint64>("limit");
    QTest::addRow("numbers file") << 0 << NumberListParser::kMaxFileBytes;
    QTest::addRow("recording") << 1 << RunRecording::kMaxFileBytes;
    QTest::addRow("sweep results") << 2 << sweepkeys::kMaxFileBytes;
}

} // namespace

class TestBoundedRead : public QObject
{
    Q_OBJECT

private slots:
    void devZeroIsRefused_data() { addReaders(); }
    // Before: each reader read /dev/zero until memory ran out.
    void devZeroIsRefused()
    {
        QFETCH(int, reader);
        const Reader &read = kReaders[reader];
        bool returned = false;
        const QString error = readBounded(read, QStringLiteral("/dev/zero"), &returned);
        QVERIFY(returned);
        QVERIFY2(error.contains(u"'/dev/zero'") && error.contains(u"device"), qPrintable(error));
    }

    void fifoIsRefusedWithoutWaiting_data() { addReaders(); }
    // Before: opening a FIFO nobody writes to blocked the reader for ever
    // (the window's GUI thread, for Open recording…).
    void fifoIsRefusedWithoutWaiting()
    {
        QFETCH(int, reader);
        const Reader &read = kReaders[reader];
        const QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        bool returned = false;
        const QString error = readBounded(read, fifo, &returned);
        QVERIFY2(returned, "the reader waited for the FIFO's writer");
        QVERIFY2(error.contains(fifo) && error.contains(u"pipe"), qPrintable(error));
    }

    void overLimitIsRefused_data() { addReaders(); }
    // A sparse file one byte over the limit: refused by its size, with the
    // limit named, before a byte is read.
    void overLimitIsRefused()
    {
        QFETCH(int, reader);
        const Reader &read = kReaders[reader];
        QFETCH(qint64, limit);
        const QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("big")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(limit + 1));
        file.close();
        bool returned = false;
        const QString error = readBounded(read, file.fileName(), &returned);
        QVERIFY(returned);
        QVERIFY2(error.contains(file.fileName()) && error.contains(BoundedRead::sizeText(limit)), qPrintable(error));
    }

    // A FIFO with a writer is read to its end where streams are allowed;
    // past the limit it is cut off with the limit in the message.
    void fifoIsReadUpToTheLimit()
    {
        const QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        for (const qint64 size : {qint64(1000), qint64(1001)}) {
            auto result = std::async(std::launch::async, [&] {
                return BoundedRead::read(fifo, 1000, QStringLiteral("a test file"), BoundedRead::Streams::Allow);
            });
            // The reader's open waits for this one, and this one for it.
            const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_CLOEXEC);
            QVERIFY(fd >= 0);
            const QByteArray bytes(size, 'x');
            QCOMPARE(::write(fd, bytes.constData(), std::size_t(size)), ssize_t(size));
            ::close(fd);
            QVERIFY(result.wait_for(kWait) == std::future_status::ready);
            const BoundedRead::Result r = result.get();
            if (size <= 1000) {
                QVERIFY2(r.ok(), qPrintable(r.error));
                QCOMPARE(r.bytes, bytes);
            } else {
                QVERIFY(!r.ok());
                QVERIFY2(r.error.contains(u"the limit for a test file"), qPrintable(r.error));
            }
        }
    }

    // Before: "\xEF\xBB\xBF7,11" was refused at "7", column 1.
    void numbersFileMayStartWithABom()
    {
        const NumberList l = NumberListParser::parse(std::string_view("\xEF\xBB\xBF"
                                                                      "7,11"));
        QVERIFY2(l.ok(), l.ok() ? "" : qPrintable(l.error->describe()));
        QCOMPARE(l.numbers, (std::vector<std::uint64_t>{7, 11}));
    }

    // Before: the NUL became U+FFFD, or ended the message where it was made
    // a C string; now it is shown as \0, and the rest of the token follows.
    void controlBytesAreShownAsEscapes()
    {
        const NumberList l = NumberListParser::parse(std::string_view("7,1\0"
                                                                      "2\x1b,5",
                                                                      8));
        QVERIFY(!l.ok());
        QCOMPARE(l.error->token, QStringLiteral("1\\02\\x1b"));
        QVERIFY(!l.error->describe().contains(QChar(0)));
    }

    // A byte-order mark after the start is no number: refused, and shown
    // (it was an empty token, found by fuzz_numberlist).
    void byteOrderMarkInsideIsShown()
    {
        const NumberList alone = NumberListParser::parse(std::string_view("7, \xEF\xBB\xBF, 5"));
        QVERIFY(!alone.ok());
        QCOMPARE(alone.error->token, QStringLiteral("\\u{feff}"));
        const NumberList within = NumberListParser::parse(std::string_view("7, 1\xEF\xBB\xBF"
                                                                           "2"));
        QVERIFY(!within.ok());
        QCOMPARE(within.error->token, QStringLiteral("1\\u{feff}2"));
    }
};

QTEST_GUILESS_MAIN(TestBoundedRead)
#include "tst_boundedread.moc"
