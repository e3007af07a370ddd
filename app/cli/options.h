// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/cpython/cpythonoptions.h"
#include "core/gil/gilconfig.h"
#include "core/pace/pace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace conlab::cli {

// A refused command line: what was wrong and where. Printed as
// "concurrency-lab <command>: error: <message>" with exit code 2.
struct UsageError
{
    QString message;
};

// The option parsing every subcommand shares. Each function throws
// UsageError naming the option and the offending value.
class Options
{
    Q_DECLARE_TR_FUNCTIONS(conlab::cli::Options)
public:
    Options(QCommandLineParser &parser, QString command) : p_(parser), command_(std::move(command)) { }

    void parse(const QStringList &args); // also refuses stray positional words
    // What to suggest when a stray word is found.
    void setPositionalHint(QString hint) { positionalHint_ = std::move(hint); }
    int workers(const QString &name, int fallback, int min, int max) const;
    Pace pace(const QString &name) const;
    std::vector<std::uint64_t> numbers(const QString &listName, const QString &fileName,
                                       const std::vector<std::uint64_t> &fallback) const;
    bool isSet(const QString &name) const { return p_.isSet(name); }
    QString value(const QString &name) const { return p_.value(name); }
    QStringList values(const QString &name) const { return p_.values(name); } // a repeated option
    // One of `choices`, or a UsageError that lists them.
    QString choice(const QString &name, const QStringList &choices, const QString &fallback) const;
    double number(const QString &name, double fallback, double min, double max, const QString &unit) const;
    // --gil on|off and --switch-interval MS.
    GilConfig gil() const;
    // --engine emulated|cpython, with --python PATH and --grace S: the
    // options engineOptions() adds. Empty for the emulation; for cpython,
    // how to run the listing. Refuses each option of `emulatedOnly` with
    // cpython (the listing has its own), and --python and --grace without.
    std::optional<CPythonOptions> engine(const QStringList &emulatedOnly) const;
    static QList<QCommandLineOption> engineOptions();
    // The parser's help, its usage line naming the command as people type
    // it ("concurrency-lab sweep [options]"), not the path it was run by.
    QString helpText() const;
    // What --version prints, for the window and every subcommand alike.
    static QString versionText();
    // The text --help or --version asks for, if either was given: the
    // command prints it and ends with Ok instead of running.
    std::optional<QString> helpOrVersion() const;

private:
    QCommandLineParser &p_;
    QString command_;
    QString positionalHint_;
};

int reportUsageError(const QString &command, const UsageError &e);

} // namespace conlab::cli
