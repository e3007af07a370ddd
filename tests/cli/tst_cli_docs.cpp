// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// Keeps docs/concurrency-lab.1 and the bash completion in step with the
// program: every --option that `concurrency-lab [SUBCOMMAND] --help` lists
// must have an entry in the man page's section for it and be offered by the
// completion, the values the completion offers for a fixed-choice option must
// be the ones the program accepts, and the page must render without a groff
// warning and give whatis(1) its one line. Only what the binary lists is
// required, so options the docs describe ahead of the program do not fail it.
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kManPage = QStringLiteral(CONLAB_MAN_PAGE);
const QString kCompletion = QStringLiteral(CONLAB_COMPLETION);

struct Ran
{
    int code = -1; // -1: did not start, crashed or timed out
    QByteArray out;
    QByteArray err;
};

Ran runProgram(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    Ran r;
    if (!p.waitForStarted(10'000))
        return r;
    if (!p.waitForFinished(180'000)) {
        p.kill();
        p.waitForFinished(10'000);
        return r;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    if (p.exitStatus() == QProcess::NormalExit)
        r.code = p.exitCode();
    return r;
}

QString commandName(const QString &sub)
{
    return sub.isEmpty() ? QStringLiteral("concurrency-lab") : u"concurrency-lab " + sub;
}

// The man page's sections, by the title after .SH, each as its lines.
QMap<QString, QStringList> manSections(const QString &page)
{
    QMap<QString, QStringList> sections;
    QString current;
    for (const QString &line : page.split(u'\n')) {
        if (line.startsWith(u".SH")) {
            current = line.mid(3).trimmed().remove(u'"');
            continue;
        }
        sections[current] << line;
    }
    return sections;
}

// The --options a section documents with an entry of their own: those in
// the tag line after each .TP (not those merely mentioned in the text).
QSet<QString> documentedOptions(const QStringList &lines)
{
    static const QRegularExpression option(QStringLiteral(R"((?<![A-Za-z0-9-])--([A-Za-z0-9][A-Za-z0-9-]*))"));
    QSet<QString> out;
    for (qsizetype k = 0; k + 1 < lines.size(); ++k) {
        if (lines[k].trimmed() != u".TP")
            continue;
        QString tag = lines[k + 1];
        tag.replace(QStringLiteral("\\-"), QStringLiteral("-"));
        for (const QRegularExpressionMatch &m : option.globalMatch(tag))
            out << m.captured(1);
    }
    return out;
}

} // namespace

class TestCliDocs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir home_;
    QProcessEnvironment env_;
    QString bash_;

    Ran runApp(const QStringList &args) const { return runProgram(qEnvironmentVariable("CONLAB_APP"), args, env_); }

    // The --options `[sub] --help` lists, from its option column.
    QSet<QString> listedOptions(const QString &sub) const
    {
        QStringList args;
        if (!sub.isEmpty())
            args << sub;
        args << QStringLiteral("--help");
        const Ran r = runApp(args);
        if (r.code != 0) {
            qWarning("%s --help ended with %d: %s", qPrintable(commandName(sub)), r.code, r.err.constData());
            return {};
        }
        // Qt's help: "  -h, --help   text" or "  --model <MODEL>   text";
        // wrapped text is indented further and never starts with a dash.
        static const QRegularExpression line(QStringLiteral(R"(^  (?:-[A-Za-z0-9], )?--([A-Za-z0-9][A-Za-z0-9-]*))"),
                                             QRegularExpression::MultilineOption);
        QSet<QString> out;
        for (const QRegularExpressionMatch &m : line.globalMatch(QString::fromUtf8(r.out)))
            out << m.captured(1);
        return out;
    }

    // What the completion script offers after `line` (the cursor at its end),
    // run in a bash that loads nothing else.
    QStringList completions(const QString &line) const
    {
        const QString script = QStringLiteral("source \"$1\" || exit 3\n"
                                              "COMP_WORDBREAKS=$' \\t\\n\"\\'><=;|&(:'\n"
                                              "COMP_LINE=$2; COMP_POINT=${#COMP_LINE}; COMPREPLY=()\n"
                                              "_concurrency_lab concurrency-lab '' '' || true\n"
                                              "printf '%s\\n' \"${COMPREPLY[@]}\"\n");
        const Ran r = runProgram(bash_,
                                 {QStringLiteral("--norc"), QStringLiteral("--noprofile"), QStringLiteral("-c"), script,
                                  QStringLiteral("bash"), kCompletion, line},
                                 env_);
        if (r.code != 0 || !r.err.isEmpty())
            qWarning("completing '%s': bash ended with %d: %s", qPrintable(line), r.code, r.err.constData());
        return QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("CONLAB_APP"), "CONLAB_APP is not set; run this test through ctest");
        QVERIFY(home_.isValid());
        // English messages, a platform for the window's --help, and settings
        // and sweeps in a folder of our own, not the user's.
        env_ = QProcessEnvironment::systemEnvironment();
        env_.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        env_.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        env_.remove(QStringLiteral("LANGUAGE"));
        env_.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env_.insert(QStringLiteral("XDG_CONFIG_HOME"), home_.filePath(QStringLiteral("config")));
        env_.insert(QStringLiteral("XDG_DATA_HOME"), home_.filePath(QStringLiteral("data")));
        bash_ = QStandardPaths::findExecutable(QStringLiteral("bash"));
    }

    void manPageHasEveryOption_data()
    {
        QTest::addColumn<QString>("sub");
        QTest::addColumn<QString>("section");
        QTest::addRow("window") << QString() << QStringLiteral("WINDOW OPTIONS");
        QTest::addRow("primes") << QStringLiteral("primes") << QStringLiteral("PRIMES");
        QTest::addRow("spinner") << QStringLiteral("spinner") << QStringLiteral("SPINNER");
        QTest::addRow("sweep") << QStringLiteral("sweep") << QStringLiteral("SWEEP");
        QTest::addRow("fidelity") << QStringLiteral("fidelity") << QStringLiteral("FIDELITY");
        QTest::addRow("join") << QStringLiteral("join") << QStringLiteral("JOIN");
    }
    void manPageHasEveryOption()
    {
        QFETCH(QString, sub);
        QFETCH(QString, section);
        const QSet<QString> listed = listedOptions(sub);
        // An empty or odd --help must not pass as "nothing to document".
        QVERIFY2(listed.contains(QStringLiteral("help")), "no --help in the options --help lists");
        QVERIFY2(listed.size() >= 3, "too few options found in --help");

        QFile file(kManPage);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(kManPage + u": cannot read"));
        const QMap<QString, QStringList> sections = manSections(QString::fromUtf8(file.readAll()));
        QVERIFY2(sections.contains(section), qPrintable(u"the man page has no section " + section));
        QVERIFY2(sections.contains(QStringLiteral("COMMON OPTIONS")), "the man page has no section COMMON OPTIONS");
        const QSet<QString> documented = documentedOptions(sections[section])
            + documentedOptions(sections[QStringLiteral("COMMON OPTIONS")]);
        QStringList missing;
        for (const QString &o : listed)
            if (!documented.contains(o))
                missing << u"--" + o;
        missing.sort();
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"options of '" + commandName(sub) + u"' with no entry in " + section
                            + u" of docs/concurrency-lab.1: " + missing.join(u", ")));
    }

    void completionHasEveryOption_data() { manPageHasEveryOption_data(); }
    void completionHasEveryOption()
    {
        QFETCH(QString, sub);
        if (bash_.isEmpty())
            QSKIP("bash is not installed; the completion script was not run");
        const QSet<QString> listed = listedOptions(sub);
        QVERIFY2(listed.contains(QStringLiteral("help")), "no --help in the options --help lists");
        const QString line = commandName(sub) + u" --";
        const QStringList offered = completions(line);
        QStringList missing;
        for (const QString &o : listed)
            if (!offered.contains(u"--" + o))
                missing << u"--" + o;
        missing.sort();
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"'" + line + u"<TAB>' does not offer " + missing.join(u", ")
                            + u" (resources/completion/concurrency-lab.bash)"));
    }

    // The program refuses an unknown value with the list of valid ones; the
    // completion must offer exactly that list.
    void completionOffersTheValidChoices_data()
    {
        QTest::addColumn<QStringList>("badRun"); // arguments with a bad value last
        QTest::addColumn<QString>("line");       // what the user typed before TAB
        const QString bad = QStringLiteral("no-such-value");
        QTest::addRow("primes --model") << QStringList{QStringLiteral("primes"), QStringLiteral("--model"), bad}
                                        << QStringLiteral("concurrency-lab primes --model ");
        QTest::addRow("primes --gil") << QStringList{QStringLiteral("primes"), QStringLiteral("--gil"), bad}
                                      << QStringLiteral("concurrency-lab primes --gil ");
        QTest::addRow("spinner --model") << QStringList{QStringLiteral("spinner"), QStringLiteral("--model"), bad}
                                         << QStringLiteral("concurrency-lab spinner --model ");
        QTest::addRow("spinner --slow") << QStringList{QStringLiteral("spinner"), QStringLiteral("--model"),
                                                       QStringLiteral("coroutine"), QStringLiteral("--slow"), bad}
                                        << QStringLiteral("concurrency-lab spinner --model coroutine --slow ");
        // A thread has no event loop: the program names the two that fit.
        QTest::addRow("spinner --model thread --slow")
            << QStringList{QStringLiteral("spinner"), QStringLiteral("--model"), QStringLiteral("thread"),
                           QStringLiteral("--slow"), QStringLiteral("nap")}
            << QStringLiteral("concurrency-lab spinner --model thread --slow ");
        QTest::addRow("spinner --gil") << QStringList{QStringLiteral("spinner"), QStringLiteral("--gil"), bad}
                                       << QStringLiteral("concurrency-lab spinner --gil ");
        QTest::addRow("primes --engine") << QStringList{QStringLiteral("primes"), QStringLiteral("--engine"), bad}
                                         << QStringLiteral("concurrency-lab primes --engine ");
        QTest::addRow("spinner --engine") << QStringList{QStringLiteral("spinner"), QStringLiteral("--engine"), bad}
                                          << QStringLiteral("concurrency-lab spinner --engine ");
        QTest::addRow("primes --pool") << QStringList{QStringLiteral("primes"), QStringLiteral("--model"),
                                                      QStringLiteral("celery"), QStringLiteral("--pool"), bad}
                                       << QStringLiteral("concurrency-lab primes --model celery --pool ");
        QTest::addRow("primes --acks-late") << QStringList{QStringLiteral("primes"), QStringLiteral("--model"),
                                                           QStringLiteral("celery"), QStringLiteral("--acks-late"), bad}
                                            << QStringLiteral("concurrency-lab primes --model celery --acks-late ");
        QTest::addRow("join --pool") << QStringList{QStringLiteral("join"), QStringLiteral("redis://h/0"),
                                                    QStringLiteral("--pool"), bad}
                                     << QStringLiteral("concurrency-lab join redis://h/0 --pool ");
        QTest::addRow("sweep --band") << QStringList{QStringLiteral("sweep"), QStringLiteral("--band"), bad}
                                      << QStringLiteral("concurrency-lab sweep --band ");
    }
    void completionOffersTheValidChoices()
    {
        QFETCH(QStringList, badRun);
        QFETCH(QString, line);
        if (bash_.isEmpty())
            QSKIP("bash is not installed; the completion script was not run");
        const Ran r = runApp(badRun);
        QCOMPARE(r.code, 2);
        static const QRegularExpression choices(QStringLiteral(R"(choose one of:? ([^\n]+))"));
        const QRegularExpressionMatch m = choices.match(QString::fromUtf8(r.err));
        QVERIFY2(m.hasMatch(), qPrintable(u"no 'choose one of' list in: " + QString::fromUtf8(r.err)));
        QStringList valid = m.captured(1).trimmed().split(QStringLiteral(", "));
        QStringList offered = completions(line);
        valid.sort();
        offered.sort();
        QVERIFY2(offered == valid,
                 qPrintable(u"'" + line + u"<TAB>' offers " + offered.join(u' ') + u"; the program accepts "
                            + valid.join(u' ')));
    }

    // Every series the program names is offered after --series.
    void completionOffersEverySeries()
    {
        if (bash_.isEmpty())
            QSKIP("bash is not installed; the completion script was not run");
        const Ran r = runApp({QStringLiteral("sweep"), QStringLiteral("--series"), QStringLiteral("no-such-series")});
        QCOMPARE(r.code, 2);
        static const QRegularExpression list(QStringLiteral(R"(use one of ([^\n]+?)(?:, with |\n|$))"));
        const QRegularExpressionMatch m = list.match(QString::fromUtf8(r.err));
        QVERIFY2(m.hasMatch(), qPrintable(u"no 'use one of' list in: " + QString::fromUtf8(r.err)));
        const QStringList known = m.captured(1).split(QStringLiteral(", "));
        QVERIFY(known.contains(QStringLiteral("processes")));
        // Offered after "--series " with nothing typed, prefixed by nothing.
        const QStringList offered = completions(QStringLiteral("concurrency-lab sweep --series "));
        QStringList missing;
        for (const QString &s : known)
            if (!offered.contains(s))
                missing << s;
        QVERIFY2(missing.isEmpty(), qPrintable(u"'--series <TAB>' does not offer " + missing.join(u", ")));
    }

    void manPageRendersWithoutWarnings()
    {
        const QString groff = QStandardPaths::findExecutable(QStringLiteral("groff"));
        if (groff.isEmpty())
            QSKIP("groff is not installed (Debian: groff-base); docs/concurrency-lab.1 was not rendered");
        const Ran r = runProgram(groff, {QStringLiteral("-man"), QStringLiteral("-ww"), QStringLiteral("-z"), kManPage},
                                 env_);
        QVERIFY2(r.code == 0 && r.err.isEmpty() && r.out.isEmpty(),
                 qPrintable(u"groff -man -ww -z docs/concurrency-lab.1 ended with " + QString::number(r.code) + u":\n"
                            + QString::fromUtf8(r.err + r.out)));
    }

    // What whatis(1) and apropos(1) show, parsed the way man-db (and
    // lintian's bad-whatis-entry check) parses the NAME section.
    void manPageHasWhatisEntry()
    {
        const QString lexgrog = QStandardPaths::findExecutable(QStringLiteral("lexgrog"));
        if (lexgrog.isEmpty())
            QSKIP("lexgrog is not installed (Debian: man-db); the NAME section was not parsed");
        const Ran r = runProgram(lexgrog, {kManPage}, env_);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(r.code == 0 && out.contains(QStringLiteral(": \"concurrency-lab - ")),
                 qPrintable(u"lexgrog docs/concurrency-lab.1 ended with " + QString::number(r.code) + u": " + out
                            + QString::fromUtf8(r.err)));
    }
};

QTEST_GUILESS_MAIN(TestCliDocs)
#include "tst_cli_docs.moc"
