// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QWidget>

namespace conlab {

class AccessibleDescriber;

// The spinner, drawn large: the last glyph the model drew and its message,
// exactly as the terminal would show it. It changes only when a page hands
// it a frame that came from the engine, never by a timer of its own, so a
// stalled model freezes it and a model that never draws leaves it blank.
class SpinnerGlyph : public QWidget
{
    Q_OBJECT
public:
    enum class Run { None, Going, Ended };

    explicit SpinnerGlyph(QWidget *parent = nullptr);

    // Where the run is, for the screen reader: the picture alone is the
    // lesson for a sighted room, a blind student hears "never appeared".
    void setProgress(int framesDrawn, Run run);

    void showFrame(char glyph, const QString &message);
    // The spinner wiped its line (or a new run starts): show nothing.
    void clear();
    bool isBlank() const { return glyph_ == 0; }
    // A small muted note shown only while the glyph is blank, after a run
    // ("no frame was drawn"); never while a run goes, so the blank speaks.
    void setCaption(const QString &caption);
    QChar glyph() const { return QChar::fromLatin1(glyph_); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QFont glyphFont() const;
    QString description() const;

    char glyph_ = 0;
    QString message_;
    QString caption_;
    int frames_ = 0;
    Run run_ = Run::None;
    AccessibleDescriber *describer_ = nullptr;
};

} // namespace conlab
