// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/cpython/pythoninterpreter.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace conlab {

class PythonProbe;
class Settings;

// Run > CPython Interpreter: which CPython runs the listings, python3 on
// PATH or a file the lecturer picks, with what the choice gives shown at
// once: its version, whether it is free-threaded, and whether GIL off has a
// free-threaded interpreter. OK stores the choice in Settings.
class PythonDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PythonDialog(Settings *settings, QWidget *parent = nullptr);

    // What OK would store: empty for python3 on PATH.
    QString choice() const;
    void setChoice(const QString &path);
    // For tests: the lines the probe filled in.
    QString foundText() const;
    QString gilOffText() const;
    bool isProbing() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void browse();
    void probe();
    void fitHeight();
    void showAnswer(const PythonInterpreter &interpreter, const PythonInterpreter &freeThreaded);

    Settings *settings_ = nullptr;
    PythonProbe *probe_ = nullptr;
    QLabel *intro_ = nullptr;
    QRadioButton *onPath_ = nullptr;
    QRadioButton *chosen_ = nullptr;
    QLineEdit *path_ = nullptr;
    QPushButton *browse_ = nullptr;
    QLabel *found_ = nullptr;
    QLabel *gilOff_ = nullptr;
    QPushButton *recheck_ = nullptr;
    QDialogButtonBox *buttons_ = nullptr;
    // The last answer, so a language switch rewrites it.
    PythonInterpreter interpreter_, freeThreaded_;
    bool answered_ = false;
};

} // namespace conlab
