// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// OutputFile, the one way every export (the window's and the CLI's) writes
// a file: atomically onto files, into devices and FIFOs, never replacing a
// node; and TerminalText, which defuses a worker's words for a terminal.
#include "../common/filestat.h"
#include "core/export/outputfile.h"
#include "core/text/terminaltext.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using conlab::OutputFile;
using conlab::TerminalText;
using conlab::testing::statOf;

namespace {

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

void put(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace

class TestOutputFile : public QObject
{
    Q_OBJECT

private slots:
    void newFileIsWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.csv"));
        QString why;
        QVERIFY2(OutputFile::write(path, "a,b\n", &why), qPrintable(why));
        QCOMPARE(read(path), QByteArray("a,b\n"));
    }

    // Replaced by a rename: a reader holding the old file keeps the old
    // bytes whole, and a failed write would have left them in place.
    void existingFileIsReplacedAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.csv"));
        put(path, "old\n");
        const ino_t before = statOf(path).st_ino;
        QString why;
        QVERIFY2(OutputFile::write(path, "new\n", &why), qPrintable(why));
        QCOMPARE(read(path), QByteArray("new\n"));
        QVERIFY(statOf(path).st_ino != before);
    }

    // The link is the user's: it stays, and its target gets the bytes.
    void symlinkToFileKeepsTheLink()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("target.json"));
        const QString link = dir.filePath(QStringLiteral("link.json"));
        put(target, "old");
        QVERIFY(QFile::link(target, link));
        QString why;
        QVERIFY2(OutputFile::write(link, "new", &why), qPrintable(why));
        QVERIFY(S_ISLNK(statOf(link, false).st_mode));
        QCOMPARE(read(target), QByteArray("new"));
    }

    void devNullStaysADevice()
    {
        const struct stat before = statOf(QStringLiteral("/dev/null"));
        QString why;
        QVERIFY2(OutputFile::write(QStringLiteral("/dev/null"), "x", &why), qPrintable(why));
        const struct stat after = statOf(QStringLiteral("/dev/null"));
        QVERIFY(S_ISCHR(after.st_mode));
        QCOMPARE(after.st_ino, before.st_ino);
    }

    // The window's Export… onto a FIFO nobody reads: an error at once, not
    // a GUI thread blocked in open() for ever, and the FIFO left alone.
    void fifoWithoutReaderFailsAtOnce()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QString why;
        QVERIFY(!OutputFile::write(fifo, "x", &why));
        QVERIFY2(why.contains(u"reader"), qPrintable(why));
        QVERIFY(S_ISFIFO(statOf(fifo).st_mode));
    }

    void fifoWithReaderGetsTheBytes()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(reader >= 0);
        QString why;
        const bool ok = OutputFile::write(fifo, "through the pipe", &why);
        char buf[64] = {};
        const ssize_t n = ::read(reader, buf, sizeof buf);
        ::close(reader);
        QVERIFY2(ok, qPrintable(why));
        QCOMPARE(QByteArray(buf, int(n)), QByteArray("through the pipe"));
        QVERIFY(S_ISFIFO(statOf(fifo).st_mode));
    }

    // A reader that leaves is an error to report, not a SIGPIPE that
    // kills the window.
    void readerGoneIsAnErrorNotADeath()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(reader >= 0);
        QString why;
        std::unique_ptr<OutputFile> out = OutputFile::open(fifo, &why);
        QVERIFY2(out, qPrintable(why));
        ::close(reader);
        QVERIFY(!out->commit("nobody reads this", &why));
        QVERIFY2(!why.isEmpty(), "no reason given");
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        QTest::addRow("a folder") << QStringLiteral(".") << QStringLiteral("folder");
        QTest::addRow("a missing folder") << QStringLiteral("missing/out.csv") << QStringLiteral("does not exist");
        QTest::addRow("a name over NAME_MAX") << QString(256, u'n') << QStringLiteral("256 bytes long");
        QTest::addRow("a name over NAME_MAX in UTF-8 bytes")
            << QString(128, QChar(0xe9)) << QStringLiteral("256 bytes long"); // é is two bytes
        QTest::addRow("a folder name over NAME_MAX")
            << QString(300, u'd') + u"/out.csv" << QStringLiteral("300 bytes long");
    }
    void refusals()
    {
        QFETCH(QString, name);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QString why;
        QVERIFY(!OutputFile::open(dir.filePath(name), &why));
        QVERIFY2(why.contains(reason), qPrintable(why));
        QVERIFY(!OutputFile::write(dir.filePath(name), "x", &why));
    }

    void longestNameIsAccepted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QString(255, u'n'));
        QString why;
        QVERIFY2(OutputFile::write(path, "x", &why), qPrintable(why));
        QCOMPARE(read(path), QByteArray("x"));
    }

    void readOnlyFileIsRefusedAndKept()
    {
        if (::geteuid() == 0)
            QSKIP("root may write any file");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.csv"));
        put(path, "keep");
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
        QString why;
        QVERIFY(!OutputFile::write(path, "x", &why));
        QCOMPARE(read(path), QByteArray("keep"));
    }

    void terminalTextDefusesControls_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::addRow("plain") << QStringLiteral("worker 1 said: bad") << QStringLiteral("worker 1 said: bad");
        QTest::addRow("lines and tabs stay") << QStringLiteral("a\n\tb") << QStringLiteral("a\n\tb");
        QTest::addRow("non-ASCII stays") << QString::fromUtf8("Zahl für 😀") << QString::fromUtf8("Zahl für 😀");
        QTest::addRow("escape sequence") << QStringLiteral("\x1b[2Jgone") << QStringLiteral("\\x1b[2Jgone");
        QTest::addRow("carriage return") << QStringLiteral("ok\rfake") << QStringLiteral("ok\\x0dfake");
        QTest::addRow("bell and DEL") << QStringLiteral("\a\x7f") << QStringLiteral("\\x07\\x7f");
        QTest::addRow("C1 CSI") << QString(QChar(0x9b)) + u"31m" << QStringLiteral("\\x9b31m");
        QTest::addRow("bidi override") << QString(QChar(0x202e)) + u"abc" << QStringLiteral("\\u{202e}abc");
    }
    void terminalTextDefusesControls()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(TerminalText::safe(in), out);
    }
};

QTEST_GUILESS_MAIN(TestOutputFile)
#include "tst_outputfile.moc"
